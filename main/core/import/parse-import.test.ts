import { describe, expect, it } from 'vitest'
import { serializeNotesFile } from '../notes/notes-file'
import { exportTestLibrary, exportTestNotes, FIXED_NOW } from '../export/testing/export-fixtures'
import { MAX_IMPORT_BYTES } from '../../../shared/import-model'
import { parseImport, type ImportItem } from './parse-import'
import { appExportText, foreignAnnotation } from './testing/import-fixtures'

const library = exportTestLibrary()
const notes = exportTestNotes(library)
const appFile = appExportText(notes)

function errorOf(text: string): { message: string; path: string } {
  const result = parseImport(text, library, FIXED_NOW)
  if (result.ok) throw new Error(`expected a refusal, got ${result.items.length} items`)
  return result.error
}

function itemsOf(text: string): readonly ImportItem[] {
  const result = parseImport(text, library, FIXED_NOW)
  if (!result.ok) throw new Error(`expected items, got: ${result.error.message}`)
  return result.items
}

/** The app's file with one item changed. */
function withItem(index: number, change: (item: Record<string, unknown>) => void): string {
  const json = JSON.parse(appFile) as { first: { items: Array<Record<string, unknown>> } }
  const item = json.first.items[index]
  if (!item) throw new Error('no such item')
  change(item)
  return JSON.stringify(json)
}

describe('parseImport: what it accepts', () => {
  it("reads this app's export: every note exactly as stored", () => {
    const items = itemsOf(appFile)
    expect(items.map((item) => (item.kind === 'note' ? item.note : null))).toEqual(notes)
    expect(items[3]?.path).toBe('first.items[3]')
  })

  it('reads a bare array, a single annotation, a page, and a byte order mark', () => {
    expect(itemsOf(JSON.stringify(notes))).toHaveLength(notes.length)
    expect(itemsOf(JSON.stringify(notes))[2]?.path).toBe('[2]')
    expect(itemsOf(JSON.stringify(notes[0]))).toEqual([{ kind: 'note', path: '', item: 1, note: notes[0] }])
    expect(itemsOf(JSON.stringify({ type: 'AnnotationPage', items: notes.slice(0, 2) }))).toHaveLength(2)
    expect(itemsOf(`\uFEFF${appFile}`)).toHaveLength(notes.length)
  })

  it("reads the app's notes file and its backups", () => {
    const items = itemsOf(serializeNotesFile(notes, FIXED_NOW))
    expect(items).toHaveLength(notes.length)
    expect(items[1]?.path).toBe('notes[1]')
  })

  it('reads an empty collection', () => {
    expect(itemsOf(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 0 }))).toEqual([])
  })

  it('converts W3C annotations of other tools whose target is a bundled document', () => {
    const [item] = itemsOf(JSON.stringify(foreignAnnotation()))
    expect(item?.kind).toBe('note')
    if (item?.kind !== 'note') return
    expect(item.note.target.source).toBe('urn:foc-reader:document:sample-resolution')
    expect(item.note.target.selector?.[0].exact).toBe('the right to privacy in digital communication')
    expect(item.note.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'A colleague’s comment.', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'privacy' },
    ])
    expect(item.note.created).toBe('2025-11-02T10:00:00Z')
    expect(item.note.modified).toBe('2025-11-03T08:30:00+01:00')
  })
})

