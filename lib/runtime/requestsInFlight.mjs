// @ts-check
/**
 * How many requests this process's server is answering right now: counted by `scripts/server.mjs`, read by
 * the job runner inside the app, which yields to them (lib/jobs/wake.ts). Plain JavaScript for the server,
 * which runs under `node` alone; the count lives on `globalThis` because the server and Next's bundle each
 * load their own copy of this module.
 */
const KEY = Symbol.for('paiteq.requestsInFlight')

/** @returns {{ n: number }} */
function counter() {
  const held = Reflect.get(globalThis, KEY)
  if (typeof held === 'object' && held !== null && 'n' in held) return held
  const created = { n: 0 }
  Reflect.set(globalThis, KEY, created)
  return created
}

/**
 * Counts one request until its response is finished or its connection closed.
 * @param {import('node:http').ServerResponse} res
 */
export function trackRequest(res) {
  const count = counter()
  count.n++
  res.once('close', () => {
    count.n--
  })
}

/** @returns {number} */
export function requestsInFlight() {
  return counter().n
}
