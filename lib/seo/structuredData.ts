import type { Faq, Hero, ServiceArea, SiteSetting } from '@/payload-types'

import { siteUrl } from './siteUrl'

type Thing = Record<string, unknown>

/** schema.org `ProfessionalService`: the practice, from the site settings and the hero. */
export function professionalService(settings: SiteSetting, hero: Hero, areas: ServiceArea[]): Thing {
  const url = `${siteUrl()}/`
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfessionalService',
    '@id': `${url}#practice`,
    name: settings.siteName,
    url,
    email: settings.contactEmail,
    slogan: hero.title,
    description: settings.meta?.description ?? hero.lede,
    knowsAbout: areas.map((area) => area.title),
  }
}

/** schema.org `FAQPage`: every published FAQ, question and answer. */
export function faqPage(faqs: Faq[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export const jsonLd = (thing: Thing): string =>
  JSON.stringify(thing)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
