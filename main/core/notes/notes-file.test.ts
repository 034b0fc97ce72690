import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANNOTATION_CONTEXT, documentUrn, type Note } from '../../../shared/notes/note-model'
import { formatJsonPath, NOTES_FILE_FORMAT, parseNotesFile, peekNotesFileGeneration, serializeNotesFile, type NotesFileParseResult } from './notes-file'
import { makeNote } from './testing/note-fixtures'

const tenNotes = Array.from({ length: 10 }, (_, index) => makeNote(index))
const goodText = serializeNotesFile(tenNotes, new Date('2024-05-01T10:00:00.000Z'))

function damageOf(result: NotesFileParseResult): { damage: string; reason: string } {
  if (result.kind !== 'damaged') throw new Error(`expected damaged, got ${result.kind}`)
  return { damage: result.damage, reason: result.reason }
}

function withNotes(notes: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: NOTES_FILE_FORMAT, schemaVersion: 1, savedAt: '2024-05-01T10:00:00.000Z', notes, ...extra })
}

describe('serializeNotesFile and parseNotesFile', () => {
  it('round-trips notes in order, one note per line', () => {
    const result = parseNotesFile(goodText)
    expect(result).toEqual({ kind: 'ok', notes: tenNotes, savedAt: '2024-05-01T10:00:00.000Z', schemaVersion: 2, generation: 1, invalid: [] })
    expect(goodText.split('\n').filter((line) => line.includes('"urn:uuid:'))).toHaveLength(10)
    expect(parseNotesFile(Buffer.from(goodText))).toEqual(result)
  })

  it('round-trips an empty list', () => {
    expect(parseNotesFile(serializeNotesFile([]))).toMatchObject({ kind: 'ok', notes: [] })
  })

  it('accepts a byte order mark an editor added', () => {
    expect(parseNotesFile(`\ufeff${goodText}`)).toMatchObject({ kind: 'ok', notes: tenNotes })
    expect(parseNotesFile(Buffer.from(`\ufeff${goodText}`))).toMatchObject({ kind: 'ok', notes: tenNotes })
  })

  it('round-trips any valid notes, lone surrogates and control characters included', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('\u0000', '\u0007', '\ud800', '\udfff', '<', '"', '\\', '\n'), fc.string({ unit: 'binary', maxLength: 1 })) })
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.uuid({ version: 4 }), text), { maxLength: 8 }), (entries) => {
        const unique = [...new Map(entries.map(([uuid, value]) => [uuid, value])).entries()]
        const notes: Note[] = unique.map(([uuid, value], index) => ({ ...makeNote(index, value), id: `urn:uuid:${uuid}` }))
        const result = parseNotesFile(Buffer.from(serializeNotesFile(notes), 'utf8'))
        expect(result).toMatchObject({ kind: 'ok', notes })
      }),
    )
  })

  it('never reads a cut-off file as a shorter list of notes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: goodText.length }), (cut) => {
        const result = parseNotesFile(goodText.slice(0, cut))
        if (result.kind === 'ok') expect(result.notes).toEqual(tenNotes)
        else expect(result.kind).toBe('damaged')
      }),
    )
  })
})

