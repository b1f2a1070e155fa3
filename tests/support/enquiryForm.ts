import { parseHTML } from 'linkedom'
import { expect } from 'vitest'

import { testContext } from './context'
import { uniqueIp } from './leads'

/**
 * The no-JavaScript enquiry form as the server at `origin` renders it on /start-a-project,
 * filled in as a visitor without JavaScript would: its hidden fields (the server action's
 * `$ACTION_…` ids among them), one area, and the visitor's details. Post it as a browser does,
 * with `Origin` set, at least LEAD_MIN_FILL_MS after rendering.
 */
export async function filledEnquiryForm(origin: string, email: string): Promise<FormData> {
  const html = await (await fetch(`${origin}/start-a-project`)).text()
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

/**
 * The form rendered by the server at `renderedBy`, filled in, and posted after a person's fill
 * time to `postedTo`'s /start-a-project, as a browser posts it: from the page's origin (behind
 * a load balancer, the same for every instance) and from an address of its own.
 */
export async function postEnquiryFormAcross(
  renderedBy: string,
  postedTo: string,
  email: string,
): Promise<Response> {
  const form = await filledEnquiryForm(renderedBy, email)
  await new Promise((r) => setTimeout(r, 1600)) // a person takes longer than LEAD_MIN_FILL_MS
  return fetch(`${postedTo}/start-a-project`, {
    method: 'POST',
    headers: { 'x-forwarded-for': uniqueIp(), origin: postedTo },
    body: form,
  })
}
