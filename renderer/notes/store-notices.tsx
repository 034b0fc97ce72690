/** Tells the user what happened to their notes file (recovered, read-only, …). */
import { useState } from 'react'
import type { StoreStatus } from '../../shared/api-contract'
import type { ApiClient } from '../api-client/api-client'
import { saveNotesCopy } from '../export/save-notes-copy'

/**
 * One banner per notice, each dismissible. When notes are read-only because
 * another process holds (or took) the folder's lock, the banner offers
 * "Save a copy…" so nothing shown here, saved or not, is lost.
 */
export function StoreNotices({ store, client }: { store: StoreStatus | null; client?: ApiClient }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set())
  const [copy, setCopy] = useState<{ saving: boolean; message: string }>({ saving: false, message: '' })
  if (!store) return null
  const saveCopy = async (api: ApiClient) => {
    setCopy({ saving: true, message: 'Saving a copy…' })
    setCopy({ saving: false, message: (await saveNotesCopy(api)) ?? '' })
  }
  return (
    <>
      {store.notices.map((notice, index) =>
        dismissed.has(index) ? null : (
          <div key={index} className={`notice ${store.readOnly ? 'notice-error' : 'notice-warning'}`} role="alert">
            <p>
              {notice.message}
              {notice.kind === 'locked' && store.readOnly && client && (
                <>
                  {' '}
                  Nothing you change here is saved: use Save a copy… to keep these notes, then import the copy where FOC Reader can save.{' '}
                  <span role="status">{copy.message}</span>
                </>
              )}
            </p>
            {notice.kind === 'locked' && store.readOnly && client && (
              <button type="button" className="button" disabled={copy.saving} onClick={() => void saveCopy(client)}>
                Save a copy…
              </button>
            )}
            <button type="button" className="icon-close" aria-label="Dismiss this message" onClick={() => setDismissed(new Set([...dismissed, index]))}>
              ×
            </button>
          </div>
        ),
      )}
    </>
  )
}
