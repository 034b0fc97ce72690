/** Note views for All notes' unit tests: a note on a document, at a position, with dates, tags and a category. */
import type { NoteView } from '../../../../shared/api-contract'
import type { NoteCategory } from '../../../../shared/notes/categories'
import { documentUrn, noteBodies } from '../../../../shared/notes/note-model'

/** What a test note differs in; the rest is a plain highlight. */
export interface TestNote {
  readonly n: number
  readonly document?: string
  /** Where its passage starts; 'document' for a note on the whole document, 'orphaned' for a lost passage. */
  readonly at?: number | 'document' | 'orphaned'
  readonly created?: string
  readonly modified?: string
  readonly tags?: readonly string[]
  readonly category?: NoteCategory | null
}

/** The view of test note `spec.n`; its id ends in n. */
export function testView(spec: TestNote): NoteView {
  const at = spec.at ?? spec.n * 10
  const created = spec.created ?? `2026-01-${String(spec.n).padStart(2, '0')}T10:00:00.000Z`
  return {
    note: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: testId(spec.n),
      type: 'Annotation',
      motivation: 'commenting',
      created,
      modified: spec.modified ?? created,
      body: noteBodies({ text: `Note ${spec.n}`, tags: [...(spec.tags ?? [])], category: spec.category ?? null }),
      target: { source: documentUrn(spec.document ?? 'doc-a') },
    },
    anchor: at === 'document' ? { status: 'document' } : at === 'orphaned' ? { status: 'orphaned' } : { status: 'exact', start: at, end: at + 5 },
  }
}

/** The id of test note `n`. */
export function testId(n: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** The numbers of `views`' notes, in order. */
export function numbers(views: readonly NoteView[]): number[] {
  return views.map((view) => Number(view.note.id.slice(-12)))
}
