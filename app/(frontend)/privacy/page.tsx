import type { Metadata } from 'next'

import { Paragraphs } from '@/components/ui/Paragraphs'
import { loadGlobal } from '@/lib/content/load'

export async function generateMetadata(): Promise<Metadata> {
  const [page, settings] = await Promise.all([loadGlobal('privacy-page'), loadGlobal('site-settings')])
  return { title: `${page.title} · ${settings.siteName}`, alternates: { canonical: '/privacy' } }
}

/** What the enquiry form keeps and why: the page its consent sentence links to. Static, like home. */
export default async function PrivacyPage() {
  const page = await loadGlobal('privacy-page')
  return (
    <article className="section legal" aria-labelledby="privacy-title">
      <div className="container legal__inner">
        <h1 id="privacy-title">{page.title}</h1>
        <p className="legal__updated">{page.updated}</p>
        <div className="legal__intro">
          <Paragraphs text={page.intro} />
        </div>
        {page.sections.map((section, i) => (
          <section key={section.id ?? i} aria-labelledby={`privacy-${i + 1}`}>
            <h2 id={`privacy-${i + 1}`}>{section.heading}</h2>
            <Paragraphs text={section.body} />
          </section>
        ))}
      </div>
    </article>
  )
}
