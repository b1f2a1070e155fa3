import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

type ReadArgs = { draft?: boolean }

/**
 * Only staff may ask for drafts. A visitor's `?draft=true` (REST) or `draft: true` (GraphQL)
 * is turned into a plain published read: without this, Payload would look up the latest
 * version, find a draft, filter it out by the read access rule and hide the document
 * entirely, instead of showing its published version.
 */
function publishedReadFor<A extends ReadArgs>(args: A, user: Parameters<typeof hasRole>[0]): A {
  if (!args.draft || hasRole(user, 'admin', 'marketing', 'sales')) return args
  return { ...args, draft: false }
}

export const collectionDraftsForStaffOnly: CollectionBeforeOperationHook = ({ args, operation, req }) =>
  operation === 'read' && 'draft' in args ? publishedReadFor(args, req.user) : args

export const globalDraftsForStaffOnly: GlobalBeforeOperationHook = ({ args, operation, req }) =>
  operation === 'read' ? publishedReadFor(args as ReadArgs, req.user) : args
