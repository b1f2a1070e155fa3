import type { Field, GroupField } from 'payload'

const t = (name: string, description?: string, multiline = false): Field => {
  const admin = description ? { admin: { description } } : {}
  return multiline
    ? { name, type: 'textarea', required: true, ...admin }
    : { name, type: 'text', required: true, ...admin }
}

const group = (name: string, label: string, fields: Field[], description?: string): GroupField => ({
  name,
  label,
  type: 'group',
  ...(description ? { admin: { description } } : {}),
  fields,
})

/**
 * Every word of the "Start a project" form: labels, help, the sentences shown for each
 * kind of error, consent wording, success and the "try again" messages.
 */
export const leadFormFields: GroupField = group(
  'form',
  'Form',
  [
    t('heading', 'Heading of the form on /start-a-project and above the form in section 013.'),
    t('intro', 'One sentence above the fields.', true),
    group('labels', 'Field labels', [
      t('name'),
      t('email'),
      t('company'),
      t('role'),
      t('areas'),
      t('cloud'),
      t('timeline'),
      t('message'),
      t('optional', 'Shown after the label of an optional field, e.g. "(optional)".'),
      t('choose', 'The empty first choice of a drop-down, e.g. "Choose…".'),
      t('honeypot', 'Label of the hidden anti-spam field (people never see it; keep it "leave empty").'),
    ]),
    group('help', 'Help texts', [t('email'), t('areas'), t('message')]),
    group('consent', 'Consent', [
      t('text', 'The sentence the prospect agrees to; it is stored with the lead.', true),
      t('privacyLabel'),
      t('privacyHref', 'A path (/privacy) or full https:// address.'),
    ]),
    t('submit', 'Label of the send button.'),
    t('sending', 'Label of the button while sending.'),
    group(
      'errors',
      'Error messages',
      [
        t('summary', 'Above the form when some fields need fixing.'),
        t('required'),
        t('email'),
        t('tooLong'),
        t('controlChars'),
        t('choice'),
        t('consent'),
        t('unknownField'),
        t('type'),
        t('rateLimited', 'Answer to too many enquiries from one address (HTTP 429).', true),
        t(
          'unavailable',
          'When the enquiry could not be saved (HTTP 503); the visitor’s input is kept.',
          true,
        ),
      ],
      'One sentence per kind of problem, shown next to the field it concerns.',
    ),
    group('success', 'After sending', [
      t('title'),
      t('body', 'Use {reference} where the lead’s reference goes.', true),
      t('referenceLabel'),
    ]),
    group(
      'confirmationEmail',
      'Confirmation email to the prospect',
      [
        t('subject', 'Use {reference} for the lead’s reference.'),
        t('greeting', 'The first line, e.g. "Hello,". The prospect’s name is not used ({name} is left out).'),
        t('body', 'Use {reference} for the lead’s reference.', true),
        t('summaryLabel', 'Heading above the service areas and timeline they chose.'),
        t('signature', undefined, true),
      ],
      'Sent at most once a day to an address. Anyone can type any address into the form, so this email never repeats what was typed: only this copy, the reference, and the areas and timeline chosen.',
    ),
  ],
  'The enquiry form of section 013 and /start-a-project.',
)
