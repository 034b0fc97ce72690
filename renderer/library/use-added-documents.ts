/**
 * Adding and removing the user's own documents, and adding a revision of
 * one: reads the file, sends it to the core, opens the document, and says
 * what happened (for a revision: where the notes now sit, with a link to
 * the comparison), or why not, in the core's sentence that names the file.
 */
import { useCallback, useEffect, useState } from 'react'
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_SIZE_LABEL } from '../../shared/added-documents'
import type { AddedDocumentKind, DocumentSummary } from '../../shared/document-model'
import type { ApiClient } from '../api-client/api-client'
import { parseRoute, readRoute } from '../routing/route'
import { readFileAsBase64 } from './read-file'
import { revisionAddedStatus } from './revision-added-status'

/** What the "Your documents" section shows about the last action. */
export type AddedDocumentsStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string; readonly link?: { readonly href: string; readonly text: string } }
  | { readonly kind: 'failed'; readonly message: string }

/** The actions and their status. */
export interface AddedDocuments {
  readonly status: AddedDocumentsStatus
  /** Added documents that could not be loaded at start, each a sentence saying where it was left. */
  readonly notices: readonly string[]
  add(file: File, kind: AddedDocumentKind): Promise<void>
  /** Makes `file` the next revision of `document`, under `label` (blank: "Rev. <n>"). */
  addRevision(document: DocumentSummary, file: File, label?: string): Promise<void>
  /** Resolves true once revision `number` of `document` has its new label (false: the status says why not). */
  setRevisionLabel(document: DocumentSummary, number: number, label: string): Promise<boolean>
  remove(document: DocumentSummary): Promise<void>
  /** Resolves true once the new title is saved (false: the status says why not). */
  rename(document: DocumentSummary, title: string): Promise<boolean>
}

/**
 * The actions over `client`; `onLibraryChanged` reloads the library list
 * (and the notes, whose passages may have gone with a removed document).
 */
export function useAddedDocuments(client: ApiClient, onLibraryChanged: (openToo?: boolean) => Promise<void>): AddedDocuments {
  const [status, setStatus] = useState<AddedDocumentsStatus>({ kind: 'idle' })
  const [notices, setNotices] = useState<readonly string[]>([])

  useEffect(() => {
    client.request('documents.notices', {}).then(
      (answer) => setNotices(answer.notices),
      () => undefined,
    )
  }, [client])

  const add = useCallback(
    async (file: File, kind: AddedDocumentKind) => {
      if (file.size > MAX_DOCUMENT_BYTES) {
        setStatus({ kind: 'failed', message: `“${file.name}” is larger than ${MAX_DOCUMENT_SIZE_LABEL}, the largest file that can be added.` })
        return
      }
      setStatus({ kind: 'busy', message: `Adding “${file.name}”…` })
      try {
        const bytesBase64 = await readFileAsBase64(file)
        const { document } = await client.request('documents.add', { fileName: file.name, mediaType: file.type, bytesBase64, kind })
        setStatus({ kind: 'done', message: `Added “${document.title}” from “${file.name}”.` })
        await onLibraryChanged()
        window.location.hash = readRoute(document.id)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        setStatus({ kind: 'failed', message: reason.includes(file.name) ? reason : `“${file.name}” could not be added: ${reason}` })
      }
    },
    [client, onLibraryChanged],
  )

  const addRevision = useCallback(
    async (document: DocumentSummary, file: File, label?: string) => {
      if (file.size > MAX_DOCUMENT_BYTES) {
        setStatus({ kind: 'failed', message: `“${file.name}” is larger than ${MAX_DOCUMENT_SIZE_LABEL}, the largest file that can be added.` })
        return
      }
      setStatus({ kind: 'busy', message: `Adding “${file.name}” as a revision of “${document.title}”…` })
      try {
        const bytesBase64 = await readFileAsBase64(file)
        const added = await client.request('documents.addRevision', { documentId: document.id, fileName: file.name, mediaType: file.type, bytesBase64, ...(label === undefined ? {} : { label }) })
        setStatus(revisionAddedStatus(added))
        const route = parseRoute(window.location.hash)
        await onLibraryChanged(route.view === 'read' && route.documentId === document.id)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        setStatus({ kind: 'failed', message: reason.includes(file.name) ? reason : `“${file.name}” could not be added as a revision: ${reason}` })
      }
    },
    [client, onLibraryChanged],
  )

  const remove = useCallback(
    async (document: DocumentSummary) => {
      setStatus({ kind: 'busy', message: `Removing “${document.title}”…` })
      try {
        await client.request('documents.remove', { documentId: document.id })
        setStatus({ kind: 'done', message: `Removed “${document.title}”. Your notes on it are kept under “Passage not found”.` })
        await onLibraryChanged()
        // The removed document was open: the reader opens the library's default one instead.
        const route = parseRoute(window.location.hash)
        if (route.view === 'read' && route.documentId === document.id) window.location.hash = '#/read'
      } catch (error) {
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    },
    [client, onLibraryChanged],
  )

  const rename = useCallback(
    async (document: DocumentSummary, title: string) => {
      try {
        const renamed = await client.request('documents.rename', { documentId: document.id, title })
        setStatus({ kind: 'done', message: `Renamed “${document.title}” to “${renamed.document.title}”.` })
        // The reader shows the title too, when this document is open.
        const route = parseRoute(window.location.hash)
        await onLibraryChanged(route.view === 'read' && route.documentId === document.id)
        return true
      } catch (error) {
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
        return false
      }
    },
    [client, onLibraryChanged],
  )

  const setRevisionLabel = useCallback(
    async (document: DocumentSummary, number: number, label: string) => {
      try {
        const { document: relabelled } = await client.request('documents.setRevisionLabel', { documentId: document.id, number, label })
        const now = relabelled.added?.revision?.number === number ? relabelled.added.revision.label : relabelled.added?.earlierRevisions?.find((each) => each.number === number)?.label
        setStatus({ kind: 'done', message: `Revision ${number} of “${document.title}” is now labelled “${now ?? label}”.` })
        await onLibraryChanged()
        return true
      } catch (error) {
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
        return false
      }
    },
    [client, onLibraryChanged],
  )

  return { status, notices, add, addRevision, remove, rename, setRevisionLabel }
}
