import type { SiteSetting } from '@/payload-types'

/**
 * Shown to an editor in draft mode: the page holds drafts; a link leaves draft mode.
 * No client code: the admin's live preview reloads the frame after each save (its URL
 * carries the document's `updatedAt`, see `lib/preview/livePreview.ts`).
 */
export function PreviewBar({ settings }: { settings: SiteSetting }) {
  return (
    <div className="preview-bar" role="status">
      <p>{settings.preview?.notice}</p>
      <a href="/next/exit-preview">{settings.preview?.exitLabel}</a>
    </div>
  )
}
