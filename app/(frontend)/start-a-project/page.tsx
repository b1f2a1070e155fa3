import type { Metadata } from 'next'

import { StartProject } from '@/components/sections/StartProject'
import { loadCollection, loadGlobal } from '@/lib/content/load'
import { contextFromQuery } from '@/lib/leads/context'

import { submitLeadAction } from './actions'

type Search = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata(): Promise<Metadata> {
  const [closing, settings] = await Promise.all([loadGlobal('closing-cta'), loadGlobal('site-settings')])
  return {
    title: `${closing.kicker} · ${settings.meta?.title ?? settings.siteName}`,
    alternates: { canonical: '/start-a-project' },
  }
}

/**
 * The enquiry form on its own page. It takes the same context as the home page's form in
 * its query (`?outcome=…` from the decide tree, UTM parameters), and is where a browser
 * without JavaScript lands after sending: with the errors, or with the reference.
 */
export default async function StartAProjectPage({ searchParams }: { searchParams: Search }) {
  const [closing, areas, query] = await Promise.all([
    loadGlobal('closing-cta'),
    loadCollection('service-areas'),
    searchParams,
  ])
  return (
    <StartProject
      closing={closing}
      areas={areas}
      headingLevel="h1"
      action={submitLeadAction}
      context={contextFromQuery(query)}
      // eslint-disable-next-line react-hooks/purity -- rendered per request (it reads the query): the time is the point
      renderedAt={Date.now()}
    />
  )
}
