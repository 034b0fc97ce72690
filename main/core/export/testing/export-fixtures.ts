/**
 * A fixed library and set of notes for the export and import tests, the
 * golden files and the benchmark: notes in accented Latin, Cyrillic, Greek,
 * Arabic and Chinese, Markdown in bodies, a note on the whole document, one
 * that needs review, orphans (passage gone, document gone), a bare highlight
 * with no body, a cited resolution with a timeline entry, and hostile text
 * (HTML, Markdown markers). Ids and dates are fixed so outputs are
 * byte-for-byte stable.
 */
import type { NoteView } from '../../../../shared/api-contract'
import { describeRange } from '../../../../shared/anchoring/describe-range'
import type { NoteCategory } from '../../../../shared/notes/categories'
import { ANNOTATION_CONTEXT, documentUrn, noteBodies, versionUrn, type Note } from '../../../../shared/notes/note-model'
import type { Library } from '../../library'
import { NotesService } from '../../notes/notes-service'
import { createMemoryNotesStore } from '../../notes/testing/memory-notes-store'
import { noteId } from '../../notes/testing/note-fixtures'
import { buildTestLibrary, SAMPLE_DOCUMENTS, type TestDocumentSpec } from '../../testing/test-library'

/** The export date every golden file uses. */
export const FIXED_NOW = new Date('2026-03-01T09:30:00.000Z')

/** Locale and time zone every golden file uses. */
export const FIXED_STYLE = { locale: 'en-GB', timeZone: 'UTC' } as const

/** A document with passages in the scripts the briefing must set. */
export const MULTILINGUAL_DOCUMENT: TestDocumentSpec = {
  id: 'sample-multilingual',
  title: 'Déclaration multilingue sur la liberté en ligne',
  kind: 'declaration',
  date: '2019-06',
  issuingBody: 'Test Body',
  body: [
    '## Passages',
    '',
    'La société civile doit être consultée à chaque étape, même à Genève.',
    '',
    'Свобода выражения мнений должна защищаться в интернете.',
    '',
    'Η ελευθερία της έκφρασης πρέπει να προστατεύεται.',
    '',
    'يجب حماية حرية التعبير على الإنترنت.',
    '',
    '网络上的言论自由必须得到保护。',
  ].join('\n'),
}

/** The library the fixtures are made on, with a timeline entry for the resolution (as the library may carry one). */
export function exportTestLibrary(): Library {
  const library = buildTestLibrary([...SAMPLE_DOCUMENTS, MULTILINGUAL_DOCUMENT])
  const timeline = [{ id: 'unga-68-167', documentId: 'sample-resolution', symbol: 'A/RES/68/167', date: '2013-12-18' }]
  return Object.assign(library, { timeline })
}

interface NoteSpec {
  readonly documentId: string
  /** The passage, found in the document's plain text; absent for a whole-document note. */
  readonly passage?: string
  readonly text?: string
  readonly tags?: readonly string[]
  readonly category?: NoteCategory | null
  readonly motivation?: Note['motivation']
  /** Minutes after 2026-02-20 09:00 UTC. */
  readonly createdAt: number
  readonly modifiedAt?: number
  /** Changes the stored quote after describing it: makes the note need review (or an orphan). */
  readonly alterQuote?: (exact: string) => string
}

/** A note on `library` as the service would have made it, with a fixed id and dates. */
export function fixtureNote(library: Library, index: number, spec: NoteSpec): Note {
  const document = library.getDocument(spec.documentId)
  const minute = (offset: number) => new Date(Date.UTC(2026, 1, 20, 9, offset)).toISOString()
  let selector: Note['target']['selector']
  if (spec.passage !== undefined) {
    if (!document) throw new Error(`fixture: no document ${spec.documentId}`)
    const at = document.plainText.indexOf(spec.passage)
    if (at === -1) throw new Error(`fixture: "${spec.passage}" is not in ${spec.documentId}`)
    const start = [...document.plainText.slice(0, at)].length
    const [quote, position] = describeRange(document.plainText, start, start + [...spec.passage].length)
    selector = [{ ...quote, exact: spec.alterQuote ? spec.alterQuote(quote.exact) : quote.exact }, position]
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: noteId(index),
    type: 'Annotation',
    motivation: spec.motivation ?? (spec.text ? 'commenting' : 'highlighting'),
    created: minute(spec.createdAt),
    modified: minute(spec.modifiedAt ?? spec.createdAt),
    body: noteBodies({ text: spec.text ?? '', tags: spec.tags ?? [], category: spec.category ?? null }),
    target: {
      source: documentUrn(spec.documentId),
      state: versionUrn(document?.version ?? '0000000000000000'),
      ...(selector ? { selector } : {}),
    },
  }
}

