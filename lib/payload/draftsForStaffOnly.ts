import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

type ReadArgs = { draft?: boolean }

/**
 * Only staff may ask for drafts. A visitor's `?draft=true` (REST) or `draft: true` (GraphQL)
 * is turned into a plain published read: without this, Payload would look up the latest
 * version, find a draft, filter it out by the read access rule and hide the document
 * entirely, instead of showing its published version.
 *
 * Server code that overrides access control (the seed, maintenance, tests reading what is
 * stored) is trusted and has no user: its `draft: true` is kept, or it would silently get
 * the published version instead of the latest draft.
 */
function publishedReadFor<A extends ReadArgs>(
  args: A,
  user: Parameters<typeof hasRole>[0],
  overrideAccess: boolean | undefined,
): A {
  if (!args.draft || overrideAccess || hasRole(user, 'admin', 'marketing', 'sales')) return args
  return { ...args, draft: false }
}

export const collectionDraftsForStaffOnly: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => (operation === 'read' && 'draft' in args ? publishedReadFor(args, req.user, overrideAccess) : args)

export const globalDraftsForStaffOnly: GlobalBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => (operation === 'read' ? publishedReadFor(args as ReadArgs, req.user, overrideAccess) : args)
