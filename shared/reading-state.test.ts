import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settingsFrom } from './reading-state'

describe('settingsFrom', () => {
  it('reads a record written before All notes kept its arrangement here: the arrangement takes its default', () => {
    const older = { ...DEFAULT_SETTINGS, theme: 'dark' } as Record<string, unknown>
    delete older['notesSort']
    delete older['notesGrouping']
    expect(settingsFrom(older)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', notesSort: 'position', notesGrouping: 'document' })
  })

  it('keeps a valid sort and grouping, and defaults an unknown one field by field', () => {
    expect(settingsFrom({ notesSort: 'category', notesGrouping: 'tag' })).toMatchObject({ notesSort: 'category', notesGrouping: 'tag' })
    expect(settingsFrom({ notesSort: 'alphabetical', notesGrouping: 'tag' })).toMatchObject({ notesSort: 'position', notesGrouping: 'tag' })
    expect(settingsFrom({ notesSort: 'created', notesGrouping: 42 })).toMatchObject({ notesSort: 'created', notesGrouping: 'document' })
  })
})
