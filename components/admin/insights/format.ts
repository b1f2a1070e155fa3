const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2026-09-14` → `14 Sep`: a week's Monday on an axis. */
export const shortDay = (isoDay: string): string => {
  const [, month, day] = isoDay.split('-')
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`
}

/** `2026-09-14` → `14 Sep 2026`. */
export const longDay = (isoDay: string): string => `${shortDay(isoDay)} ${isoDay.slice(0, 4)}`

/** Hours with one decimal, or a dash when there is nothing to show. */
export const hoursLabel = (hours: number | null): string =>
  hours === null ? '–' : `${Math.round(hours * 10) / 10} h`

/** A share of a whole, in whole percent. */
export const percent = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–'

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power
  return 10 * power
}
