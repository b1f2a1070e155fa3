import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startAppInstance, type AppInstance } from './support/appInstance'
import { postEnquiryFormAcross } from './support/enquiryForm'
import { leadsByEmail } from './support/leads'
import { first } from './support/first'

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

  it('stores the lead and thanks the visitor with its reference', async () => {
    const email = `across.${Date.now()}@example.com`
    const res = await postEnquiryFormAcross(a.url, b.url, email)
    expect(res.status).toBe(200)
    const lead = first(await leadsByEmail(email))
    expect(lead?.name).toBe('Katherine Johnson')
    expect(await res.text()).toContain(lead.reference)
  })
})
