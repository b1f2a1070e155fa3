/** Text from a CMS textarea, blank lines separating paragraphs. */
export function Paragraphs({ text, className }: { text?: string | null; className?: string }) {
  if (!text?.trim()) return null
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          // No className attribute at all when none is given: an undefined prop still costs
          // bytes in the page's RSC payload.
          <p key={i} {...(className ? { className } : {})}>
            {p}
          </p>
        ))}
    </>
  )
}
