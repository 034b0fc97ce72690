/**
 * "Export notes": what (all notes, one document, or the current filter)
 * and in which form (PDF briefing, Word briefing, Markdown, W3C annotation
 * JSON); for a briefing, its title, details and structure, remembered in
 * the data folder for the next export. Electron saves through its save
 * dialog; browser mode downloads or prints.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { AppInfo } from '../../shared/api-contract'
import { DEFAULT_BRIEFING_OPTIONS, defaultBriefingTitle, type BriefingOptionsInput } from '../../shared/briefing-options'
import { listSelectionSummary, type ExportFormat, type ExportSelection, type ListSelection, type PaperSize } from '../../shared/export-model'
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import { BriefingFields } from './briefing-fields'
import { loadRevisedNotes, touchesRevisedDocument, type RevisedNotes } from './revised-notes'
import { downloadBase64, downloadText, printBriefing } from './save-in-browser'
import './modal.css'

/** Props of the dialog. */
export interface ExportDialogProps {
  readonly client: ApiClient
  readonly mode: AppInfo['mode']
  /** The open document, if any, for "this document". */
  readonly document: { readonly id: string; readonly title: string } | null
  /** The notes the current filter shows (the Notes panel's or All notes'), if one is set, or the notes ticked in All notes. */
  readonly filter: ListSelection | null
  onClose(): void
}

const FORMATS: ReadonlyArray<[ExportFormat, string, string]> = [
  ['pdf', 'PDF briefing', 'For reading and printing'],
  ['docx', 'Word briefing (.docx)', 'To edit, merge and file'],
  ['markdown', 'Markdown', 'For any text editor'],
  ['json', 'JSON (W3C Web Annotation)', 'A complete copy: back up or share, then import'],
]

/** The export dialog, open while mounted. */
export function ExportDialog({ client, mode, document, filter, onClose }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  // Notes ticked in All notes are what the user asked to export: offered first.
  const [scope, setScope] = useState<ExportSelection['scope']>(filter?.scope === 'notes' ? 'notes' : document ? 'document' : 'all')
  const [format, setFormat] = useState<ExportFormat>('pdf')
  const [paper, setPaper] = useState<PaperSize>('A4')
  const [briefing, setBriefing] = useState<BriefingOptionsInput>(DEFAULT_BRIEFING_OPTIONS)
  const isBriefing = format === 'pdf' || format === 'docx'
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message: string }>({ kind: 'idle', message: '' })
  const titleId = useId()
  const [revised, setRevised] = useState<RevisedNotes>(new Map())

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    let live = true
    // The last export's choices; without them (a damaged file is read as the defaults) the dialog starts from the defaults.
    client.request('briefing.getOptions', {}).then(
      ({ options }) => live && setBriefing((current) => (current === DEFAULT_BRIEFING_OPTIONS ? options : current)),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [client])

  useEffect(() => {
    let live = true
    // Without the list the changes section is simply not offered.
    loadRevisedNotes(client).then(
      (notes) => live && setRevised(notes),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [client])

  const defaultTitle = defaultBriefingTitle(scope === 'document' && document ? document.title : (scope === 'filter' || scope === 'notes') && filter ? listSelectionSummary(filter) : 'All notes')

  const selection = (): ExportSelection => {
    if (scope === 'document' && document) return { scope: 'document', documentId: document.id }
    if ((scope === 'filter' || scope === 'notes') && filter?.scope === scope) return filter
    return { scope: 'all' }
  }

  const run = async () => {
    setStatus({ kind: 'working', message: 'Exporting…' })
    // Options remembered before the statement annex existed lack it: off.
    const chosen = { ...briefing, statementAnnex: briefing.statementAnnex ?? false, revisionChanges: briefing.revisionChanges ?? false, redlineAnnex: briefing.redlineAnnex ?? false }
    try {
      if (isBriefing) {
        // Remembering the choices is a convenience: the export goes ahead without it.
        await client.request('briefing.setOptions', { options: chosen }).catch(() => undefined)
      }
      const file = await client.request('notes.export', { selection: selection(), format, ...(isBriefing ? { paper, briefing: chosen } : {}) })
      if (mode === 'electron') {
        const saved = await client.request('export.save', {
          fileName: file.fileName,
          format,
          ...(format === 'pdf' ? { briefingPath: file.briefingPath, paper } : { content: file.content }),
        })
        setStatus(saved.saved ? { kind: 'done', message: `Saved ${file.noteCount} notes to ${saved.path ?? file.fileName}.` } : { kind: 'idle', message: '' })
        return
      }
      if (format === 'pdf' && file.briefingPath) {
        const opened = printBriefing(file.briefingPath)
        setStatus(opened ? { kind: 'done', message: `The briefing (${file.noteCount} notes) opened in a new tab: choose “Save as PDF” in the print dialog.` } : { kind: 'error', message: 'The browser blocked the new tab. Allow pop-ups for this page and try again.' })
        return
      }
      if (format === 'docx') downloadBase64(file.fileName, file.content, file.mediaType)
      else downloadText(file.fileName, file.content, file.mediaType)
      setStatus({ kind: 'done', message: `Downloaded ${file.fileName} (${file.noteCount} notes).` })
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof ApiCallError ? error.message : 'The export failed.' })
    }
  }

  return (
    <dialog ref={dialogRef} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          void run()
        }}
      >
        <h2 id={titleId}>Export notes</h2>
        <fieldset>
          <legend>Which notes</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            All notes
          </label>
          {document && (
            <label className="choice">
              <input type="radio" name="scope" checked={scope === 'document'} onChange={() => setScope('document')} />
              Notes on “{document.title}”
            </label>
          )}
          {filter && (
            <label className="choice">
              <input type="radio" name="scope" checked={scope === filter.scope} onChange={() => setScope(filter.scope)} />
              <span>
                {filter.scope === 'notes' ? 'The selected notes' : 'Notes the current filter shows'} <span className="choice-hint">{listSelectionSummary(filter)}</span>
              </span>
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map(([value, label, hint]) => (
            <label key={value} className="choice">
              <input type="radio" name="format" checked={format === value} onChange={() => setFormat(value)} />
              <span>
                {label} <span className="choice-hint">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {isBriefing && <BriefingFields options={briefing} defaultTitle={defaultTitle} revisions={touchesRevisedDocument(selection(), revised)} onChange={setBriefing} />}
        {isBriefing && (
          <fieldset>
            <legend>Paper</legend>
            {(['A4', 'Letter'] as const).map((size) => (
              <label key={size} className="choice">
                <input type="radio" name="paper" checked={paper === size} onChange={() => setPaper(size)} />
                {size}
              </label>
            ))}
          </fieldset>
        )}
        <p className={`modal-status modal-status-${status.kind}`} role="status">
          {status.message}
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {status.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="button button-primary" disabled={status.kind === 'working'}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  )
}
