/**
 * The start of a single-app bench (bench:leads:list, bench:leads:insights): a free port, the production
 * environment for it, and the database at `url` recreated and preloaded with `count` leads.
 */
import { freePort } from '@/lib/runtime/port'

import { preloadLeads, type PreloadResult } from './preload'
import { benchEnv, dbName, freshDatabase } from './servers'

export async function preloadedDatabase(
  url: string,
  count: number,
): Promise<{ env: NodeJS.ProcessEnv; preloaded: PreloadResult }> {
  const env = benchEnv(url, await freePort())
  console.log(`Database ${dbName(url)} (recreated), ${count} leads preloaded, build in ${env.NEXT_DIST_DIR}.`)
  await freshDatabase(url)
  return { env, preloaded: await preloadLeads(url, count) }
}
