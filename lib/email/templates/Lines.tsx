import { Fragment } from 'react'

/** Text with its line breaks kept as <br>; React escapes each line. */
export function Lines({ text }: { text: string }) {
  return text.split(/\r?\n/).map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ))
}
