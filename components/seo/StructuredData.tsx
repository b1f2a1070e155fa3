import { loadCollection, loadGlobal } from '@/lib/content/load'
import { faqPage, jsonLd, professionalService } from '@/lib/seo/structuredData'

/** JSON-LD for search engines: the practice and the FAQs, from the same content as the page. */
export async function StructuredData() {
  const [settings, hero, areas, faqs] = await Promise.all([
    loadGlobal('site-settings'),
    loadGlobal('hero'),
    loadCollection('service-areas'),
    loadCollection('faqs'),
  ])
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(professionalService(settings, hero, areas)) }}
      />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(faqPage(faqs)) }} />
    </>
  )
}