/** The fixture notes, in the order they were "made" (not reading order). */
export function exportTestNotes(library: Library): Note[] {
  const specs: NoteSpec[] = [
    {
      documentId: 'sample-statement',
      passage: 'accountability and transparency',
      text: '**Key** framing for the delegation, with *emphasis*.\n\nPoints to raise:\n- multistakeholder engagement\n- transparency of the ITU process',
      tags: ['itu', 'accountability'],
      category: 'key-point',
      createdAt: 0,
      modifiedAt: 45,
    },
    {
      documentId: 'sample-statement',
      passage: 'the same rights that people have offline must also be protected online',
      text: 'Préoccupation : la société civile n’est pas consultée — à vérifier auprès de l’équipe à Genève.',
      tags: ['société civile'],
      category: 'concern',
      createdAt: 5,
    },
    { documentId: 'sample-statement', text: 'Overall: strong on process,\nweak on substance.', category: null, createdAt: 7 },
    {
      documentId: 'sample-statement',
      passage: 'The coalition meets every year.',
      text: 'Check the date of the next meeting.',
      category: 'follow-up',
      createdAt: 9,
      alterQuote: (exact) => exact.replace('every year', 'each year'),
    },
    {
      documentId: 'sample-statement',
      passage: 'The coalition meets every year.',
      text: 'This sentence was cut from the final text.',
      category: 'question',
      createdAt: 11,
      alterQuote: () => 'A passage that the final statement no longer contains at all, anywhere',
    },
    {
      documentId: 'sample-resolution',
      passage: 'the right to privacy in digital communication',
      text: 'Что означает «цифровая коммуникация» в этом контексте?',
      tags: ['приватность'],
      category: 'question',
      createdAt: 13,
    },
    {
      documentId: 'sample-resolution',
      passage: 'Affirming that the same rights',
      text: 'Ελέγξτε τη διατύπωση της παραγράφου.',
      category: 'follow-up',
      createdAt: 15,
    },
    {
      documentId: 'sample-multilingual',
      passage: 'يجب حماية حرية التعبير على الإنترنت.',
      text: 'يجب مراجعة هذه الفقرة مع الوفد قبل الجلسة.',
      tags: ['حقوق'],
      category: 'reference',
      createdAt: 17,
    },
    {
      documentId: 'sample-multilingual',
      passage: '网络上的言论自由必须得到保护。',
      text: '需要与代表团讨论这一段。',
      tags: ['言论自由'],
      category: 'key-point',
      createdAt: 19,
    },
    {
      documentId: 'sample-multilingual',
      passage: 'Свобода выражения мнений',
      text: 'Η φράση «ελευθερία της έκφρασης» και «société civile» στο ίδιο σημείωμα.',
      category: 'concern',
      createdAt: 21,
    },
    {
      documentId: 'sample-statement',
      passage: 'The coalition meets every year.',
      text: '<img src=x onerror=alert(1)> & "double" \'single\' </p><script>alert(2)</script>',
      tags: ['<b>bold</b>', 'a&b'],
      category: 'concern',
      createdAt: 23,
    },
    {
      documentId: 'sample-statement',
      passage: 'importance of',
      text: '# not a heading\n1. a real list\n\n[a link](http://example.org) `code` snake_case *em* > not a quote\n---\n<div>html</div>',
      tags: ['#hash', '*star*'],
      category: 'reference',
      createdAt: 25,
    },
    { documentId: 'withdrawn-document', text: 'Notes on a document that was later withdrawn from the library.', tags: ['archive'], createdAt: 27 },
    // A bare highlight: no text, tags or category, so no body at all.
    { documentId: 'sample-multilingual', passage: 'La société civile doit être consultée', category: null, createdAt: 29 },
  ]
  return specs.map((spec, index) => fixtureNote(library, index + 1, spec))
}

/** The fixture notes with their anchors, as NotesService.list() gives them. */
export function exportTestViews(library: Library = exportTestLibrary(), notes: readonly Note[] = exportTestNotes(library)): NoteView[] {
  return new NotesService(library, createMemoryNotesStore(notes)).list()
}
