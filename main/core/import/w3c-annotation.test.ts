import { describe, expect, it } from 'vitest'
import { noteContent, type Note } from '../../../shared/notes/note-model'
import { exportTestLibrary, FIXED_NOW } from '../export/testing/export-fixtures'
import { createLibrary } from '../library'
import { NotesService } from '../notes/notes-service'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { parseImport } from './parse-import'
import { foreignAnnotation } from './testing/import-fixtures'
import { htmlToText } from './w3c-annotation'

const base = exportTestLibrary()
// The statement as published on the web, so a URL can name it.
const library = createLibrary(
  base.documents.map((document) => (document.id === 'sample-statement' ? { ...document, source: 'https://www.example.org/statements/2018/joint-statement/' } : document)),
  base.index,
)

function importOne(annotation: Record<string, unknown>): Note {
  const result = parseImport(JSON.stringify(annotation), library, FIXED_NOW)
  if (!result.ok) throw new Error(result.error.message)
  const [item] = result.items
  if (item?.kind !== 'note') throw new Error(`not imported: ${JSON.stringify(item)}`)
  return item.note
}

const anchorOf = (note: Note) => new NotesService(library, createMemoryNotesStore([note])).list()[0]?.anchor

describe('matching another tool’s target to a bundled document', () => {
  it('by its published URL, whatever the scheme, www, trailing slash or fragment', () => {
    const note = importOne(foreignAnnotation({ target: { source: 'http://example.org/statements/2018/joint-statement#para-3', selector: { type: 'TextQuoteSelector', exact: 'The coalition meets every year.' } } }))
    expect(note.target.source).toBe('urn:foc-reader:document:sample-statement')
    expect(anchorOf(note)?.status).toBe('exact')
  })

  it('by a URL or id ending in the document id', () => {
    expect(importOne(foreignAnnotation({ target: 'https://mirror.example.net/docs/sample-resolution.html' })).target).toEqual({
      source: 'urn:foc-reader:document:sample-resolution',
      state: `urn:foc-reader:version:${library.getDocument('sample-resolution')?.version}`,
    })
    expect(importOne(foreignAnnotation({ target: { id: 'sample-multilingual' } })).target.source).toBe('urn:foc-reader:document:sample-multilingual')
  })

  it('by finding the quoted passage in a document, when the source is unknown', () => {
    const note = importOne(foreignAnnotation({ target: { source: 'https://elsewhere.example/copy', selector: [{ type: 'TextQuoteSelector', exact: '网络上的言论自由必须得到保护。' }] } }))
    expect(note.target.source).toBe('urn:foc-reader:document:sample-multilingual')
    expect(anchorOf(note)?.status).toBe('exact')
  })

  it('by position alone: the passage is what the document holds there', () => {
    const note = importOne(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-resolution', selector: { type: 'TextPositionSelector', start: 0, end: 8 } } }))
    expect(note.target.selector?.[0].exact).toBe('Preamble')
    expect(note.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 8 })
  })

  it('keeps a slightly different quote for review, and an unfound one as an orphan, never dropping it', () => {
    const changed = importOne(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-statement', selector: { type: 'TextQuoteSelector', exact: 'The coalition meets each year.', prefix: 'offline.\n\n', suffix: '' } } }))
    expect(changed.target.selector?.[0].exact).toBe('The coalition meets each year.')
    expect(anchorOf(changed)?.status).toBe('needs-review')
    const gone = importOne(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-statement', selector: { type: 'TextQuoteSelector', exact: 'A sentence this document never had.' } } }))
    expect(anchorOf(gone)?.status).toBe('orphaned')
  })

  it('trims long context to the length the app keeps', () => {
    const note = importOne(foreignAnnotation({ target: { source: 'urn:foc-reader:document:sample-statement', selector: { type: 'TextQuoteSelector', exact: 'A sentence this document never had.', prefix: 'p'.repeat(500), suffix: 's'.repeat(500) } } }))
    expect(note.target.selector?.[0].prefix).toHaveLength(32)
    expect(note.target.selector?.[0].suffix).toHaveLength(32)
  })
})

describe('reading another tool’s bodies', () => {
  it('takes bodyValue, HTML as text, the first choice, links as their address', () => {
    expect(noteContent(importOne(foreignAnnotation({ body: undefined, bodyValue: 'Plain body' }))).text).toBe('Plain body')
    expect(noteContent(importOne(foreignAnnotation({ body: { type: 'TextualBody', format: 'text/html', value: '<p>One &amp; <b>two</b></p><p>Three<br>four &#1587;</p>' } }))).text).toBe('One & two\n\nThree\nfour س')
    const choice = { type: 'Choice', items: [{ type: 'TextualBody', value: 'English', language: 'en' }, { type: 'TextualBody', value: 'Français', language: 'fr' }] }
    expect(noteContent(importOne(foreignAnnotation({ body: choice }))).text).toBe('English')
    expect(noteContent(importOne(foreignAnnotation({ body: 'http://example.org/comment/1' }))).text).toBe('http://example.org/comment/1')
  })

  it('reads a category by id or label, and other classifications as tags', () => {
    const content = noteContent(
      importOne(
        foreignAnnotation({
          body: [
            { type: 'TextualBody', purpose: 'classifying', value: 'Follow-up' },
            { type: 'TextualBody', purpose: 'classifying', value: 'urgent' },
            { type: 'TextualBody', purpose: 'tagging', value: 'ITU' },
            { type: 'TextualBody', purpose: 'tagging', value: 'itu' },
          ],
        }),
      ),
    )
    expect(content).toEqual({ text: '', tags: ['urgent', 'itu'], category: 'follow-up' })
  })

  it('makes a note without text a highlight', () => {
    expect(importOne(foreignAnnotation({ body: { type: 'TextualBody', purpose: 'tagging', value: 'x' } })).motivation).toBe('highlighting')
    expect(importOne(foreignAnnotation()).motivation).toBe('commenting')
  })
})

describe('ids and times of another tool’s annotations', () => {
  it('keeps a urn:uuid id, and derives the same id from any other id every time', () => {
    expect(importOne(foreignAnnotation({ id: 'urn:uuid:ABCDEF01-2345-4678-89AB-CDEF01234567' })).id).toBe('urn:uuid:abcdef01-2345-4678-89ab-cdef01234567')
    const first = importOne(foreignAnnotation()).id
    expect(first).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(importOne(foreignAnnotation()).id).toBe(first)
    expect(importOne(foreignAnnotation({ id: 'https://annotations.example.org/anno/43' })).id).not.toBe(first)
    expect(importOne(foreignAnnotation({ id: undefined })).id).toBe(importOne(foreignAnnotation({ id: undefined })).id)
  })

  it('uses the created time for a missing or earlier modified time, and the file’s date for a missing created time', () => {
    const note = importOne(foreignAnnotation({ modified: '2020-01-01T00:00:00Z' }))
    expect(note.modified).toBe(note.created)
    const undated = parseImport(
      JSON.stringify({ type: 'AnnotationCollection', generated: '2024-05-06T07:08:09Z', first: { items: [foreignAnnotation({ created: undefined, modified: 'last week' })] } }),
      library,
      FIXED_NOW,
    )
    expect(undated.ok && undated.items[0]?.kind === 'note' ? undated.items[0].note.created : null).toBe('2024-05-06T07:08:09Z')
    const bare = importOne(foreignAnnotation({ created: undefined, modified: undefined }))
    expect(bare.created).toBe(FIXED_NOW.toISOString())
  })
})

describe('htmlToText', () => {
  it('keeps the text and its breaks, never the markup', () => {
    expect(htmlToText('<script>alert(1)</script><p>a</p><style>p{}</style>')).toBe('a')
    expect(htmlToText('x &lt;b&gt; &unknown; &#0; &#x110000;')).toBe('x <b> &unknown; &#0; &#x110000;')
  })
})
