import type { HiddenValues } from './hiddenContext'

/** Submission id, start time and where the visitor came from, sent with the form. */
export function HiddenInputs({ hidden }: { hidden: HiddenValues }) {
  return (
    <>
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  )
}
