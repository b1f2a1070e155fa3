import { slaHours } from '../env/leads'

/** Leads received before this moment and still `new` are overdue. */
export const overdueBefore = (now: Date = new Date(), hours: number = slaHours()): Date =>
  new Date(now.getTime() - hours * 3_600_000)

export function isOverdue(
  lead: { status?: string | null; receivedAt?: string | null },
  now: Date = new Date(),
  hours: number = slaHours(),
): boolean {
  if (lead.status !== 'new' || !lead.receivedAt) return false
  return new Date(lead.receivedAt).getTime() < overdueBefore(now, hours).getTime()
}

/** "40 min", "5 h", "3 d": how long ago the lead arrived. */
export function ageLabel(receivedAt: string | null | undefined, now: Date = new Date()): string {
  if (!receivedAt) return ''
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(receivedAt).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} d`
}
