/**
 * Property tests: whatever a file holds (random JSON, random text, or a
 * valid export damaged at random), the importer never throws, a refused
 * file never changes the store, and an accepted one never loses or changes
 * a note it does not name.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { noteSchema, type Note } from '../../../shared/notes/note-model'
import { exportTestLibrary, exportTestNotes, FIXED_NOW } from '../export/testing/export-fixtures'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { makeNote } from '../notes/testing/note-fixtures'
import { planMerge } from './merge-plan'
import { parseImport } from './parse-import'
import { appExportText, foreignAnnotation, importInto } from './testing/import-fixtures'

const library = exportTestLibrary()
const notes = exportTestNotes(library)
const validFiles = [appExportText(notes), JSON.stringify([...notes.slice(0, 4), foreignAnnotation()]), JSON.stringify(foreignAnnotation())]

function expectWellFormed(result: ReturnType<typeof parseImport>): void {
  if (result.ok) {
    for (const item of result.items) {
      if (item.kind === 'note') expect(noteSchema.safeParse(item.note).success).toBe(true)
      else expect(item.reason).not.toBe('')
    }
  } else {
    expect(result.error.message).not.toBe('')
    // parseImport turns an unexpected exception into this message; it must never be reached.
    expect(result.error.message).not.toMatch(/^The file could not be read/)
    expect(typeof result.error.path).toBe('string')
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Where to damage a file and how: a walk into the JSON, then an operation at the end of it. */
const damage = fc.record({
  walk: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  operation: fc.constantFrom('delete', 'replace', 'duplicate', 'empty-string'),
  value: fc.jsonValue({ maxDepth: 2 }),
})

function damaged(text: string, how: { walk: number[]; operation: string; value: unknown }): string {
  const root = JSON.parse(text) as Json
  type Container = Json[] | { [key: string]: Json }
  const isContainer = (value: Json | undefined): value is Container => typeof value === 'object' && value !== null && Object.keys(value).length > 0
  let parent: Container | null = null
  let key: string | number = 0
  let current: Json = root
  for (const step of how.walk) {
    if (!isContainer(current)) break
    parent = current
    if (Array.isArray(current)) {
      key = step % current.length
      current = current[key] ?? null
    } else {
      const keys: string[] = Object.keys(current)
      key = keys[step % keys.length] ?? ''
      current = current[key] ?? null
    }
  }
  if (parent === null) return JSON.stringify(how.value)
  if (Array.isArray(parent)) {
    const index = Number(key)
    if (how.operation === 'delete') parent.splice(index, 1)
    else if (how.operation === 'duplicate') parent.push(structuredClone(parent[index] ?? null))
    else parent[index] = how.operation === 'empty-string' ? '' : (how.value as Json)
  } else {
    const name = String(key)
    if (how.operation === 'delete') Reflect.deleteProperty(parent, name)
    else parent[name] = how.operation === 'empty-string' ? '' : (how.value as Json)
  }
  return JSON.stringify(root)
}

describe('parseImport, on any input', () => {
  it('never throws on random JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(parseImport(JSON.stringify(value) ?? 'null', library, FIXED_NOW))), { numRuns: 500 })
  })

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectWellFormed(parseImport(text, library, FIXED_NOW))), { numRuns: 500 })
  })

  it('never throws on annotation-shaped objects with random parts', () => {
    const annotation = fc.record(
      { type: fc.constantFrom('Annotation', ['Annotation'], 'Other'), id: fc.oneof(fc.string(), fc.jsonValue()), target: fc.jsonValue({ maxDepth: 3 }), body: fc.jsonValue({ maxDepth: 3 }), created: fc.string() },
      { requiredKeys: ['type'] },
    )
    fc.assert(fc.property(fc.array(annotation, { maxLength: 4 }), (items) => expectWellFormed(parseImport(JSON.stringify(items), library, FIXED_NOW))), { numRuns: 300 })
  })

  it('never throws on valid files damaged at random, in their JSON or their text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...validFiles), damage, (file, how) => expectWellFormed(parseImport(damaged(file, how), library, FIXED_NOW))),
      { numRuns: 400 },
    )
    fc.assert(
      fc.property(fc.constantFrom(...validFiles), fc.nat(), fc.string({ maxLength: 3 }), (file, at, inserted) => {
        const cut = at % (file.length + 1)
        expectWellFormed(parseImport(file.slice(0, cut), library, FIXED_NOW))
        expectWellFormed(parseImport(file.slice(0, cut) + inserted + file.slice(cut + 1), library, FIXED_NOW))
      }),
      { numRuns: 400 },
    )
  })
})