describe('parseImport: files it refuses, naming the first problem and where', () => {
  it('refuses a file over the size limit', () => {
    const big = `[${' '.repeat(MAX_IMPORT_BYTES)}]`
    expect(errorOf(big)).toEqual({ message: 'The file is too large to import: 10 MB, and the limit is 10 MB.', path: '' })
    // Counted in bytes of UTF-8, not characters.
    expect(errorOf(`["${'é'.repeat(MAX_IMPORT_BYTES / 2)}"]`).message).toMatch(/too large/)
  })

  it('refuses an empty file', () => {
    expect(errorOf('')).toEqual({ message: 'The file is empty.', path: '' })
    expect(errorOf(' \n\t ')).toEqual({ message: 'The file is empty.', path: '' })
  })

  it('refuses invalid JSON, with line and column', () => {
    expect(errorOf('{\n  "type": "Annotation",\n  "id" "x"\n}').message).toBe(`The file is not valid JSON: at line 3, column 8, ':' was expected but found "\\"".`)
    expect(errorOf(appFile.slice(0, 600)).message).toMatch(/^The file is not valid JSON: it ends at line \d+, column \d+ where .* was expected; it may be cut short\.$/)
  })

  it('refuses JSON that holds no annotations', () => {
    expect(errorOf('42')).toEqual({ message: 'This is not an annotation file: it holds a number, not an AnnotationCollection, an annotation or a list of annotations.', path: '' })
    expect(errorOf('{"hello": "world"}')).toEqual({ message: 'type: This is not an annotation file: it has no "type"; expected "AnnotationCollection", "AnnotationPage" or "Annotation".', path: 'type' })
    expect(errorOf('{"type": "Squirrel"}').path).toBe('type')
  })

  it('refuses a collection whose annotations are not all in the file', () => {
    expect(errorOf('{"type": "AnnotationCollection", "total": 3, "first": "http://example.org/page1"}').path).toBe('first')
    expect(errorOf('{"type": "AnnotationCollection", "total": 3}').path).toBe('first')
    expect(errorOf('{"type": "AnnotationCollection", "first": 7}').path).toBe('first')
    expect(errorOf('{"type": "AnnotationCollection", "first": {"items": [], "next": "http://example.org/page2"}}').path).toBe('first.next')
    expect(errorOf('{"type": "AnnotationCollection", "first": {"type": "AnnotationPage"}}').path).toBe('first.items')
    expect(errorOf('{"type": "AnnotationPage", "items": {}}').path).toBe('items')
  })

  it('refuses a collection whose total does not match its items (a cut-off file)', () => {
    const json = JSON.parse(appFile) as { total: number; first: { items: unknown[] } }
    json.first.items.pop()
    expect(errorOf(JSON.stringify(json))).toEqual({ message: 'total: The collection says it holds 14 annotations, but its page holds 13: the file may be incomplete.', path: 'total' })
    expect(errorOf(JSON.stringify({ ...json, total: 'many' })).path).toBe('total')
  })

  it("rejects each invalid note of this app's export on its own, by position and in words, and takes the others", () => {
    const file = withItem(3, (item) => ((item['target'] as { selector: Array<Record<string, unknown>> }).selector[0] = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }))
    const items = itemsOf(file)
    expect(items.filter((item) => item.kind === 'note')).toHaveLength(notes.length - 1)
    expect(items[3]).toEqual({ kind: 'rejected', path: 'first.items[3]', item: 4, label: `Note ${notes[3]?.id ?? ''}`, reason: 'its quoted passage is empty' })
    const reasonOf = (text: string, index: number) => {
      const item = itemsOf(text)[index]
      return item?.kind === 'rejected' ? item.reason : 'not rejected'
    }
    expect(reasonOf(withItem(0, (item) => (item['id'] = 'not-a-uuid')), 0)).toBe('its id is not a valid note id (expected a urn:uuid)')
    expect(reasonOf(withItem(5, (item) => delete item['target']), 5)).toBe('it has no target (the document and passage it is on)')
    expect(reasonOf(withItem(1, (item) => (item['modified'] = 'yesterday')), 1)).toBe('its date of last change is not a real date')
  })

  it('refuses a notes file from a newer version, or of an unknown version', () => {
    const file = JSON.parse(serializeNotesFile(notes, FIXED_NOW)) as Record<string, unknown>
    expect(errorOf(JSON.stringify({ ...file, schemaVersion: 9 })).message).toMatch(/newer version of FOC Reader/)
    expect(errorOf(JSON.stringify({ ...file, schemaVersion: 'one' })).path).toBe('schemaVersion')
    expect(errorOf(JSON.stringify({ ...file, notes: {} })).path).toBe('notes')
  })

  it('lists an invalid note of its own notes file as rejected, with where and why, and takes the valid ones', () => {
    const file = JSON.parse(serializeNotesFile(notes.slice(0, 2), FIXED_NOW)) as { notes: unknown[] }
    const result = parseImport(JSON.stringify({ ...file, notes: [...file.notes, { ...notes[2], id: 'x' }] }), library, FIXED_NOW)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.items.filter((item) => item.kind === 'note')).toHaveLength(2)
    expect(result.items[2]).toEqual({ kind: 'rejected', path: 'notes[2]', item: 3, label: 'Note x', reason: 'its id is not a valid note id (expected a urn:uuid)' })
  })

  it('reads a notes file of every version this app has written', () => {
    const file = JSON.parse(serializeNotesFile(notes.slice(0, 2), FIXED_NOW)) as Record<string, unknown>
    for (const schemaVersion of [1, 2]) {
      const result = parseImport(JSON.stringify({ ...file, schemaVersion }), library, FIXED_NOW)
      expect(result.ok && result.items.map((item) => item.kind)).toEqual(['note', 'note'])
    }
  })

  it('rejects an item of another tool’s file that breaks the W3C model on its own, in words', () => {
    const items = itemsOf(JSON.stringify([notes[0], 'just a string', foreignAnnotation({ type: 'Comment' }), foreignAnnotation({ target: undefined }), foreignAnnotation({ id: 7 }), foreignAnnotation({ bodyValue: 'also' })]))
    expect(items[0]?.kind).toBe('note')
    expect(items.slice(1).map((item) => (item.kind === 'rejected' ? `item ${item.item}: ${item.reason}` : 'a note'))).toEqual([
      'item 2: it is not an annotation (expected a JSON object, found a string)',
      'item 3: it is not marked as an annotation (its type is "Comment", not “Annotation”)',
      'item 4: it has no target (the document and passage it is on)',
      'item 5: its id is not text (found a number)',
      'item 6: it has both “body” and “bodyValue”; an annotation has one or the other',
    ])
  })
})

