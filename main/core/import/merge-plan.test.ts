import { describe, expect, it } from 'vitest'
import { noteBodies, type Note } from '../../../shared/notes/note-model'
import { makeNote } from '../notes/testing/note-fixtures'
import { canonicalNote, nameBasedUuid, sameNote } from './note-identity'
import { choosePlan, conflictCopyId, notesToWrite, planMerge } from './merge-plan'

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 9, minute)).toISOString()
const note = (index: number, text: string, modifiedMinute: number): Note => ({ ...makeNote(index, text), created: at(0), modified: at(modifiedMinute) })

describe('planMerge', () => {
  const existing = [note(1, 'one', 10), note(2, 'two', 10), note(3, 'three', 10), note(4, 'four', 10)]

  it('adds notes the store does not have', () => {
    const plan = planMerge(existing, [note(9, 'nine', 1)])
    expect(plan.new.map((entry) => entry.note.id)).toEqual([note(9, '', 0).id])
    expect(plan.new[0]?.path).toBe('[0]')
  })

  it('replaces a note when the file’s copy was modified later', () => {
    const newer = note(1, 'one, edited', 20)
    const plan = planMerge(existing, [newer])
    expect(plan.updated).toEqual([{ path: '[0]', item: 1, note: newer, previous: existing[0] }])
  })

  it('keeps the store’s note when it is newer, or the same', () => {
    const plan = planMerge(existing, [note(1, 'one, old', 5), note(2, 'two', 10)])
    expect(plan.unchanged.map((entry) => [entry.note, entry.reason])).toEqual([
      [existing[0], 'store-is-newer'],
      [existing[1], 'identical'],
    ])
    expect(plan.updated).toEqual([])
  })

  it('treats notes differing only in key order or in how a time is written as the same', () => {
    const original = existing[2] as Note
    const reversed = Object.fromEntries(Object.entries({ ...original, modified: original.modified.replace('.000Z', 'Z') }).reverse())
    const reordered = JSON.parse(JSON.stringify(reversed)) as Note
    expect(Object.keys(reordered)[0]).toBe('target')
    expect(planMerge(existing, [reordered]).unchanged[0]?.reason).toBe('identical')
  })

  it('keeps both sides of a true conflict: the file’s note as a copy under a new, repeatable id', () => {
    const rival = note(3, 'three, but different', 10)
    const plan = planMerge(existing, [rival])
    expect(plan.conflicting).toHaveLength(1)
    const [conflict] = plan.conflicting
    expect(conflict?.existing).toBe(existing[2])
    expect(conflict?.incoming).toBe(rival)
    expect(conflict?.note).toEqual({ ...rival, id: conflictCopyId(rival) })
    expect(conflict?.note.id).not.toBe(rival.id)
    expect(planMerge(existing, [rival]).conflicting[0]?.note.id).toBe(conflict?.note.id)
    // Imported again, once the copy is in the store: nothing more to do.
    const again = planMerge([...existing, conflict?.note as Note], [rival])
    expect(again.conflicting).toEqual([])
    expect(again.unchanged[0]?.reason).toBe('copy-exists')
  })

  it('never touches a note the file does not name', () => {
    const plan = planMerge(existing, [note(1, 'one, edited', 20), note(9, 'nine', 1)])
    const touched = new Set(notesToWrite(plan).map((entry) => entry.id))
    expect(touched.has(existing[1]?.id ?? '')).toBe(false)
    expect(touched.has(existing[3]?.id ?? '')).toBe(false)
  })

  it('imports a note named twice once, and rejects the second with where the first is', () => {
    const plan = planMerge([], [
      { kind: 'note', path: 'first.items[0]', item: 1, note: note(5, 'a', 1) },
      { kind: 'note', path: 'first.items[1]', item: 2, note: note(5, 'b', 2) },
    ])
    expect(plan.new.map((entry) => entry.path)).toEqual(['first.items[0]'])
    expect(plan.rejected).toEqual([{ item: { path: 'first.items[1]', item: 2, label: note(5, '', 0).id }, reason: 'the file holds this note twice (also as item 1); only the first is imported' }])
  })

  it('carries over the items the file reader rejected', () => {
    const plan = planMerge([], [{ kind: 'rejected', path: '[3]', item: 4, label: 'anno 3', reason: 'no target here' }])
    expect(plan.rejected).toEqual([{ item: { path: '[3]', item: 4, label: 'anno 3' }, reason: 'no target here' }])
  })

  it('a chosen import writes only the chosen notes and lists the others as skipped', () => {
    const plan = planMerge(existing, [note(1, 'one, edited', 20), note(8, 'eight', 1), note(9, 'nine', 1), note(2, 'two', 10)])
    const chosen = choosePlan(plan, new Set([note(9, '', 0).id, note(1, '', 0).id]))
    expect(notesToWrite(chosen.plan).map((entry) => entry.id)).toEqual([note(9, '', 0).id, note(1, '', 0).id])
    expect(chosen.skipped.map((entry) => entry.note.id)).toEqual([note(8, '', 0).id])
    expect(chosen.plan.unchanged).toEqual(plan.unchanged)
    expect(notesToWrite(choosePlan(plan, new Set()).plan)).toEqual([])
  })

  it('puts every item in exactly one list', () => {
    const incoming = [note(1, 'one, edited', 20), note(2, 'two', 10), note(3, 'x', 10), note(4, 'four', 1), note(7, 'seven', 1), note(7, 'dup', 1)]
    const plan = planMerge(existing, incoming)
    expect(plan.new.length + plan.updated.length + plan.unchanged.length + plan.conflicting.length + plan.rejected.length).toBe(incoming.length)
  })
})

describe('note identity', () => {
  it('derives version-5-shaped uuids from names, the same for the same name', () => {
    expect(nameBasedUuid('a')).toBe(nameBasedUuid('a'))
    expect(nameBasedUuid('a')).not.toBe(nameBasedUuid('b'))
    expect(nameBasedUuid('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('compares content, not key order', () => {
    const a = makeNote(1)
    const b = { ...a, body: noteBodies({ text: 'Note 1', tags: ['itu'], category: 'key-point' }) }
    expect(sameNote(a, b)).toBe(true)
    expect(canonicalNote(a)).not.toBe(canonicalNote({ ...a, motivation: 'highlighting' }))
  })
})
