'use client'

import { useEffect, useState } from 'react'

import { useEnhanced } from './useEnhanced'

/**
 * 011, enhanced. `OpenFaqFromHash` opens the question a URL points at (#faq-<anchor>), on
 * load and whenever the hash changes. `CopyFaqLink` copies a question's address; it shows
 * nothing until JavaScript runs, since without it the plain link beside it does the job.
 */
export function OpenFaqFromHash() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1))
      if (!id.startsWith('faq-')) return
      const target = document.getElementById(id)
      if (!(target instanceof HTMLDetailsElement)) return
      target.open = true
      target.scrollIntoView({ block: 'start' })
      target.querySelector('summary')?.focus({ preventScroll: true })
    }
    open()
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [])
  return null
}

export function CopyFaqLink({
  anchor,
  label,
  copiedLabel,
}: {
  anchor: string
  label: string
  copiedLabel: string
}) {
  const [copied, setCopied] = useState(false)
  const ready = useEnhanced()
  if (!ready) return null

  const copy = async () => {
    const url = new URL(`#${anchor}`, window.location.href).toString()
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 4000)
    } catch {
      // No clipboard (e.g. a page served over plain http): follow the link instead,
      // which leaves the address in the address bar.
      window.location.hash = anchor
    }
  }
  return (
    <>
      <button type="button" className="faq__copy" onClick={copy}>
        {label}
      </button>
      <span className="faq__copied" role="status">
        {copied ? copiedLabel : ''}
      </span>
    </>
  )
}