describe('parseImport: annotations it rejects one by one, with a reason', () => {
  const rejection = (annotation: Record<string, unknown>) => {
    const [item] = itemsOf(JSON.stringify([annotation]))
    if (item?.kind !== 'rejected') throw new Error(`expected a rejection, got ${JSON.stringify(item)}`)
    return item
  }

  it('a target that is not a bundled document', () => {
    expect(rejection(foreignAnnotation({ target: 'https://example.com/page1' })).reason).toBe('its source “https://example.com/page1” is not one of the bundled documents')
    expect(rejection(foreignAnnotation({ target: { type: 'SpecificResource' } })).reason).toBe('its target names no source document')
    expect(rejection(foreignAnnotation({ target: { source: 'https://example.com/p', selector: { type: 'TextQuoteSelector', exact: 'words in no document' } } })).reason).toMatch(
      /^its source “https:\/\/example\.com\/p” is not one of the bundled documents, and its quoted passage is in none of them$/,
    )
  })

  it('several targets, a selector it cannot read, a position outside the document', () => {
    expect(rejection(foreignAnnotation({ target: ['urn:foc-reader:document:sample-resolution', 'urn:foc-reader:document:sample-statement'] })).reason).toMatch(/2 targets/)
    expect(rejection(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-resolution', selector: { type: 'FragmentSelector', value: 'page=2' } } })).reason).toMatch(
      /FragmentSelector\) cannot be matched/,
    )
    expect(rejection(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-resolution', selector: { type: 'TextPositionSelector', start: 5, end: 99999 } } })).reason).toMatch(/outside/)
  })

  it('a quote that is empty or too long', () => {
    const target = (exact: string) => ({ target: { source: 'urn:foc-reader:document:sample-resolution', selector: { type: 'TextQuoteSelector', exact } } })
    expect(rejection(foreignAnnotation(target(''))).reason).toMatch(/quotes nothing/)
    expect(rejection(foreignAnnotation(target('x'.repeat(20_001)))).reason).toMatch(/at most 20,000/)
  })

  it('too much text, too many tags, a tag too long', () => {
    expect(rejection(foreignAnnotation({ body: { type: 'TextualBody', value: 'x'.repeat(100_001) } })).reason).toMatch(/at most 100,000/)
    const tags = Array.from({ length: 31 }, (_, index) => ({ type: 'TextualBody', purpose: 'tagging', value: `tag ${index}` }))
    expect(rejection(foreignAnnotation({ body: tags })).reason).toBe('it has 31 tags; a note can have at most 30')
    expect(rejection(foreignAnnotation({ body: { type: 'TextualBody', purpose: 'tagging', value: 't'.repeat(61) } })).reason).toMatch(/longer than 60/)
  })
})
