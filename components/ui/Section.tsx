import type { ReactNode } from 'react'

import { Paragraphs } from './Paragraphs'
import { SectionHeader, type SectionCopy } from './SectionHeader'

/** A numbered section of the page: a landmark named by its h2, with an optional closing note. */
export function Section({
  id,
  copy,
  children,
  tone = 'light',
}: {
  id: string
  copy: SectionCopy & { outro?: string | null }
  children: ReactNode
  tone?: 'light' | 'dark'
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`section section--${tone}`}>
      <div className="container">
        <SectionHeader copy={copy} id={id} />
        {children}
        {copy.outro ? (
          <div className="section__outro">
            <Paragraphs text={copy.outro} />
          </div>
        ) : null}
      </div>
    </section>
  )
}
