import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

/** The only collection the export plugin serves: exports exist for leads only. */
export const EXPORTED_COLLECTION = 'leads'

export type ExportRefusal = { status: 400 | 403; message: string }

const names = z.string().regex(/^-?[A-Za-z0-9_.]{1,200}$/)

/**
 * The settings of an export (download, preview or saved export), as far as the plugin's
 * streaming code relies on them: a value of another shape makes it throw inside the stream,
 * after the response has started, and the request hangs.
 */
const settings = z
  .object({
    collectionSlug: z.literal(EXPORTED_COLLECTION),
    format: z.literal('csv').nullish(),
    fields: z.array(names).max(500).nullish(),
    sort: z.union([names, z.array(names).max(20)]).nullish(),
    where: z.record(z.string(), z.unknown()).nullish(),
    limit: z.number().int().nonnegative().nullish(),
    page: z.number().int().nonnegative().nullish(),
  })
  .loose()

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Why an export request is refused, or null when it can run. Checked before the plugin
 * starts, because the plugin queries inside its response stream, where an error is never
 * answered: another collection than leads, settings of the wrong shape, or a filter or sort
 * on a field the caller may not query (tried with the caller's own access, as the plugin
 * will, on one row).
 */
export async function refuseExport(req: PayloadRequest, data: unknown): Promise<ExportRefusal | null> {
  if (!isRecord(data)) return { status: 400, message: 'Send the export settings as a JSON object.' }
  if (data.collectionSlug !== EXPORTED_COLLECTION)
    return { status: 403, message: 'Only leads can be exported.' }
  const parsed = settings.safeParse(data)
  if (!parsed.success) {
    return {
      status: 400,
      message: 'The export settings are not in a form we understand (leads export as CSV).',
    }
  }
  const { where, sort } = parsed.data
  try {
    await req.payload.find({
      collection: EXPORTED_COLLECTION,
      where: (where ?? {}) as Where,
      sort: sort ?? undefined,
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
  } catch {
    return {
      status: 400,
      message: 'This export filters or sorts on a field you may not query, or its filter is malformed.',
    }
  }
  return null
}