describe('parseNotesFile on damaged files', () => {
  it('reports an empty file', () => {
    expect(damageOf(parseNotesFile(Buffer.alloc(0)))).toEqual({ damage: 'empty', reason: 'the file is empty (0 bytes)' })
    expect(damageOf(parseNotesFile(''))).toMatchObject({ damage: 'empty' })
    expect(damageOf(parseNotesFile(' \n\t '))).toMatchObject({ damage: 'empty', reason: expect.stringContaining('whitespace') })
  })

  it('reports a zero-filled file, wholly or from some byte on', () => {
    expect(damageOf(parseNotesFile(Buffer.alloc(4096)))).toMatchObject({ damage: 'zero-filled', reason: expect.stringContaining('4096 zero bytes') })
    expect(damageOf(parseNotesFile('\u0000'.repeat(10)))).toMatchObject({ damage: 'zero-filled' })
    const partly = Buffer.concat([Buffer.from(goodText.slice(0, 300)), Buffer.alloc(200)])
    expect(damageOf(parseNotesFile(partly))).toMatchObject({ damage: 'zero-filled', reason: expect.stringContaining('from byte 300') })
  })

  it('reports a truncated file with where it ends', () => {
    const cut = goodText.slice(0, goodText.indexOf(noteIdFragment(7)))
    const { damage, reason } = damageOf(parseNotesFile(cut))
    expect(damage).toBe('truncated')
    expect(reason).toMatch(/cut short: it ends at line 15, column \d+/)
    expect(damageOf(parseNotesFile(goodText.slice(0, goodText.length - 3)))).toMatchObject({ damage: 'truncated' })
  })

  it('reports a file cut inside a multi-byte character as truncated', () => {
    const bytes = Buffer.from(withNotes([makeNote(1, 'café ünïcödé €')]))
    const euro = bytes.indexOf(Buffer.from('€'))
    expect(damageOf(parseNotesFile(bytes.subarray(0, euro + 1)))).toMatchObject({ damage: 'truncated' })
  })

  it('reports invalid JSON with line and column', () => {
    const broken = goodText.replace(`"${noteIdFragment(3)}`, `${noteIdFragment(3)}`)
    const { damage, reason } = damageOf(parseNotesFile(broken))
    expect(damage).toBe('invalid-json')
    expect(reason).toMatch(/^the file is not valid JSON: at line 11, column \d+ \(character \d+\)/)
    expect(damageOf(parseNotesFile('{"format": "foc-reader-notes",}'))).toMatchObject({
      damage: 'invalid-json',
      reason: expect.stringContaining('line 1, column 31'),
    })
  })

  it('reports bytes that are not UTF-8 by offset', () => {
    const bytes = Buffer.from(goodText)
    bytes[500] = 0xff
    expect(damageOf(parseNotesFile(bytes))).toEqual({ damage: 'not-utf8', reason: 'the file is not valid UTF-8 text: byte 500 is not part of a valid character' })
  })

  it('reports a file that is JSON but not a notes file', () => {
    expect(damageOf(parseNotesFile('[1, 2]'))).toMatchObject({ damage: 'wrong-shape', reason: expect.stringContaining('holds an array') })
    expect(damageOf(parseNotesFile('"notes"'))).toMatchObject({ damage: 'wrong-shape', reason: expect.stringContaining('holds a string') })
    expect(damageOf(parseNotesFile('{"format": "other"}')).reason).toBe('format: expected "foc-reader-notes", found "other"')
    expect(damageOf(parseNotesFile(withNotes([], { schemaVersion: '1' }))).reason).toMatch(/^schemaVersion: expected a whole number/)
    expect(damageOf(parseNotesFile(withNotes([], { schemaVersion: 0 }))).reason).toMatch(/^schemaVersion/)
    expect(damageOf(parseNotesFile(withNotes([], { savedAt: 'yesterday' }))).reason).toMatch(/^savedAt: /)
    expect(damageOf(parseNotesFile(withNotes([], { notes: {} }))).reason).toMatch(/^notes: /)
  })

})

