/** Tells the user what happened to their notes file (recovered, read-only, …). */
import { useState } from 'react'
import type { StoreStatus } from '../../shared/api-contract'

/** One banner per notice, each dismissible. */
export function StoreNotices({ store }: { store: StoreStatus | null }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set())
  if (!store) return null
  return (
    <>
      {store.notices.map((notice, index) =>
        dismissed.has(index) ? null : (
          <div key={index} className={`notice ${store.readOnly ? 'notice-error' : 'notice-warning'}`} role="alert">
            <p>{notice.message}</p>
            <button type="button" className="icon-close" aria-label="Dismiss this message" onClick={() => setDismissed(new Set([...dismissed, index]))}>
              ×
            </button>
          </div>
        ),
      )}
    </>
  )
}
