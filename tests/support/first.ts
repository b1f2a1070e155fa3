/** The first of `items`, or a failure naming `what` was missing (instead of a TypeError further on). */
export function first<T>(items: readonly T[], what = 'item'): T {
  const [item] = items
  if (item === undefined) throw new Error(`Expected at least one ${what}, found none.`)
  return item
}
