import type { LeadStatus } from './options'

/** The pipeline in order; a lead moves forward along it, skipping steps when sales need to. */
export const PIPELINE: readonly LeadStatus[] = ['new', 'contacted', 'qualified', 'proposal']
export const CLOSED: readonly LeadStatus[] = ['won', 'lost', 'spam']

/**
 * Which status may follow which:
 * - forward along the pipeline (new → contacted → qualified → proposal), steps may be skipped;
 * - any open lead can be closed as won, lost or spam;
 * - reopening: a won or lost lead goes back to contacted, qualified or proposal; a lead
 *   marked spam by mistake goes back to new (or straight to contacted).
 */
export function allowedNext(from: LeadStatus): LeadStatus[] {
  if (from === 'spam') return ['new', 'contacted']
  if (from === 'won' || from === 'lost') return ['contacted', 'qualified', 'proposal']
  const at = PIPELINE.indexOf(from)
  return [...PIPELINE.slice(at + 1), 'won', 'lost', 'spam']
}

export const canMove = (from: LeadStatus, to: LeadStatus): boolean =>
  from === to || allowedNext(from).includes(to)

export const isReopening = (from: LeadStatus, to: LeadStatus): boolean =>
  CLOSED.includes(from) && !CLOSED.includes(to)
