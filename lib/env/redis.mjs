// @ts-check
/**
 * `REDIS_URL`: the Redis every instance of a multi-instance deployment shares (README →
 * Running several instances). Unset for a lone `npm start`, which needs none. Plain JavaScript
 * (with types checked) because the page cache handler, which Next loads at run time, reads it too.
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {string | null}
 */
export const redisUrl = (source = process.env) => source.REDIS_URL || null
