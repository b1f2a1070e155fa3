// @ts-check
/**
 * The cache shared by every instance when `REDIS_URL` is set: entries, and the time each tag
 * was last revalidated.
 *
 * - Entries live under the build's own namespace (`next-cache:<build id>:entry:<key>`): two
 *   builds never serve each other's HTML. Revalidation times (`next-cache:tags`, one hash) are
 *   shared by every build, since they say when data changed: during a rolling deploy, a publish
 *   on an old instance must still reach the new ones.
 * - Field `*` of that hash is the moment this Redis first saw an instance. A Redis that lost its
 *   data (restarted without persistence) also lost the revalidations it held: every entry made
 *   before it came back (a build's prerendered page, a copy in an instance's memory) is then out
 *   of date and rendered again once, never served stale.
 * - Serving a cached page must not cost a Redis round trip: each instance keeps a mirror of
 *   the revalidation times, filled with HGETALL and kept current by a message Redis publishes
 *   with every revalidation (the same script records and publishes it, so no revalidation goes
 *   unannounced). While the subscription is down, or the mirror has not been refilled since it
 *   came back, revalidation times are read per request (one HMGET) instead.
 * - Redis down: commands fail at once (no offline queue) or after `COMMAND_TIMEOUT_MS`, callers
 *   fall back to what this instance knows, one line is logged when Redis stops answering and one
 *   when it answers again. Revalidations made meanwhile are sent when it is back.
 */
import { CONNECT_TIMEOUT_MS, sharedRedis, whenReady } from '../redis/shared.mjs'
import { ALL_TAGS } from './tagExpiry.mjs'

const PROBE_INTERVAL_MS = 1000
/** Entries a build stops using (an old build's, a removed page's) leave Redis on their own. */
const ENTRY_TTL_SECONDS = 7 * 24 * 3600

/**
 * Sets each tag's time, keeping a later one already there (an instance catching up after an
 * outage), and tells every instance. KEYS: the hash; ARGV: the channel, then tag, time pairs.
 */
const KEEP_LATEST = `local changed = {}
for i = 2, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > current then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    table.insert(changed, ARGV[i])
    table.insert(changed, ARGV[i + 1])
  end
end
if #changed > 0 then redis.call('PUBLISH', ARGV[1], cjson.encode(changed)) end
return #changed`

/** @param {string} url the Redis database number, for the channel: Pub/Sub ignores databases */
const databaseOf = (url) => {
  try {
    return new URL(url).pathname.slice(1) || '0'
  } catch {
    return '0'
  }
}

/** `host:port` of a Redis URL, without credentials, for log lines. @param {string} url */
const describe = (url) => {
  try {
    const { host, pathname } = new URL(url)
    return `${host}${pathname && pathname !== '/' ? pathname : ''}`
  } catch {
    return 'REDIS_URL'
  }
}

