/** The app's dialogs (Export notes…, Import notes…, Keyboard shortcuts), each in its own error boundary. */
import type { ReactElement } from 'react'
import type { AppInfo } from '../../shared/api-contract'
import type { LibraryDocument } from '../../shared/document-model'
import type { ListSelection } from '../../shared/export-model'
import type { ApiClient } from '../api-client/api-client'
import { ViewBoundary } from '../ui/view-boundary'
import { ExportDialog, ImportDialog, LazyPart, ShortcutsDialog } from './lazy-views'

/** Which dialog is open, with what it was opened for. */
export type AppDialog = { readonly kind: 'export'; readonly filter: ListSelection | null } | { readonly kind: 'import' } | { readonly kind: 'shortcuts' }

/** Props of the dialogs. */
export interface AppDialogsProps {
  readonly dialog: AppDialog | null
  readonly client: ApiClient
  readonly mode: AppInfo['mode']
  /** The document the reader shows, offered as the export's scope. */
  readonly document: Pick<LibraryDocument, 'id' | 'title'> | null
  onImported(): void
  onClose(): void
}

/** The open dialog, if any. */
export function AppDialogs({ dialog, client, mode, document, onImported, onClose }: AppDialogsProps) {
  if (dialog === null) return null
  const name = dialog.kind === 'export' ? 'Export notes' : dialog.kind === 'import' ? 'Import notes' : 'Keyboard shortcuts'
  const frame = (message: ReactElement) => (
    <div className="toast">
      {message}
      <button type="button" className="icon-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  )
  return (
    <ViewBoundary name={name} frame={frame}>
      <LazyPart name={name}>
        {dialog.kind === 'export' ? (
          <ExportDialog client={client} mode={mode} document={document ? { id: document.id, title: document.title } : null} filter={dialog.filter} onClose={onClose} />
        ) : dialog.kind === 'import' ? (
          <ImportDialog client={client} onImported={onImported} onClose={onClose} />
        ) : (
          <ShortcutsDialog onClose={onClose} />
        )}
      </LazyPart>
    </ViewBoundary>
  )
}
