import { z } from 'zod'

import { startOfWeek } from '../leads/dashboard'

/** Weeks shown when no range is asked for: this week and the eleven before it. */
export const DEFAULT_WEEKS = 12
/** The longest range the page draws (two years of weekly bars). */
export const MAX_DAYS = 731

const DAY_MS = 86_400_000

/**
 * The period the insights cover: whole UTC days, `from` and `to` included (as the form shows them), and the
 * instants the queries filter `received_at` on (`start` inclusive, `end` exclusive).
 */
export type InsightsRange = { from: string; to: string; start: string; end: string }

export type RangeResult = { ok: true; range: InsightsRange } | { ok: false; message: string }

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && isoDay(parsed) === value
  }, 'is not a day of the calendar')

const param = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx) => {
    if (Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: 'is given more than once' })
      return z.NEVER
    }
    return value === undefined || value.trim() === '' ? undefined : value
  })
  .pipe(day.optional())

const query = z.object({ from: param, to: param })

/** The period of `/admin/insights?from=…&to=…`, or a sentence saying what is wrong with it. */
export function parseRange(
  searchParams: Record<string, string | string[] | undefined> | undefined,
  now: Date = new Date(),
): RangeResult {
  const parsed = query.safeParse({ from: searchParams?.from, to: searchParams?.to })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path[0] === 'to' ? 'End date' : 'Start date'
    return { ok: false, message: `${field} ${issue?.message ?? 'is not valid'}.` }
  }
  const to = parsed.data.to ?? isoDay(now)
  const toDay = new Date(`${to}T00:00:00Z`)
  const from =
    parsed.data.from ?? isoDay(new Date(startOfWeek(toDay).getTime() - (DEFAULT_WEEKS - 1) * 7 * DAY_MS))
  const fromDay = new Date(`${from}T00:00:00Z`)
  if (fromDay > toDay)
    return { ok: false, message: `The start date (${from}) is after the end date (${to}).` }
  const days = (toDay.getTime() - fromDay.getTime()) / DAY_MS + 1
  if (days > MAX_DAYS)
    return {
      ok: false,
      message: `The range covers ${days} days; choose at most ${MAX_DAYS} days (two years).`,
    }
  return {
    ok: true,
    range: { from, to, start: fromDay.toISOString(), end: new Date(toDay.getTime() + DAY_MS).toISOString() },
  }
}

/** Monday (UTC) of every week the range touches, as `YYYY-MM-DD`: the x axis of the weekly charts. */
export function weeksOf(range: InsightsRange): string[] {
  const weeks: string[] = []
  const last = new Date(new Date(range.end).getTime() - 1)
  for (
    let week = startOfWeek(new Date(range.start));
    week <= last;
    week = new Date(week.getTime() + 7 * DAY_MS)
  )
    weeks.push(isoDay(week))
  return weeks
}
