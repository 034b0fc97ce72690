/**
 * Shared by the notes service's tests: a service over the sample library
 * with a clock the test moves, ranges found by phrase, and the failure
 * every refused call must give.
 */
import { expect } from 'vitest'
import type { LibraryDocument } from '../../../../shared/document-model'
import type { Note } from '../../../../shared/notes/note-model'
import { ApiFailure } from '../../api-failure'
import type { Library } from '../../library'
import { buildTestLibrary, type TestDocumentSpec } from '../../testing/test-library'
import { NotesService, type NewNote } from '../notes-service'
import type { NotesStore } from '../notes-store'
import { createMemoryNotesStore } from './memory-notes-store'

/** The sample statement's id. */
export const STATEMENT = 'sample-statement'
/** The sample resolution's id. */
export const RESOLUTION = 'sample-resolution'
/** An ISO timestamp in UTC with milliseconds. */
export const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
/** A random (v4) UUID as a URN. */
export const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** A clock the test moves by hand; it can step back. */
export function testClock(start = Date.UTC(2024, 4, 1, 9, 0, 0)) {
  let time = start
  return {
    now: () => new Date(time),
    set: (ms: number) => {
      time = ms
    },
    advance: (ms: number) => {
      time += ms
    },
  }
}

/** A notes service over the sample library, a memory store (unless given) and a hand-moved clock. */
export function setup(options: { library?: Library; store?: NotesStore; notes?: readonly Note[] } = {}) {
  const library = options.library ?? buildTestLibrary()
  const store = options.store ?? createMemoryNotesStore(options.notes ?? [])
  const clock = testClock()
  const service = new NotesService(library, store, clock.now)
  return { library, store, clock, service }
}

/** The library's document `id`; throws if there is none. */
export function documentOf(library: Library, id: string): LibraryDocument {
  const document = library.getDocument(id)
  if (!document) throw new Error(`no document ${id}`)
  return document
}

/** [start, end) in code points of the `occurrence`-th `phrase` in the document's plain text. */
export function rangeOf(document: LibraryDocument, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= occurrence; i++) {
    at = document.plainText.indexOf(phrase, at + 1)
    if (at < 0) throw new Error(`"${phrase}" not in ${document.id}`)
  }
  const start = [...document.plainText.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

/** Runs `action`, expects an ApiFailure with `code`, returns its message. */
export async function expectFailure(action: Promise<unknown> | (() => unknown), code: string): Promise<string> {
  let caught: unknown
  try {
    await (typeof action === 'function' ? action() : action)
  } catch (error) {
    caught = error
  }
  expect(caught, `expected an ApiFailure "${code}"`).toBeInstanceOf(ApiFailure)
  const failure = caught as ApiFailure
  expect(failure.code).toBe(code)
  expect(failure.message.trim().length).toBeGreaterThan(10)
  return failure.message
}

/** A highlight on `range`, as the API receives one. */
export function highlight(documentId: string, range: { start: number; end: number }, extra: Partial<NewNote> = {}): NewNote {
  return { documentId, range, motivation: 'highlighting', ...extra }
}

/** A document of well over 20,000 characters. */
export function longDocument(): TestDocumentSpec {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. ${'The coalition works together on internet freedom. '.repeat(12).trim()}`)
  return { id: 'long', title: 'A long document', body: paragraphs.join('\n\n') }
}