export class RedisStore {
  /** @param {string} url @param {string} namespace the build's own part of entry keys */
  constructor(url, namespace) {
    this.where = describe(url)
    this.tagsKey = 'next-cache:tags'
    this.channel = `next-cache:revalidated:${databaseOf(url)}`
    /** @type {Map<string, number>} revalidation times as Redis holds them, while `mirrored` */
    this.mirror = new Map()
    /** The mirror holds every revalidation Redis has: subscribed, refilled since, Redis up. */
    this.mirrored = false
    this.subscribed = false
    /** Counts the subscription's losses: a refill that one happened during may have missed messages. */
    this.generation = 0
    this.entryPrefix = `next-cache:${namespace}:entry:`
    /** Ready and the `*` marker checked: answers can be trusted. */
    this.up = false
    /** An outage was logged and its end not yet. */
    this.down = false
    /** @type {NodeJS.Timeout | undefined} */
    this.probing = undefined
    /** @type {Map<string, number>} revalidations Redis has not recorded yet */
    this.pending = new Map()
    // The process's one command connection (lib/redis/shared.mjs), perhaps already opened by the app.
    this.client = sharedRedis(url)
    this.client.on('error', (/** @type {Error} */ error) => this.lost(error))
    this.client.on('end', () => this.lost(new Error('connection closed')))
    this.client.on('ready', () => void this.regained())
    // Once subscribed, the client subscribes again by itself after every reconnection, before
    // its `ready`: the mirror is refilled then, and messages arriving meanwhile merge with it.
    this.subscriber = this.client.duplicate()
    this.subscriber.on('error', () => this.unmirror())
    this.subscriber.on('end', () => this.unmirror())
    this.subscriber.on('ready', () => void this.subscribe())
    this.subscriber.connect().catch(() => this.unmirror())
    /** @type {Promise<void>} the `*` marker and pending revalidations, after each (re)connection */
    this.settled = Promise.resolve()
    const connecting = whenReady(this.client)
    // Already connected by another user of the client: no `ready` event is coming for this store.
    if (this.client.isReady) void this.regained()
    // The first request waits for the connection at most this long; the client keeps trying after.
    /** @type {Promise<unknown>} */
    this.ready = Promise.race([
      connecting.then(() => this.settled),
      new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()),
    ]).then(() => {
      if (!this.up) this.lost(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`))
    })
  }

  async subscribe() {
    try {
      if (!this.subscribed) {
        await this.subscriber.subscribe(this.channel, (message) => {
          try {
            this.merge(JSON.parse(message))
          } catch {
            // Not one of ours: the mirror may have missed a revalidation, so it is refilled.
            this.unmirror()
            void this.refill().catch(() => this.unmirror())
          }
        })
        this.subscribed = true
      }
      await this.refill()
    } catch {
      this.unmirror()
    }
  }

  /** @param {unknown[]} flat tag, time, tag, time… */
  merge(flat) {
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const tag = String(flat[i])
      const time = Number(flat[i + 1]) || 0
      if (time > (this.mirror.get(tag) ?? 0)) this.mirror.set(tag, time)
    }
  }

  unmirror() {
    this.mirrored = false
    this.generation++
  }

  /** Reads every revalidation time once the subscription is up, so none is missed in between. */
  async refill() {
    if (!this.up || !this.subscriber.isReady || !this.subscribed) return
    const generation = this.generation
    const all = await this.client.hGetAll(this.tagsKey)
    this.merge(Object.entries(all).flat())
    this.mirrored = this.up && this.subscriber.isReady && generation === this.generation
  }

  /** @param {Error} error */
  lost(error) {
    this.up = false
    this.unmirror()
    this.probe()
    if (this.down) return
    this.down = true
    console.warn(
      `[cache] Redis at ${this.where} is not answering (${error.message || error.name}): pages are served ` +
        `from this instance's copies or rendered until it is back`,
    )
  }

  /**
   * A dropped connection comes back with a `ready` event; a command that timed out on a live
   * connection does not, so the connection is pinged until Redis answers again.
   */
  probe() {
    if (this.probing) return
    this.probing = setInterval(async () => {
      if (!this.client.isReady) return
      try {
        await this.client.ping()
        await this.regained()
      } catch {
        // still not answering: the next tick tries again
      }
    }, PROBE_INTERVAL_MS).unref()
  }

  async regained() {
    this.settled = (async () => {
      try {
        // A Redis without the marker lost its data or never had any: see the top of this file.
        await this.keepLatest([[ALL_TAGS, Date.now()]], true)
        if (this.pending.size > 0) {
          const pending = [...this.pending]
          this.pending.clear()
          await this.keepLatest(pending)
        }
      } catch (error) {
        this.lost(/** @type {Error} */ (error))
        return
      }
      this.up = true
      await this.refill().catch(() => this.unmirror())
      clearInterval(this.probing)
      this.probing = undefined
      if (this.down) {
        this.down = false
        console.warn(`[cache] Redis at ${this.where} answers again: the shared cache is back in use`)
      }
    })()
    await this.settled
  }

  /** @param {[string, number][]} times @param {boolean} [onlyIfMissing] for the `*` marker */
  keepLatest(times, onlyIfMissing = false) {
    const [first] = times
    if (onlyIfMissing && first) {
      return this.client.eval(
        `if redis.call('HSETNX', KEYS[1], ARGV[2], ARGV[3]) == 1 then redis.call('PUBLISH', ARGV[1], cjson.encode({ARGV[2], ARGV[3]})) end return 0`,
        { keys: [this.tagsKey], arguments: [this.channel, ...first.map(String)] },
      )
    }
    return this.client.eval(KEEP_LATEST, {
      keys: [this.tagsKey],
      arguments: [this.channel, ...times.flat().map(String)],
    })
  }

  /**
   * The latest revalidation among `tags` (and of all tags) recorded in Redis, or null when
   * Redis cannot say.
   * @param {readonly string[]} tags
   * @returns {Promise<number | null>}
   */
  async lastRevalidation(tags) {
    await this.ready
    if (this.mirrored) {
      let latest = this.mirror.get(ALL_TAGS) ?? 0
      for (const tag of tags) latest = Math.max(latest, this.mirror.get(tag) ?? 0)
      return latest
    }
    if (!this.up) return null
    try {
      const times = await this.client.hmGet(this.tagsKey, [ALL_TAGS, ...tags])
      return Math.max(0, ...times.map((time) => Number(time) || 0))
    } catch (error) {
      this.lost(/** @type {Error} */ (error))
      return null
    }
  }

  /** @param {readonly string[]} tags @param {number} time */
  async recordRevalidation(tags, time) {
    await this.ready
    const times = /** @type {[string, number][]} */ (tags.map((tag) => [tag, time]))
    if (this.up) {
      try {
        await this.keepLatest(times)
        return
      } catch (error) {
        this.lost(/** @type {Error} */ (error))
      }
    }
    for (const [tag] of times) this.pending.set(tag, Math.max(time, this.pending.get(tag) ?? 0))
  }

  /** @param {string} key @returns {Promise<string | null>} */
  async getEntry(key) {
    await this.ready
    if (!this.up) return null
    try {
      return await this.client.get(this.entryPrefix + key)
    } catch (error) {
      this.lost(/** @type {Error} */ (error))
      return null
    }
  }

  /** @param {string} key @param {string} text */
  async setEntry(key, text) {
    await this.ready
    if (!this.up) return
    try {
      await this.client.set(this.entryPrefix + key, text, {
        expiration: { type: 'EX', value: ENTRY_TTL_SECONDS },
      })
    } catch (error) {
      this.lost(/** @type {Error} */ (error))
    }
  }
}
