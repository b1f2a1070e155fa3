import type { EmailLead, FormCopy } from '../leads/emails'
import { leadFormCopy } from '../seed/content/leadForm'

/**
 * Sample data for the email preview (`npm run email:preview`) and the render benchmark
 * (bench/emails): a lead with every answer filled in, some of it hostile, and the seeded copy.
 */
export const sampleLead: EmailLead = {
  id: 42,
  reference: 'PQ-7K3M9X',
  name: 'Ada <script>alert(1)</script> Lovelace',
  email: 'ada@example.com',
  company: 'Analytical "Engines" & Sons',
  role: 'Head of ML platform',
  cloud: 'aws',
  timeline: '1-3-months',
  message: 'Our drift alerts fire too late.\nWe retrain by hand every month.\n"><img src=x onerror=alert(1)>',
  context: {
    decideOutcome: 'platform',
    utmSource: 'newsletter',
    utmMedium: 'email',
    utmCampaign: 'autumn',
    referrer: 'https://news.example/mlops',
    landingPath: '/start-a-project',
  },
  areas: [{ title: 'Drift detection' }, { title: 'Continuous training' }],
  salesNotification: { state: 'pending', attempts: 0, providerId: null },
  confirmation: { state: 'pending', attempts: 0, providerId: null },
}

/** The confirmation's words as seeded (closing-cta → form). */
export const sampleFormCopy: FormCopy = {
  confirmationEmail: leadFormCopy.confirmationEmail,
  labels: { areas: leadFormCopy.labels.areas, timeline: leadFormCopy.labels.timeline },
}

export const sampleServerUrl = 'http://localhost:3000'
export const sampleResetToken = '3f9c2a7be1d04c6a8f5e0b2d9c71a4e6b8d3f0a1'
