/** The brief's numbering above a section's heading: "001 / SCOPE" (the slash is not read out). */
export function SectionLabel({ number, kicker }: { number: string; kicker: string }) {
  return (
    <p className="section__label">
      <span className="section__number">{number}</span>
      <span aria-hidden="true"> / </span>
      {kicker}
    </p>
  )
}
