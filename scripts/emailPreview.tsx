/**
 * `npm run email:preview [-- port]`: every email the app sends, rendered from its template with
 * the sample data in lib/email/samples.ts, served on http://127.0.0.1:3030 (HTML and plain text
 * of each). Runs under `tsx watch`: saving a template restarts it, reload the page to see it.
 * Needs no database and no network.
 */
import { createServer } from 'node:http'

import { renderToStaticMarkup } from 'react-dom/server'

import { passwordResetEmail } from '@/lib/email/passwordReset'
import { sampleFormCopy, sampleLead, sampleResetToken, sampleServerUrl } from '@/lib/email/samples'
import { confirmationEmail, salesEmail } from '@/lib/leads/emails'

const port = Number(process.argv[2] || 3030)

/** Each email by its path, composed afresh on each request by the same functions the app calls. */
const emails = {
  sales: { title: 'Sales notification', compose: () => salesEmail(sampleLead, sampleServerUrl) },
  confirmation: {
    title: 'Confirmation to the prospect',
    compose: () => confirmationEmail(sampleLead, sampleFormCopy),
  },
  'password-reset': {
    title: 'Password reset',
    compose: () => passwordResetEmail(`${sampleServerUrl}/admin/reset/${sampleResetToken}`),
  },
}

const isEmailName = (name: string): name is keyof typeof emails => Object.hasOwn(emails, name)

function index(): string {
  return `<!DOCTYPE html><meta charset="utf-8">${renderToStaticMarkup(
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
      <title>Email preview</title>
      <h1>Email preview</h1>
      <p>Sample data: lib/email/samples.ts. Templates: lib/email/templates/.</p>
      <ul>
        {Object.entries(emails).map(([name, { title, compose }]) => (
          <li key={name} style={{ marginBottom: '1rem' }}>
            <strong>{title}</strong> — subject: <code>{compose().subject}</code>
            <br />
            <a href={`/${name}.html`}>HTML</a> · <a href={`/${name}.txt`}>plain text</a>
          </li>
        ))}
      </ul>
    </main>,
  )}`
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const match = /^\/([\w-]+)\.(html|txt)$/.exec(path)
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
    res.end(body)
  }
  if (path === '/') return send(200, 'text/html', index())
  if (!match || !isEmailName(match[1]!)) return send(404, 'text/plain', 'No such email.')
  const email = emails[match[1]].compose()
  return match[2] === 'html' ? send(200, 'text/html', email.html) : send(200, 'text/plain', email.text)
})

server.listen(port, '127.0.0.1', () => console.log(`Email preview: http://127.0.0.1:${port}/`))
