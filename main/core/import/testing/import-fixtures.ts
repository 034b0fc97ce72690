/**
 * Files to import in tests and the benchmark: this app's own export of the
 * fixture notes, and annotations as other W3C tools write them.
 */
import type { Note } from '../../../../shared/notes/note-model'
import { buildAnnotationCollection, serializeAnnotationCollection } from '../../export/annotation-json'
import { FIXED_NOW } from '../../export/testing/export-fixtures'
import type { Library } from '../../library'
import { NotesService } from '../../notes/notes-service'
import type { NotesStore } from '../../notes/notes-store'
import { ImportService } from '../import-service'

/** The import use case over `store`, writing through a notes service as the app does. */
export function importInto(library: Library, store: NotesStore, now: () => Date = () => new Date()): ImportService {
  return new ImportService(library, new NotesService(library, store, now), now)
}

/** This app's JSON export of `notes`, as a file's text. */
export function appExportText(notes: readonly Note[], generated: Date = FIXED_NOW): string {
  return serializeAnnotationCollection(
    buildAnnotationCollection(notes, { id: 'urn:uuid:00000000-0000-4000-8000-00000000c0de', label: 'FOC Reader notes: All notes', generated, appVersion: '0.1.0' }),
  )
}

/** An annotation as another tool might write it: on the statement's published URL, by quote. */
export function foreignAnnotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example.org/anno/42',
    type: 'Annotation',
    created: '2025-11-02T10:00:00Z',
    modified: '2025-11-03T08:30:00+01:00',
    body: [
      { type: 'TextualBody', value: 'A colleague’s comment.', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'privacy', purpose: 'tagging' },
    ],
    target: {
      source: 'urn:foc-reader:document:sample-resolution',
      selector: { type: 'TextQuoteSelector', exact: 'the right to privacy in digital communication', prefix: 'respect and protect ', suffix: '.' },
    },
    ...overrides,
  }
}
