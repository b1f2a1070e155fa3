import type { GlobalSeed } from './types'

/** 013 / Start a project: the words of the enquiry form, in the brief's voice. */
export const leadFormCopy: GlobalSeed<'closing-cta'>['form'] = {
  heading: 'Tell us where it hurts',
  intro: 'A few lines are enough. A senior engineer reads every enquiry and answers within one working day.',
  labels: {
    name: 'Your name',
    email: 'Work email',
    company: 'Company',
    role: 'Role',
    areas: 'Service areas that hurt most',
    cloud: 'Cloud or stack',
    timeline: 'Timeline',
    message: 'What is going on',
    optional: '(optional)',
    choose: 'Choose…',
    honeypot: 'Leave this field empty',
  },
  help: {
    email: 'We answer here, and nowhere else.',
    areas: 'Pick any that apply.',
    message: 'Models, traffic, what broke last. Up to 5,000 characters.',
  },
  consent: {
    text: 'I agree that Paiteq may contact me about this enquiry and keep what I sent for that purpose.',
    privacyLabel: 'How we handle your data',
    privacyHref: '/privacy',
  },
  submit: 'Send enquiry',
  sending: 'Sending…',
  errors: {
    summary: 'Some fields need a second look before we can send this.',
    required: 'This field is needed.',
    email: 'Enter a work email address, like name@company.com.',
    tooLong: 'This is longer than we can take; please shorten it.',
    controlChars: 'This contains characters we cannot store (control characters); please retype it.',
    choice: 'Pick one of the choices offered.',
    consent: 'We need your agreement to contact you before we can send this.',
    unknownField: 'This field is not part of the form.',
    type: 'This value is not in a form we understand.',
    rateLimited:
      'We have received several enquiries from your network in the last few minutes. Please wait a little and send again; nothing you typed is lost.',
    unavailable:
      'We could not save your enquiry just now. Nothing was sent; please try again in a minute. Your text is still in the form.',
  },
  success: {
    title: 'Thank you — your enquiry is in.',
    body: 'A senior engineer will answer within one working day. Quote {reference} if you write to us about it.',
    referenceLabel: 'Your reference',
  },
  confirmationEmail: {
    subject: 'We have your enquiry ({reference})',
    greeting: 'Hello,',
    body: 'Thank you for writing to Paiteq. A senior engineer reads your enquiry and answers within one working day. Your reference is {reference}; reply to this email if you want to add anything.',
    summaryLabel: 'What you asked about',
    signature: 'Paiteq — MLOps and LLMOps engineering',
  },
}
