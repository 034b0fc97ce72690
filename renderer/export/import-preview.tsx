/**
 * What importing a file would do, note by note: each note under New,
 * Updated, Unchanged, Conflicting or Rejected, named by its quote, document
 * and the start of its text, with a warning when its passage is not in the
 * bundled text or the file dated it in the future. Notes the import would
 * write carry a box to leave them out; rejected items say, by position in
 * the file, why in words.
 */
import { useId } from 'react'
import type { ImportEntry, ImportRejection, ImportSummary } from '../../shared/import-model'
import { IsolatedText } from '../ui/isolated-text'
import { ImportGroup, type GroupTicking } from './import-group'
import { countNotes, groupTick } from './import-selection'

/** The preview of `summary`; `selected` holds the ticked ids, changed through `onTick`. */
export function ImportPreview(props: { fileName: string; summary: ImportSummary; selected: ReadonlySet<string>; onTick: (ids: readonly string[], on: boolean) => void }) {
  const { fileName, summary, selected, onTick } = props
  const ticking = (entries: readonly ImportEntry[]): GroupTicking => ({ tick: groupTick(selected, entries), onChange: (on) => onTick(entries.map((entry) => entry.id), on) })
  const row = (tickable: boolean) => (entry: ImportEntry) => <NoteRow entry={entry} ticked={tickable ? selected.has(entry.id) : undefined} onTick={onTick} />
  const notFound = [...summary.new, ...summary.updated, ...summary.conflicting].filter((entry) => entry.passage === 'not-found').length
  return (
    <div className="import-summary">
      <p className="modal-text">
        “{fileName}” holds {summary.items === 1 ? '1 item' : `${summary.items.toLocaleString('en')} items`}. Untick any note you do not want to import.
      </p>
      {notFound > 0 && (
        <p className="import-warning" role="note">
          {countNotes(notFound)} {notFound === 1 ? 'has a passage that is' : 'have passages that are'} not in the bundled text: {notFound === 1 ? 'it' : 'they'} will be kept under Passage not found.
        </p>
      )}
      <div className="import-groups">
        <ImportGroup title="New" hint="Not in your notes yet." items={summary.new} initiallyOpen keyOf={(entry) => entry.id} renderItem={row(true)} ticking={ticking(summary.new)} />
        <ImportGroup title="Updated" hint="Changed in the file more recently than in your notes: the file’s version replaces yours." items={summary.updated} initiallyOpen keyOf={(entry) => entry.id} renderItem={row(true)} ticking={ticking(summary.updated)} />
        <ImportGroup title="Conflicting" hint="Changed both in the file and in your notes at the same time: both are kept, the file’s as a copy." items={summary.conflicting} initiallyOpen keyOf={(entry) => entry.id} renderItem={row(true)} ticking={ticking(summary.conflicting)} />
        <ImportGroup title="Unchanged" hint="Already in your notes; nothing changes." items={summary.unchanged} initiallyOpen={false} keyOf={(entry) => `${entry.item}`} renderItem={row(false)} />
        <ImportGroup title="Rejected" hint="These items cannot be imported; the others can." items={summary.rejected} initiallyOpen keyOf={(item) => `${item.item}`} renderItem={(item) => <RejectionRow rejection={item} />} />
      </div>
      <p className="modal-hint">Notes the file does not name are left as they are. A copy of your notes is kept before anything changes.</p>
    </div>
  )
}

/** One note: its box (when it can be left out), quote, document and text, and its warnings. */
function NoteRow({ entry, ticked, onTick }: { entry: ImportEntry; ticked: boolean | undefined; onTick: (ids: readonly string[], on: boolean) => void }) {
  const warningsId = useId()
  const warnings = noteWarnings(entry)
  const name = (
    <>
      <span className="import-note-quote">{entry.quote ? <IsolatedText text={`“${entry.quote}”`} /> : '(whole document)'}</span>{' '}
      <span className="import-note-document">
        in <IsolatedText text={entry.documentTitle} />
      </span>
      {entry.text && (
        <>
          {' '}
          <span className="import-note-text">
            <IsolatedText text={entry.text} />
          </span>
        </>
      )}
    </>
  )
  return (
    <>
      {ticked === undefined ? (
        <div className="import-note">{name}</div>
      ) : (
        <label className="import-note">
          <input type="checkbox" checked={ticked} aria-describedby={warnings.length > 0 ? warningsId : undefined} onChange={(event) => onTick([entry.id], event.target.checked)} /> {name}
        </label>
      )}
      {(warnings.length > 0 || entry.detail) && (
        <div id={warningsId} className="import-note-notes">
          {warnings.map((warning) => (
            <p key={warning} className="import-warning">
              {warning}
            </p>
          ))}
          {entry.detail && <p className="modal-hint">{entry.detail}</p>}
        </div>
      )}
    </>
  )
}

/** What the user should know about a note before importing it. */
function noteWarnings(entry: ImportEntry): string[] {
  const warnings: string[] = []
  if (entry.passage === 'not-found') warnings.push('Its passage cannot be found in the bundled text: it will be kept under Passage not found.')
  if (entry.passage === 'needs-review') warnings.push('Its passage reads differently in the bundled text: you will be asked to review it.')
  if (entry.futureTime !== undefined) warnings.push(`The file dates it ${entry.futureTime}, in the future: it is imported as changed now.`)
  return warnings
}

/** A rejected item: its position in the file and why, in words. */
function RejectionRow({ rejection }: { rejection: ImportRejection }) {
  return (
    <div className="import-rejection">
      <strong>Item {rejection.item}</strong>: <IsolatedText text={rejection.reason} />{' '}
      <span className="import-note-document">
        (<IsolatedText text={rejection.label} />)
      </span>
    </div>
  )
}
