/**
 * One document's part of the briefing page, and each note in it: number,
 * category, reference and flags, the quoted passage, the note's text (the
 * app's one note-text rendering), tags and dates.
 */
import { parseNoteText } from '../../../shared/notes/note-text'
import { NoteTextBlocks } from '../../../shared/notes/note-text-view'
import { documentMeta, FLAG_LABELS, formatDateTime, quoteParagraphs, type BriefingDocument, type BriefingNote, type DateStyle } from './briefing-content'
import { textLanguage } from './text-language'
import { formatPlace } from '../../../shared/paragraph-numbers'
import { revisionMark } from './note-revision'

/** The language of the bundled documents, for quoted passages in Latin script. */
const DOCUMENT_LANGUAGE = 'en'

/** How to show a document's part. */
interface DocumentSectionProps {
  readonly document: BriefingDocument
  /** 2 when the document is a group of its own, 3 under a category or tag heading. */
  readonly level: 2 | 3
  /** Keeps heading ids unique when a document appears in several groups. */
  readonly idPrefix?: string
  readonly includeDates: boolean
  readonly style: DateStyle
}

/** A document's heading (its title, said once), its facts, and its notes in reading order. */
export function DocumentSection({ document, level, idPrefix = '', includeDates, style }: DocumentSectionProps) {
  const id = `document-${idPrefix}${document.documentId || 'unknown'}`
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section className="document" aria-labelledby={id}>
      <Heading id={id} dir="auto">
        {document.title}
      </Heading>
      <p className="document-meta">{documentMeta(document, style)}</p>
      {document.notes.map((note) => (
        <NoteArticle key={note.number} note={note} includeDates={includeDates} style={style} />
      ))}
    </section>
  )
}

/** A category's glyph, beside its name (which says the same to a screen reader). */
export function Glyph({ glyph }: { glyph: string }) {
  return (
    <span className="glyph" aria-hidden="true">
      {glyph}
    </span>
  )
}

function NoteArticle({ note, includeDates, style }: { note: BriefingNote; includeDates: boolean; style: DateStyle }) {
  const { view, content } = note
  const body = parseNoteText(content.text)
  return (
    <article className="note" data-category={note.category?.id ?? 'none'} id={`note-${note.number}`}>
      <NoteHead note={note} />
      {note.quote !== null ? (
        <Passage quote={note.quote} currentText={note.currentText} />
      ) : view.anchor.status === 'document' ? (
        <p className="whole-document">On the whole document</p>
      ) : null}
      {note.orphanReason !== null ? <p className="orphan-reason">{note.orphanReason}</p> : null}
      {body.children.length > 0 ? (
        <div className="note-body" lang={textLanguage(content.text)} dir="auto">
          <NoteTextBlocks tree={body} />
        </div>
      ) : null}
      {content.tags.length > 0 ? (
        <p className="tags">
          Tags:{' '}
          {content.tags.map((tag, index) => (
            <span key={index} className="tag" lang={textLanguage(tag)} dir="auto">
              {tag}
            </span>
          ))}
        </p>
      ) : null}
      {includeDates ? (
        <p className="note-foot">
          Created <Time iso={view.note.created} style={style} />
          {Date.parse(view.note.modified) === Date.parse(view.note.created) ? null : (
            <>
              {' · Modified '}
              <Time iso={view.note.modified} style={style} />
            </>
          )}
        </p>
      ) : null}
    </article>
  )
}

/** Number, category, where the passage is in its document (whose title heads the section), its revision, and flags, on one line. */
function NoteHead({ note }: { note: BriefingNote }) {
  const where = note.reference === null ? '' : formatPlace(note.reference)
  const parts = [
    <span key="number" className="note-number">
      {note.number}
    </span>,
    note.category ? (
      <span key="category" className="category">
        <Glyph glyph={note.category.glyph} />
        {note.category.label}
      </span>
    ) : (
      <span key="category" className="category category-none">
        No category
      </span>
    ),
    ...(where === '' ? [] : [<span key="ref" className="ref">{where}</span>]),
    ...(note.revision ? [<span key="revision" className="ref">{revisionMark(note.revision)}</span>] : []),
    ...note.flags.map((flag) => (
      <span key={flag} className={`flag flag-${flag}`}>
        {FLAG_LABELS[flag]}
      </span>
    )),
  ]
  return <p className="note-head">{parts.flatMap((part, index) => (index === 0 ? [part] : [' ', part]))}</p>
}

/** The quoted passage, paragraph by paragraph, and what the text says now where it changed. */
function Passage({ quote, currentText }: { quote: string; currentText: string | null }) {
  return (
    <>
      <blockquote lang={textLanguage(quote, DOCUMENT_LANGUAGE)} dir="auto">
        {quoteParagraphs(quote).map((lines, index) => (
          <p key={index}>{lines.flatMap((line, at) => (at === 0 ? [line] : [<br key={at} />, line]))}</p>
        ))}
      </blockquote>
      {currentText !== null ? (
        <p className="now-reads">
          The text here now reads:{' '}
          <q lang={textLanguage(currentText, DOCUMENT_LANGUAGE)} dir="auto">
            {currentText}
          </q>
        </p>
      ) : null}
    </>
  )
}

function Time({ iso, style }: { iso: string; style: DateStyle }) {
  return <time dateTime={iso}>{formatDateTime(iso, style)}</time>
}
