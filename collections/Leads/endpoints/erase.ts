import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/lib/access/roles'
import { erasePerson } from '@/lib/leads/erase'

const body = z.object({ email: z.string().trim().email().max(320) })

/**
 * `POST /api/leads/erase` `{ "email": "…" }`, admins only: erases one person's leads, notes
 * and email records in one transaction, and answers with what was deleted.
 */
export const eraseEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json(
        { errors: [{ message: 'Only an admin can erase personal data.' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      return Response.json(
        { errors: [{ message: 'Send the email address to erase as { "email": "…" }.' }] },
        { status: 400 },
      )
    }
    const shouldCommit = await initTransaction(req)
    try {
      const result = await erasePerson(req.payload, parsed.data.email, req)
      if (shouldCommit) await commitTransaction(req)
      req.payload.logger.info({
        msg: 'Personal data erased on request',
        by: req.user?.id,
        ...result,
        email: undefined,
      })
      return Response.json(result)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
