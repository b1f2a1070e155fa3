import { ImageResponse } from 'next/og'

import { loadGlobal } from '@/lib/content/load'
import { OG_SIZE, ogFonts, uploadedOgImage } from '@/lib/seo/ogImage'

export const size = OG_SIZE
export const contentType = 'image/png'

/**
 * The image link previews show: the one uploaded in the site settings when there is one,
 * else a card drawn from the hero's copy. Static, revalidated with the hero and settings.
 */
export default async function OpenGraphImage(): Promise<Response> {
  const [settings, hero] = await Promise.all([loadGlobal('site-settings'), loadGlobal('hero')])
  const uploaded = await uploadedOgImage(settings)
  if (uploaded) return new Response(new Uint8Array(uploaded), { headers: { 'content-type': contentType } })

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0d1b1e',
        color: '#e9f0ec',
        fontFamily: 'Geist',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 28,
          letterSpacing: 2,
          color: '#a9bdb6',
          textTransform: 'uppercase',
        }}
      >
        {hero.eyebrow}
      </div>
      <div style={{ display: 'flex', fontSize: 68, fontWeight: 600, lineHeight: 1.1, maxWidth: 1000 }}>
        {hero.title}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, color: '#dcefe9' }}>
        <div style={{ width: 18, height: 18, borderRadius: 9, background: '#0b6e5f', marginRight: 16 }} />
        {settings.siteName}
      </div>
    </div>,
    { ...OG_SIZE, fonts: await ogFonts() },
  )
}