describe('importing any file', () => {
  it('never changes the store when it refuses the file, and never loses or changes a note the file does not name', async () => {
    const initial = [...notes.slice(0, 6), makeNote(90, 'only in the store')]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...validFiles), damage, async (file, how) => {
        const store = createMemoryNotesStore(initial)
        const text = damaged(file, how)
        const parsed = parseImport(text, library, FIXED_NOW)
        const outcome = await importInto(library, store, () => FIXED_NOW).confirmImport(text)
        expect(outcome.ok).toBe(parsed.ok)
        if (!outcome.ok) {
          expect(store.list()).toEqual(initial)
          return
        }
        const named = new Set(parsed.ok ? parsed.items.flatMap((item) => (item.kind === 'note' ? [item.note.id] : [])) : [])
        for (const note of initial) {
          if (!named.has(note.id)) expect(store.get(note.id)).toEqual(note)
          else expect(store.get(note.id)).toBeDefined()
        }
        expect(store.list().length).toBeGreaterThanOrEqual(initial.length)
      }),
      { numRuns: 300 },
    )
  })
})

describe('planMerge, on any notes', () => {
  const someNote = fc.record({ index: fc.integer({ min: 1, max: 8 }), text: fc.constantFrom('a', 'b'), minute: fc.integer({ min: 0, max: 3 }) }).map(
    ({ index, text, minute }): Note => ({ ...makeNote(index, text), modified: new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(), created: new Date(Date.UTC(2024, 0, 1)).toISOString() }),
  )
  const uniqueNotes = fc.uniqueArray(someNote, { selector: (note) => note.id, maxLength: 8 })

  it('files every incoming note in exactly one list, and writes only notes the file names', () => {
    fc.assert(
      fc.property(uniqueNotes, fc.array(someNote, { maxLength: 10 }), (existing, incoming) => {
        const plan = planMerge(existing, incoming)
        expect(plan.new.length + plan.updated.length + plan.unchanged.length + plan.conflicting.length + plan.rejected.length).toBe(incoming.length)
        const named = new Set(incoming.map((note) => note.id))
        for (const entry of [...plan.new, ...plan.updated]) expect(named.has(entry.note.id)).toBe(true)
        for (const entry of plan.conflicting) expect(named.has(entry.incoming.id)).toBe(true)
        for (const entry of plan.updated) expect(Date.parse(entry.note.modified)).toBeGreaterThan(Date.parse(entry.previous.modified))
      }),
      { numRuns: 500 },
    )
  })

  it('is idempotent: applying a plan, then planning the same notes again, changes nothing', () => {
    fc.assert(
      fc.property(uniqueNotes, fc.array(someNote, { maxLength: 10 }), (existing, incoming) => {
        const plan = planMerge(existing, incoming)
        const after = new Map(existing.map((note) => [note.id, note]))
        for (const entry of [...plan.new, ...plan.updated, ...plan.conflicting]) after.set(entry.note.id, entry.note)
        const again = planMerge([...after.values()], incoming)
        expect(again.new).toEqual([])
        expect(again.updated).toEqual([])
        expect(again.conflicting).toEqual([])
      }),
      { numRuns: 500 },
    )
  })
})
