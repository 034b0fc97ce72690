import { describe, expect, it } from 'vitest'
import { exportSelectionSchema, MAX_EXPORT_NOTE_IDS, MAX_EXPORT_SELECTED_NOTES } from '../../../shared/export-model'
import { describeSelection, selectNotes } from './export-selection'
import { exportTestLibrary, exportTestViews } from './testing/export-fixtures'

const library = exportTestLibrary()
const views = exportTestViews(library)
const ids = (groups: ReturnType<typeof selectNotes>) => groups.flatMap((group) => group.notes.map((view) => view.note.id.slice(-2)))
/** The full ids of the fixture notes ending in `suffixes`. */
const fullIds = (...suffixes: string[]) => views.filter((view) => suffixes.includes(view.note.id.slice(-2))).map((view) => view.note.id)

describe('selectNotes', () => {
  it('groups every note by document, in library order, documents no longer bundled last', () => {
    const groups = selectNotes(views, { scope: 'all' }, library)
    expect(groups.map((group) => group.documentId)).toEqual(['sample-statement', 'sample-resolution', 'sample-multilingual', 'withdrawn-document'])
    expect(groups.at(-1)?.document).toBeUndefined()
    expect(groups.reduce((sum, group) => sum + group.notes.length, 0)).toBe(views.length)
  })

  it('orders each document in reading order: whole-document notes first, orphans last', () => {
    const [statement] = selectNotes(views, { scope: 'all' }, library)
    expect(statement?.notes.map((view) => view.anchor.status)).toEqual(['document', 'exact', 'exact', 'exact', 'needs-review', 'exact', 'orphaned'])
    const starts = statement?.notes.slice(1, -1).map((view) => view.anchor.start ?? -1) ?? []
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('does not depend on the order it is given the notes in', () => {
    expect(ids(selectNotes([...views].reverse(), { scope: 'all' }, library))).toEqual(ids(selectNotes(views, { scope: 'all' }, library)))
  })

  it('selects one document', () => {
    const groups = selectNotes(views, { scope: 'document', documentId: 'sample-resolution' }, library)
    expect(groups.map((group) => group.documentId)).toEqual(['sample-resolution'])
    expect(ids(groups)).toEqual(['07', '06'])
  })

  it('filters by document, by category and by tag ignoring case', () => {
    expect(ids(selectNotes(views, { scope: 'filter', category: 'concern' }, library))).toEqual(['02', '0b', '0a'])
    expect(ids(selectNotes(views, { scope: 'filter', tag: 'ITU' }, library))).toEqual(['01'])
    expect(ids(selectNotes(views, { scope: 'filter', documentId: 'sample-multilingual', category: 'key-point' }, library))).toEqual(['09'])
  })

  it('exports exactly the notes a search named (the Notes panel or All notes), in reading order; its text only describes them', () => {
    // "02" and "06" do not contain the words: the index, not a substring, decided they match.
    const named = { scope: 'filter', text: 'no such words anywhere', noteIds: fullIds('06', '02') } as const
    expect(ids(selectNotes(views, named, library))).toEqual(['02', '06'])
    expect(ids(selectNotes(views, { scope: 'filter', noteIds: [] }, library))).toEqual([])
  })

  it('keeps named notes within the filter’s document, category and tag', () => {
    const named = fullIds('01', '02', '06')
    expect(ids(selectNotes(views, { scope: 'filter', documentId: 'sample-resolution', noteIds: named }, library))).toEqual(['06'])
    expect(ids(selectNotes(views, { scope: 'filter', category: 'concern', noteIds: named }, library))).toEqual(['02'])
    expect(ids(selectNotes(views, { scope: 'filter', tag: 'itu', noteIds: named }, library))).toEqual(['01'])
  })

  it('treats an empty filter as every note', () => {
    expect(ids(selectNotes(views, { scope: 'filter', tag: ' ', text: '' }, library))).toHaveLength(views.length)
  })

  it('exports exactly the notes ticked in All notes, across documents, in library and reading order', () => {
    const groups = selectNotes(views, { scope: 'notes', noteIds: fullIds('06', '02', '09') }, library)
    expect(groups.map((group) => group.documentId)).toEqual(['sample-statement', 'sample-resolution', 'sample-multilingual'])
    expect(ids(groups)).toEqual(['02', '06', '09'])
  })

  it('gives nothing when nothing matches', () => {
    expect(selectNotes(views, { scope: 'filter', tag: 'no such tag anywhere' }, library)).toEqual([])
  })
})

describe('describeSelection', () => {
  it('says what was exported in words', () => {
    expect(describeSelection({ scope: 'all' }, library)).toBe('All notes')
    expect(describeSelection({ scope: 'document', documentId: 'sample-resolution' }, library)).toBe('Notes on “The right to privacy in the digital age”')
    expect(describeSelection({ scope: 'filter', category: 'follow-up', tag: 'itu' }, library)).toBe('Notes in category Follow-up, tagged “itu”')
    expect(describeSelection({ scope: 'filter', documentId: 'gone' }, library)).toBe('Notes on “gone”')
    expect(describeSelection({ scope: 'filter', documentId: 'sample-resolution', text: 'monitor', noteIds: fullIds('06') }, library)).toBe(
      'Notes on “The right to privacy in the digital age”, matching the search “monitor”',
    )
    expect(describeSelection({ scope: 'filter', text: 'itu', noteIds: fullIds('01', '06'), matchTotal: 340 }, library)).toBe('Notes matching the search “itu” (the best 2 of 340)')
    expect(describeSelection({ scope: 'filter' }, library)).toBe('All notes')
    expect(describeSelection({ scope: 'notes', noteIds: fullIds('01', '06') }, library)).toBe('2 selected notes')
    expect(describeSelection({ scope: 'notes', noteIds: fullIds('01') }, library)).toBe('One selected note')
  })
})

describe('exportSelectionSchema', () => {
  it('accepts the three scopes and refuses anything else', () => {
    expect(exportSelectionSchema.safeParse({ scope: 'all' }).success).toBe(true)
    expect(exportSelectionSchema.safeParse({ scope: 'document', documentId: 'x' }).success).toBe(true)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', category: 'concern', tag: 'a', text: 'b', noteIds: ['x'] }).success).toBe(true)
    expect(exportSelectionSchema.safeParse({ scope: 'document' }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', category: 'nonsense' }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'all', extra: 1 }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', text: 'x'.repeat(501), noteIds: ['x'] }).success).toBe(false)
  })

  it('refuses a filter’s text without the notes its search found, so nothing the user did not see is exported', () => {
    const refused = exportSelectionSchema.safeParse({ scope: 'filter', category: 'concern', text: 'monitor' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.path).toEqual(['text'])
    expect(exportSelectionSchema.safeParse({ scope: 'filter', text: '  ' }).success).toBe(true)
  })

  it('bounds the notes a filter names', () => {
    const id = (index: number) => `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`
    const many = Array.from({ length: MAX_EXPORT_NOTE_IDS }, (_, index) => id(index))
    expect(exportSelectionSchema.safeParse({ scope: 'filter', text: 'itu', noteIds: many, matchTotal: 340 }).success).toBe(true)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', noteIds: [...many, id(MAX_EXPORT_NOTE_IDS)] }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', noteIds: [''] }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', noteIds: ['x'.repeat(101)] }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', noteIds: 'not a list' }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'filter', matchTotal: -1 }).success).toBe(false)
  })

  it('bounds the notes a selection names, and wants at least one', () => {
    const many = Array.from({ length: MAX_EXPORT_SELECTED_NOTES }, (_, index) => `n${index}`)
    expect(exportSelectionSchema.safeParse({ scope: 'notes', noteIds: many }).success).toBe(true)
    expect(exportSelectionSchema.safeParse({ scope: 'notes', noteIds: [...many, 'one more'] }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'notes', noteIds: [] }).success).toBe(false)
    expect(exportSelectionSchema.safeParse({ scope: 'notes', noteIds: ['a'], tag: 'x' }).success).toBe(false)
  })
})
