import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { globals } from './globals'
import { migrations } from './migrations'
import { appEmailAdapter } from './lib/email/payloadAdapter'
import { lockSystemGlobals } from './lib/access/lockSystemGlobals'
import { serverEnv } from './lib/env/server'
import { poolOptions } from './lib/db/pool'
import { livePreview } from './lib/preview/livePreview'
import { seo } from './lib/seo/plugin'
import { uploadStorage } from './lib/storage/plugin'
import { jobs } from './lib/jobs/config'
import { withAtomicJobClaims } from './lib/jobs/atomicClaim'
import { leadsExportPlugin } from './lib/leads/exportPlugin'
import { slaHours } from './lib/env/leads'
import { INSIGHTS_PATH } from './lib/insights/path'
import { graphQLValidationRules } from './lib/graphql/validationRules'
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from './lib/uploads/limits'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = serverEnv()
slaHours() // a bad LEAD_SLA_HOURS stops the app at boot with a sentence, not on the first read

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  admin: {
    user: 'users',
    avatar: 'default',
    meta: { titleSuffix: ' · Paiteq admin' },
    importMap: { baseDir: dirname },
    livePreview: livePreview(env.serverUrl),
    components: {
      beforeDashboard: [
        '@/components/admin/WebhooksNotice#WebhooksNotice',
        '@/components/admin/LeadsPanel#LeadsPanel',
      ],
      views: {
        insights: {
          Component: '@/components/admin/insights/InsightsView#InsightsView',
          path: INSIGHTS_PATH,
          exact: true,
          meta: { title: 'Insights' },
        },
      },
    },
  },
  collections,
  globals,
  jobs,
  // Jobs are claimed atomically, so any number of workers can share the queue (lib/jobs/atomicClaim.ts).
  db: withAtomicJobClaims(
    postgresAdapter({
      pool: { connectionString: env.databaseUrl, max: env.databasePoolSize, ...poolOptions() },
      // Only `npm run dev` pushes the schema; everything else applies committed migrations.
      push: env.allowPush,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
    }),
  ),
  sharp,
  email: appEmailAdapter,
  plugins: [seo(env.serverUrl), leadsExportPlugin, uploadStorage()],
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    validationRules: graphQLValidationRules,
  },
  // Payload's multipart parser: a file over the limit is refused (413) while it arrives.
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: uploadTooLargeMessage,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
}).then(lockSystemGlobals)