describe('parseNotesFile salvaging a file with some invalid notes', () => {
  it('keeps every valid note and sets the bad one aside with its JSON path', () => {
    const notes: unknown[] = tenNotes.map((note) => structuredClone(note))
    notes[3] = { ...makeNote(3), target: { source: 'https://example.org/elsewhere' } }
    const result = parseNotesFile(withNotes(notes))
    expect(result).toMatchObject({ kind: 'ok', notes: tenNotes.filter((_, index) => index !== 3), schemaVersion: 1, generation: 0 })
    expect(result.kind === 'ok' && result.invalid).toEqual([{ index: 3, raw: notes[3], reason: expect.stringMatching(/^notes\[3\]\.target\.source: /) }])
  })

  it('names each of several bad notes', () => {
    const notes: unknown[] = tenNotes.map((note) => structuredClone(note))
    notes[5] = { ...makeNote(5), id: 'not-a-uuid' }
    notes[8] = { ...makeNote(8), body: [{ type: 'TextualBody', purpose: 'describing', value: 1 }] }
    const result = parseNotesFile(withNotes(notes))
    expect(result.kind === 'ok' && result.invalid.map((entry) => entry.reason)).toEqual(['notes[5].id: must be a urn:uuid', expect.stringMatching(/^notes\[8\]\.body\[0\]\.value: /)])
    expect(result.kind === 'ok' && result.notes).toHaveLength(8)
  })

  it('keeps the first of two notes with one id and sets the other aside', () => {
    const notes = [makeNote(1), makeNote(2), makeNote(1, 'another text')]
    const result = parseNotesFile(withNotes(notes))
    expect(result).toMatchObject({ kind: 'ok', notes: [makeNote(1), makeNote(2)] })
    expect(result.kind === 'ok' && result.invalid.map((entry) => entry.reason)).toEqual([`notes[2].id: the same id as notes[0] (${makeNote(1).id})`])
  })

  it('checks every note again when the checksum does not match (a hand edit)', () => {
    const bytes = Buffer.from(goodText.replace(noteIdFragment(4), noteIdFragment(4).replace('-4', '-X')))
    const result = parseNotesFile(bytes)
    expect(result.kind === 'ok' && result.invalid.map((entry) => entry.index)).toEqual([4])
  })

  it('trusts a file whose checksum matches, read from bytes', () => {
    expect(parseNotesFile(Buffer.from(goodText))).toMatchObject({ kind: 'ok', notes: tenNotes, invalid: [] })
  })
})

describe('parseNotesFile on a newer schema version', () => {
  it('says so, with the notes it can still read', () => {
    const strange = { '@context': ANNOTATION_CONTEXT, id: 'urn:uuid:future', target: { source: documentUrn('x'), kind: 'new' } }
    const result = parseNotesFile(withNotes([makeNote(1), strange, makeNote(2)], { schemaVersion: 3, extra: { whatever: true } }))
    expect(result).toEqual({
      kind: 'newer-version',
      schemaVersion: 3,
      savedAt: '2024-05-01T10:00:00.000Z',
      readableNotes: [makeNote(1), makeNote(2)],
      noteCount: 3,
    })
  })

  it('needs only the format marker and the version to say so', () => {
    expect(parseNotesFile('{"format": "foc-reader-notes", "schemaVersion": 7, "entries": {}}')).toMatchObject({ kind: 'newer-version', schemaVersion: 7, noteCount: 0 })
  })
})

describe('formatJsonPath', () => {
  it('writes indexes in brackets', () => {
    expect(formatJsonPath(['notes', 3, 'target', 'selector', 1, 'end'])).toBe('notes[3].target.selector[1].end')
    expect(formatJsonPath([])).toBe('(top level)')
  })
})

function noteIdFragment(index: number): string {
  return makeNote(index).id
}

describe('peekNotesFileGeneration', () => {
  it('reads the generation from the first kilobyte of a file this app wrote, without its notes', () => {
    const bytes = Buffer.from(serializeNotesFile([makeNote(1), makeNote(2)], new Date('2026-01-01T00:00:00Z'), 42))
    expect(peekNotesFileGeneration(bytes.subarray(0, 1024))).toBe(42)
    expect(parseNotesFile(bytes)).toMatchObject({ kind: 'ok', generation: 42 })
  })

  it('says nothing for another layout, so the caller parses the whole file', () => {
    const reformatted = JSON.stringify(JSON.parse(serializeNotesFile([makeNote(1)], new Date(), 7)))
    expect(peekNotesFileGeneration(Buffer.from(reformatted))).toBeNull()
    expect(peekNotesFileGeneration(Buffer.from('{"format": "something else"'))).toBeNull()
    expect(peekNotesFileGeneration(Buffer.alloc(0))).toBeNull()
  })
})
