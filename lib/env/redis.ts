/**
 * `REDIS_URL`: the Redis every instance of a multi-instance deployment shares (README →
 * Running several instances). Unset for a lone `npm start`, which needs none.
 */
export const redisUrl = (source: NodeJS.ProcessEnv = process.env): string | null => source.REDIS_URL || null
