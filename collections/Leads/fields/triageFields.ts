import type { Field } from 'payload'

/** The decide-tree outcome and drift summary (stored under `context`), shown with what the prospect asked. */
export const answersField: Field = {
  name: 'answers',
  type: 'ui',
  admin: { components: { Field: '@/components/admin/LeadAnswers#LeadAnswers' } },
}

/** The lead's earlier enquiries as a count and the five most recent, in place of the raw `duplicates` chips. */
export const duplicatesSummaryField: Field = {
  name: 'earlierEnquiries',
  type: 'ui',
  admin: { components: { Field: '@/components/admin/LeadDuplicates#LeadDuplicates' } },
}
