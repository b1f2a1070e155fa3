import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** For rules that receive only the request (the jobs queue's run, queue and cancel). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
