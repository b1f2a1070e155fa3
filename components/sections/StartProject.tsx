import type { ClosingCta, ServiceArea } from '@/payload-types'

import { LeadForm } from '@/components/leads/LeadForm'
import type { LeadFormProps } from '@/components/leads/types'
import type { LeadFormAction } from '@/lib/leads/formState'
import { CLOUDS, TIMELINES } from '@/lib/leads/options'

import { Paragraphs } from '../ui/Paragraphs'
import { SectionLabel } from '../ui/SectionLabel'

type Props = {
  closing: ClosingCta
  areas: ServiceArea[]
  /** On /start-a-project the title is the page's h1. */
  headingLevel?: 'h1' | 'h2'
  context?: LeadFormProps['context']
  renderedAt?: number
  /** The form's server action, from the app (components do not import from app/). */
  action: LeadFormAction
}

/** 013: the closing call to action and the enquiry form. */
export function StartProject({ closing, areas, headingLevel = 'h2', context, renderedAt, action }: Props) {
  const Heading = headingLevel
  const { confirmationEmail: _emailCopy, ...formCopy } = closing.form
  return (
    <section id="start" aria-labelledby="start-title" className="section section--accent">
      <div className="container start">
        <SectionLabel number={closing.number} kicker={closing.kicker} />
        <Heading id="start-title" className="start__title">
          {closing.title}
        </Heading>
        <div className="start__body">
          <Paragraphs text={closing.body} />
        </div>
        <LeadForm
          action={action}
          copy={formCopy}
          areas={areas.map((a) => ({ value: String(a.id), label: a.title }))}
          clouds={CLOUDS.map((c) => ({ ...c }))}
          timelines={TIMELINES.map((t) => ({ ...t }))}
          context={context}
          renderedAt={renderedAt}
          titleLevel={headingLevel === 'h1' ? 'h2' : 'h3'}
        />
      </div>
    </section>
  )
}
