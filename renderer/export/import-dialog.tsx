/**
 * "Import notes": choose a JSON file (this app's export, or W3C annotations
 * from another tool), see what importing it would do note by note (see
 * ImportPreview), untick any note to leave it out, then confirm or cancel.
 * Nothing changes before the confirmation, which imports exactly the ticked
 * notes; a file that cannot be read as a whole is named with its problem.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_LABEL, type ImportResult, type ImportSummary } from '../../shared/import-model'
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import { FilePickerButton } from '../ui/file-picker-button'
import { IsolatedText } from '../ui/isolated-text'
import { ImportPreview } from './import-preview'
import { countNotes, selectableIds, withTicked } from './import-selection'
import './modal.css'
import './import-dialog.css'

type Stage =
  | { kind: 'choose'; message: string | null }
  | { kind: 'preview'; fileName: string; text: string; summary: ImportSummary; selected: ReadonlySet<string> }
  | { kind: 'working' }
  | { kind: 'done'; result: ImportResult }

/** The import dialog, open while mounted; `onImported` runs after a confirmed import. */
export function ImportDialog({ client, onImported, onClose }: { client: ApiClient; onImported: () => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'choose', message: null })
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const choose = async (file: File | undefined) => {
    if (!file) return
    // The core checks again; reading a larger file would only be thrown away.
    if (file.size > MAX_IMPORT_BYTES) {
      setStage({ kind: 'choose', message: `“${file.name}” is too large to import (at most ${MAX_IMPORT_SIZE_LABEL}).` })
      return
    }
    try {
      const text = await file.text()
      const preview = await client.request('notes.importPreview', { text })
      if (!preview.ok) {
        setStage({ kind: 'choose', message: `“${file.name}” cannot be imported: ${preview.error.message}${preview.error.path ? ` (at ${preview.error.path})` : ''}. Your notes are unchanged.` })
        return
      }
      setStage({ kind: 'preview', fileName: file.name, text, summary: preview.summary, selected: new Set(selectableIds(preview.summary)) })
    } catch (error) {
      setStage({ kind: 'choose', message: error instanceof ApiCallError ? error.message : `“${file.name}” could not be read.` })
    }
  }

  const tick = (ids: readonly string[], on: boolean) => setStage((current) => (current.kind === 'preview' ? { ...current, selected: withTicked(current.selected, ids, on) } : current))

  const confirm = async (text: string, selected: ReadonlySet<string>) => {
    setStage({ kind: 'working' })
    try {
      const outcome = await client.request('notes.importConfirm', { text, ids: [...selected] })
      if (!outcome.ok) {
        setStage({ kind: 'choose', message: `The file cannot be imported: ${outcome.error.message}. Your notes are unchanged.` })
        return
      }
      setStage({ kind: 'done', result: outcome.result })
      onImported()
    } catch (error) {
      setStage({ kind: 'choose', message: error instanceof ApiCallError ? error.message : 'The import failed. Your notes are unchanged.' })
    }
  }

  return (
    <dialog ref={dialogRef} className={stage.kind === 'preview' || stage.kind === 'done' ? 'modal modal-wide' : 'modal'} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Import notes</h2>
      {stage.kind === 'choose' && (
        <>
          <p className="modal-text">Choose a notes file exported from FOC Reader (JSON), or W3C Web Annotation JSON from another tool. You will see what it contains before anything changes.</p>
          <FilePickerButton className="button" accept=".json,.jsonld,application/json,application/ld+json" onFile={(file) => void choose(file)}>
            Choose file…
          </FilePickerButton>
          {stage.message && (
            <p className="modal-status modal-status-error" role="alert">
              {stage.message}
            </p>
          )}
        </>
      )}
      {stage.kind === 'preview' && <ImportPreview fileName={stage.fileName} summary={stage.summary} selected={stage.selected} onTick={tick} />}
      {stage.kind === 'working' && <p role="status">Importing…</p>}
      {stage.kind === 'done' && <ImportReport result={stage.result} />}
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {stage.kind === 'done' ? 'Close' : 'Cancel'}
        </button>
        {stage.kind === 'preview' && (
          <button type="button" className="button button-primary" onClick={() => void confirm(stage.text, stage.selected)} disabled={stage.selected.size === 0}>
            Import {countNotes(stage.selected.size)}
          </button>
        )}
      </div>
    </dialog>
  )
}

/** Rejected items the report names one by one; the preview lists them all. */
const REPORTED_REJECTIONS = 200

/** What a confirmed import did, in words: counts, the notes left out, and each rejected item with why. */
function ImportReport({ result }: { result: ImportResult }) {
  const { summary } = result
  const notFound = [...summary.new, ...summary.updated, ...summary.conflicting].filter((entry) => entry.passage === 'not-found').length
  return (
    <div className="import-summary">
      <p className="modal-status modal-status-done" role="status">
        Imported: {summary.new.length} new, {summary.updated.length} updated, {summary.conflicting.length} kept as copies.
        {summary.skipped.length > 0 && ` ${countNotes(summary.skipped.length)} left out as you chose.`}
        {notFound > 0 && ` ${countNotes(notFound)} kept under Passage not found.`}
        {result.backupPath && ` Your notes before the import are saved in ${result.backupPath}.`}
      </p>
      {summary.rejected.length > 0 && (
        <>
          <p className="modal-text">{summary.rejected.length === 1 ? '1 item was not imported:' : `${summary.rejected.length.toLocaleString('en')} items were not imported:`}</p>
          <ul className="import-list import-rejections" aria-label="Not imported">
            {summary.rejected.slice(0, REPORTED_REJECTIONS).map((item) => (
              <li key={item.item} className="import-item">
                Item {item.item}: <IsolatedText text={item.reason} />
              </li>
            ))}
            {summary.rejected.length > REPORTED_REJECTIONS && <li className="import-item">…and {(summary.rejected.length - REPORTED_REJECTIONS).toLocaleString('en')} more, listed in the preview.</li>}
          </ul>
        </>
      )}
    </div>
  )
}
