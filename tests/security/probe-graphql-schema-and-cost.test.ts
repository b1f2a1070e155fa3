import { describe, expect, it } from 'vitest'

import { MAX_DOCUMENT_COST } from '@/lib/graphql/documentCost'

import { signIn } from '../support/api'
import { appUrl } from '../support/context'

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const started = Date.now()
  const res = await fetch(appUrl('/api/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
  return { status: res.status, body, ms: Date.now() - started }
}

const messages = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((e) => e.message).join('\n')

describe('probing the GraphQL schema with typos (introspection is off)', () => {
  it.each([
    ['a misspelt field', '{ Faqs { docs { questoin } } }'],
    ['a misspelt query', '{ Faqz { docs { id } } }'],
    ['a misspelt argument', '{ Faqs(limt: 1) { docs { id } } }'],
  ])('%s gets an error that names nothing of the schema', async (_, query) => {
    const { body } = await post(query)
    expect(body.data ?? null).toBeNull()
    const text = messages(body)
    expect(text).toMatch(/Cannot query field|Unknown argument/)
    expect(text).not.toMatch(/Did you mean/i)
  })

  it('a misspelt enum value in a variable gets no suggestion either', async () => {
    const { body } = await post('query($s: Faq_where) { Faqs(where: $s) { docs { id } } }', {
      s: { _status: { equals: 'publishd' } },
    })
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(messages(body)).not.toMatch(/Did you mean/i)
  })
})

describe('flooding GraphQL with aliases', () => {
  const aliases = (n: number, limit: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: Faqs(limit: ${limit}) { docs { id question } }`).join(' ')} }`

  it('200 aliases × 100 documents each is refused at once, naming the cost limit', async () => {
    const { body, ms } = await post(aliases(200, 100))
    expect(body.data ?? null).toBeNull()
    expect(messages(body)).toContain(`cost limit of ${MAX_DOCUMENT_COST}`)
    expect(ms).toBeLessThan(1000)
  })

  it('the same through a fragment is refused too', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Faqs(limit: $n) { ...F }`).join(' ')} }`
      .replace('{', 'query($n: Int) {')
      .concat(' fragment F on Faqs { docs { id question } }')
    const { body } = await post(query, { n: 100 })
    expect(body.data ?? null).toBeNull()
    expect(messages(body)).toContain('cost limit')
  })

  it('ordinary queries still answer, anonymous and signed in', async () => {
    const anonymous = await post('{ Faqs(limit: 10) { docs { id question } } }')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.errors).toBeUndefined()
    expect((anonymous.body.data?.Faqs as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    const editor = await post(
      '{ Faqs(limit: 100, draft: true) { docs { id question answer } } Hero { updatedAt } }',
      {},
      await signIn('marketing'),
    )
    expect(editor.body.errors).toBeUndefined()
  })
})
