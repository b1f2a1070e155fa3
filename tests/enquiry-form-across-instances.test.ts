import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startAppInstance, type AppInstance } from './support/appInstance'
import { testContext } from './support/context'
import { leadsByEmail, uniqueIp } from './support/leads'

/**
 * Behind a load balancer the page and the post that follows it land on any instance. The
 * no-JavaScript enquiry form posts to its server action: the form one instance rendered must
 * be accepted by another instance of the same build.
 */
describe('an enquiry form rendered by one instance and posted to another', () => {
  let a: AppInstance
  let b: AppInstance

  beforeAll(async () => {
    ;[a, b] = await Promise.all([
      startAppInstance({ JOBS_AUTORUN: '0' }),
      startAppInstance({ JOBS_AUTORUN: '0' }),
    ])
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
  })

  /** The form as instance A serves it, filled in as a visitor without JavaScript would. */
  async function filledFormFrom(instance: AppInstance, email: string): Promise<FormData> {
    const html = await (await fetch(`${instance.url}/start-a-project`)).text()
    // Built with the deployment id every instance shares: a browser holding an older build's
    // page reloads rather than posting to actions that no longer exist.
    expect(html).toContain(`data-dpl-id="${testContext().env.NEXT_DEPLOYMENT_ID}"`)
    const { document } = parseHTML(html)
    const form = document.querySelector('form#lead-form') ?? document.querySelector('form')
    if (!form) throw new Error('No form on /start-a-project')
    const data = new FormData()
    for (const input of form.querySelectorAll('input[type=hidden]'))
      data.append(input.getAttribute('name') ?? '', input.getAttribute('value') ?? '')
    expect([...data.keys()].some((name) => name.startsWith('$ACTION_'))).toBe(true)
    const areas = [...form.querySelectorAll('input[name=areas]')].slice(0, 1)
    for (const area of areas) data.append('areas', area.getAttribute('value') ?? '')
    data.set('name', 'Katherine Johnson')
    data.set('email', email)
    data.set('company', 'Langley Research')
    data.set('message', 'Rendered by one server, sent to another.')
    data.set('consent', 'on')
    return data
  }

  it('stores the lead and thanks the visitor with its reference', async () => {
    const email = `across.${Date.now()}@example.com`
    const form = await filledFormFrom(a, email)
    await new Promise((r) => setTimeout(r, 1600)) // a person takes longer than LEAD_MIN_FILL_MS

    const res = await fetch(`${b.url}/start-a-project`, {
      method: 'POST',
      // As a browser posts it: from the page's origin (behind a load balancer, the same for both).
      headers: { 'x-forwarded-for': uniqueIp(), origin: b.url },
      body: form,
    })
    expect(res.status).toBe(200)
    const [lead] = await leadsByEmail(email)
    expect(lead?.name).toBe('Katherine Johnson')
    expect(await res.text()).toContain(lead.reference)
  })
})
