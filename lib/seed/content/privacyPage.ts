import type { GlobalSeed } from './types'

/**
 * /privacy, which the enquiry form's consent sentence links to. Written for this site from
 * what the product does with an enquiry (lib/leads, collections/Leads); marketing and the
 * client's counsel own the wording from here.
 */
export const privacyPage: GlobalSeed<'privacy-page'> = {
  title: 'How we handle what you send us',
  intro:
    'This page covers the enquiry form on this site: what it keeps, who reads it, how long it stays and how to have it removed. The site sets no tracking or advertising cookies and runs no analytics scripts.',
  sections: [
    {
      heading: 'What the form keeps',
      body: 'What you type: your name, work email, company, role, the service areas you pick, your cloud or stack, your timeline and your message. With it we keep where you came from on this site (a decide-tree outcome or a drift-calculator summary you chose to attach, and campaign tags in the link you followed), the time you sent it, your browser’s user-agent string, and a one-way hash of your IP address — never the address itself — used to slow down repeated sending and to spot spam.',
    },
    {
      heading: 'Why, and who reads it',
      body: 'Only to answer your enquiry and to scope the work you asked about. A senior engineer and our sales team read it in our own admin, where access is limited by role. We do not sell it, share it for marketing, or add you to a newsletter.',
    },
    {
      heading: 'Email',
      body: 'When you send the form we email you a confirmation with your reference (at most one a day to an address), and notify the team. These emails go through our email provider, Resend, which processes them on our behalf and for no other purpose.',
    },
    {
      heading: 'How long we keep it',
      body: 'An enquiry stays while we are talking about the work and for as long as the engagement that follows needs it. Messages flagged as spam are deleted after 30 days.',
    },
    {
      heading: 'Your rights',
      body: 'Write to the address at the foot of this page to see what we hold about you, to correct it, or to have every trace of it erased: your enquiries, the notes on them and the emails we sent. We answer within one working day and complete an erasure within a month at the latest.',
    },
  ],
  updated: 'Last changed 26 November 2026',
}
