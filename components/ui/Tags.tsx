/** Tool names shown as a row of tags. */
export function Tags({ items, label }: { items?: string[] | null; label?: string }) {
  if (!items?.length) return null
  return (
    <ul className="tags" {...(label ? { 'aria-label': label } : {})}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}
