import { importExportPlugin } from '@payloadcms/plugin-import-export'
import {
  APIError,
  Forbidden,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isSalesOrAdmin } from '../access/isSalesOrAdmin'
import { exportsDir } from '../env/storage'
import { hasRole } from '../access/roles'
import { neutraliseFormulas } from './csvFormula'
import { EXPORTED_COLLECTION, refuseExport } from './exportGuard'

/** Custom endpoints skip collection access: each export endpoint checks the role itself. */
const salesOrAdminOnly = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'sales')) {
      return Response.json(
        { errors: [{ message: 'Only sales and admins can export leads.' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    return endpoint.handler(req)
  },
})

/**
 * The JSON body of an endpoint request, read once; the wrapped plugin handler reads it again
 * (`req.json()` for downloads, Payload's `addDataAndFileToRequest` → `req.text()` for the
 * preview), so both are answered from the text read here.
 */
async function readJsonOnce(req: PayloadRequest): Promise<unknown> {
  if (req.data !== undefined) return req.data
  const text = (await req.text?.().catch(() => '')) ?? ''
  req.text = async () => text
  req.json = async () => JSON.parse(text)
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/**
 * Download and preview: the settings are checked before the plugin starts its response
 * stream (see lib/leads/exportGuard.ts). A download posts them as `{ data: {…} }`.
 */
const settingsCheckedFirst = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const body = await readJsonOnce(req)
    const data =
      endpoint.path === '/download' && typeof body === 'object' && body
        ? (body as { data?: unknown }).data
        : body
    const refusal = await refuseExport(req, data)
    if (refusal) return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status })
    return endpoint.handler(req)
  },
})

/**
 * The plugin builds a synchronous export in a `beforeOperation` hook, which runs before
 * Payload checks create access: refuse anyone but sales and admins before it starts, then
 * settings it cannot run (another collection, a filter on a field the caller may not query).
 */
const refuseOthersFirst: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create') return
  if (!hasRole(req.user, 'admin', 'sales')) throw new Forbidden(req.t)
  const refusal = await refuseExport(req, (args as { data?: unknown }).data)
  if (refusal) throw new APIError(refusal.message, refusal.status, undefined, true)
}

const lockExports = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseOthersFirst, ...(collection.hooks?.beforeOperation ?? [])],
  },
  access: { read: isSalesOrAdmin, create: isSalesOrAdmin, update: () => false, delete: isSalesOrAdmin },
  admin: { ...collection.admin, group: 'Sales', hidden: ({ user }) => !hasRole(user, 'admin', 'sales') },
  // A saved export is a copy of people's data: erasing anyone removes every saved lead export.
  custom: {
    ...collection.custom,
    personalData: { whereEmail: () => ({ collectionSlug: { equals: 'leads' } }) },
  },
  endpoints: Array.isArray(collection.endpoints)
    ? collection.endpoints.map((endpoint) => salesOrAdminOnly(settingsCheckedFirst(endpoint)))
    : collection.endpoints,
  upload: {
    ...(typeof collection.upload === 'object' ? collection.upload : {}),
    staticDir: exportsDir(),
  },
})

const lockImports = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  access: { read: isAdmin, create: isAdmin, update: () => false, delete: isAdmin },
  admin: { ...collection.admin, hidden: true },
  endpoints: Array.isArray(collection.endpoints)
    ? collection.endpoints.map((endpoint) => ({
        ...endpoint,
        handler: async (req) =>
          hasRole(req.user, 'admin')
            ? endpoint.handler(req)
            : Response.json({ errors: [{ message: 'Not allowed.' }] }, { status: req.user ? 403 : 401 }),
      }))
    : collection.endpoints,
})

/**
 * CSV export of the leads list as filtered in the admin, for sales and admins only. Exports
 * run in the request (no queued job) and download directly; nothing can be imported. Every
 * cell a spreadsheet would run as a formula is written as text (lib/leads/csvFormula.ts).
 */
export const leadsExportPlugin = importExportPlugin({
  collections: [
    {
      slug: EXPORTED_COLLECTION,
      import: false,
      export: { format: 'csv', disableJobsQueue: true, hooks: { before: neutraliseFormulas } },
    },
  ],
  overrideExportCollection: lockExports,
  overrideImportCollection: lockImports,
})
