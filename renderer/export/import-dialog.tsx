/**
 * "Import notes": choose a JSON file (this app's export, or W3C annotations
 * from another tool), see what importing it would do (new, updated,
 * unchanged, conflicting and rejected items, each rejection with its reason),
 * then confirm or cancel. Nothing changes before the confirmation; a file
 * that is not valid is named with its first problem and where it is.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ApiOutput } from '../../shared/api-contract'
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_LABEL, type ImportSummary } from '../../shared/import-model'
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import { IsolatedText } from '../ui/isolated-text'
import './modal.css'
import './import-dialog.css'

type Stage =
  | { kind: 'choose'; message: string | null }
  | { kind: 'preview'; fileName: string; text: string; summary: ImportSummary }
  | { kind: 'working' }
  | { kind: 'done'; result: Extract<ApiOutput<'notes.importConfirm'>, { ok: true }>['result'] }

/** The import dialog, open while mounted; `onImported` runs after a confirmed import. */
export function ImportDialog({ client, onImported, onClose }: { client: ApiClient; onImported: () => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'choose', message: null })
  const titleId = useId()
  const fileId = useId()

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
      setStage({ kind: 'preview', fileName: file.name, text, summary: preview.summary })
    } catch (error) {
      setStage({ kind: 'choose', message: error instanceof ApiCallError ? error.message : `“${file.name}” could not be read.` })
    }
  }

  const confirm = async (text: string) => {
    setStage({ kind: 'working' })
    try {
      const outcome = await client.request('notes.importConfirm', { text })
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
    <dialog ref={dialogRef} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Import notes</h2>
      {stage.kind === 'choose' && (
        <>
          <p className="modal-text">Choose a notes file exported from FOC Reader (JSON), or W3C Web Annotation JSON from another tool. You will see what it contains before anything changes.</p>
          <label className="button" htmlFor={fileId}>
            Choose file…
          </label>
          <input id={fileId} className="visually-hidden" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(event) => void choose(event.target.files?.[0])} />
          {stage.message && (
            <p className="modal-status modal-status-error" role="alert">
              {stage.message}
            </p>
          )}
        </>
      )}
      {stage.kind === 'preview' && <ImportSummaryView fileName={stage.fileName} summary={stage.summary} />}
      {stage.kind === 'working' && <p role="status">Importing…</p>}
      {stage.kind === 'done' && (
        <p className="modal-status modal-status-done" role="status">
          Imported: {stage.result.summary.new.length} new, {stage.result.summary.updated.length} updated, {stage.result.summary.conflicting.length} kept as copies.
          {stage.result.backupPath && ` Your notes before the import are saved in ${stage.result.backupPath}.`}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {stage.kind === 'done' ? 'Close' : 'Cancel'}
        </button>
        {stage.kind === 'preview' && (
          <button type="button" className="button button-primary" onClick={() => void confirm(stage.text)} disabled={stage.summary.new.length + stage.summary.updated.length + stage.summary.conflicting.length === 0}>
            Import
          </button>
        )}
      </div>
    </dialog>
  )
}

function ImportSummaryView({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const rows: ReadonlyArray<[string, number]> = [
    ['New', summary.new.length],
    ['Updated (newer in the file)', summary.updated.length],
    ['Unchanged', summary.unchanged.length],
    ['Conflicting (both kept)', summary.conflicting.length],
    ['Rejected', summary.rejected.length],
  ]
  return (
    <div className="import-summary">
      <p className="modal-text">
        “{fileName}” holds {summary.items === 1 ? '1 note' : `${summary.items} notes`}. Importing it would change:
      </p>
      <table aria-label="Import summary">
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.rejected.length > 0 && (
        <ul className="import-rejections" aria-label="Rejected items">
          {summary.rejected.slice(0, 20).map((item) => (
            <li key={item.path}>
              <strong>
                <IsolatedText text={item.label} />
              </strong>{' '}
              ({item.path}): <IsolatedText text={item.reason} />
            </li>
          ))}
          {summary.rejected.length > 20 && <li>…and {summary.rejected.length - 20} more.</li>}
        </ul>
      )}
      <FutureDatedNotes summary={summary} />
      <p className="modal-hint">Notes the file does not name are left as they are. A copy of your notes is kept before anything changes.</p>
    </div>
  )
}

/** Notes the file dates in the future: they are imported with the time of the import instead. */
function FutureDatedNotes({ summary }: { summary: ImportSummary }) {
  const dated = [...summary.new, ...summary.updated, ...summary.conflicting].filter((entry) => entry.futureTime !== undefined)
  if (dated.length === 0) return null
  return (
    <div className="import-future" role="note">
      <p className="modal-text">
        {dated.length === 1 ? '1 note is' : `${dated.length} notes are`} dated in the future in this file; {dated.length === 1 ? 'it is' : 'they are'} imported as changed now:
      </p>
      <ul aria-label="Notes dated in the future">
        {dated.slice(0, 20).map((entry) => (
          <li key={entry.id}>
            <IsolatedText text={entry.excerpt} /> (dated {entry.futureTime})
          </li>
        ))}
        {dated.length > 20 && <li>…and {dated.length - 20} more.</li>}
      </ul>
    </div>
  )
}
