import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { Forbidden, type CollectionBeforeOperationHook, type CollectionConfig, type Endpoint } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isSalesOrAdmin } from '../access/isSalesOrAdmin'
import { hasRole } from '../access/roles'

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
 * The plugin builds a synchronous export in a `beforeOperation` hook, which runs before
 * Payload checks create access: refuse anyone but sales and admins before it starts.
 */
const refuseOthersFirst: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && !hasRole(req.user, 'admin', 'sales')) throw new Forbidden(req.t)
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
  custom: { ...collection.custom, personalData: { whereEmail: () => ({ collectionSlug: { equals: 'leads' } }) } },
  endpoints: Array.isArray(collection.endpoints) ? collection.endpoints.map(salesOrAdminOnly) : collection.endpoints,
  upload: {
    ...(typeof collection.upload === 'object' ? collection.upload : {}),
    staticDir: process.env.EXPORTS_DIR || '.data/exports',
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
 * run in the request (no queued job) and download directly; nothing can be imported.
 */
export const leadsExportPlugin = importExportPlugin({
  collections: [{ slug: 'leads', import: false, export: { format: 'csv', disableJobsQueue: true } }],
  overrideExportCollection: lockExports,
  overrideImportCollection: lockImports,
})
