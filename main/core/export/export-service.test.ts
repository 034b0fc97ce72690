import { describe, expect, it } from 'vitest'
import { noteSchema } from '../../../shared/notes/note-model'
import { ApiFailure } from '../api-failure'
import { APP_GENERATOR_ID, buildAnnotationCollection, serializeAnnotationCollection, toExportedAnnotation } from './annotation-json'
import { ExportService } from './export-service'
import { exportTestLibrary, exportTestNotes, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'
import { attribute, parseHtml, select, selectOne, textOf } from './testing/html-tree'

const library = exportTestLibrary()
const notes = exportTestNotes(library)
const views = exportTestViews(library, notes)
const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, newId: () => 'urn:uuid:00000000-0000-4000-8000-00000000c011', appVersion: '0.1.0' })

describe('the annotation collection', () => {
  it('holds the notes exactly as stored, with a total and a generator', () => {
    const collection = buildAnnotationCollection(notes, { id: 'urn:uuid:00000000-0000-4000-8000-00000000c012', label: 'All', generated: FIXED_NOW, appVersion: '1.2.3' })
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld'],
      type: 'AnnotationCollection',
      total: notes.length,
      generator: { id: APP_GENERATOR_ID, type: 'Software', name: 'FOC Reader', 'schema:softwareVersion': '1.2.3' },
      generated: '2026-03-01T09:30:00.000Z',
      first: { id: 'urn:uuid:00000000-0000-4000-8000-00000000c012#page-1', type: 'AnnotationPage', startIndex: 0 },
    })
    expect(collection.first.items).toEqual(notes.map(toExportedAnnotation))
    // A bare highlight has no body key: the W3C model wants one or more bodies when there is a body.
    const bare = collection.first.items.find((item) => item.id === notes.at(-1)?.id)
    expect(notes.at(-1)?.body).toEqual([])
    expect(bare && 'body' in bare).toBe(false)
  })

  it('serialises to JSON that parses back to the same collection, one note per line', () => {
    const collection = buildAnnotationCollection(notes, { id: 'urn:uuid:00000000-0000-4000-8000-00000000c012', label: 'All', generated: FIXED_NOW, appVersion: '1' })
    const text = serializeAnnotationCollection(collection)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(collection)))
    const noteLines = text.split('\n').filter((line) => line.trimStart().startsWith('{"@context"'))
    expect(noteLines).toHaveLength(notes.length)
    expect(JSON.parse(serializeAnnotationCollection({ ...collection, total: 0, first: { ...collection.first, items: [] } }))).toMatchObject({ total: 0, first: { items: [] } })
  })
})

describe('ExportService', () => {
  it('exports JSON: every selected note, valid, in briefing order, with a dated file name', () => {
    const file = service.exportNotes({ selection: { scope: 'all' }, format: 'json' })
    expect(file).toMatchObject({ format: 'json', fileName: 'foc-reader-notes-2026-03-01.json', noteCount: 14 })
    expect(file.mediaType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')
    const items = (JSON.parse(file.content) as { first: { items: unknown[] } }).first.items
    for (const item of items) expect(noteSchema.safeParse({ body: [], ...(item as object) }).success).toBe(true)
    expect(new Set(items.map((item) => (item as { id: string }).id))).toEqual(new Set(notes.map((note) => note.id)))
  })

  it('exports Markdown and the PDF briefing with its print options', () => {
    const markdown = service.exportNotes({ selection: { scope: 'document', documentId: 'sample-resolution' }, format: 'markdown' })
    expect(markdown).toMatchObject({ format: 'markdown', fileName: 'notes-briefing-2026-03-01.md', noteCount: 2, mediaType: 'text/markdown; charset=utf-8' })
    expect(markdown.content).toContain('Selection: Notes on “The right to privacy in the digital age”')
    const pdf = service.exportNotes({ selection: { scope: 'all' }, format: 'pdf', paper: 'Letter' })
    expect(pdf).toMatchObject({ format: 'pdf', fileName: 'Briefing All notes.pdf', mediaType: 'text/html; charset=utf-8' })
    expect(pdf.content).toContain('size: letter;')
    expect(pdf.content).toContain('<meta name="generator" content="FOC Reader 0.1.0"/>')
    expect(pdf.pdf?.electron.pageSize).toBe('Letter')
    expect(pdf.pdf?.electron.displayHeaderFooter).toBe(false)
    const templated = service.exportNotes({ selection: { scope: 'all' }, format: 'pdf', footer: 'template' })
    expect(templated.pdf?.playwright.displayHeaderFooter).toBe(true)
    expect(templated.content).not.toContain('counter(page)')
  })

  it('prints a filtered selection: only the notes found that match, numbered afresh', () => {
    // The notes a search for "societe" found (those mentioning "société civile"); the filter keeps the Concerns among them.
    const found = views.filter((view) => ['02', '0e', '0a'].includes(view.note.id.slice(-2))).map((view) => view.note.id)
    const pdf = service.exportNotes({ selection: { scope: 'filter', category: 'concern', text: 'societe', noteIds: found }, format: 'pdf', paper: 'Letter' })
    expect(pdf.noteCount).toBe(2)
    const page = parseHtml(pdf.content)
    const articles = select(page, 'article.note')
    expect(articles.map((article) => [attribute(article, 'id'), attribute(article, 'data-category')])).toEqual([
      ['note-1', 'concern'],
      ['note-2', 'concern'],
    ])
    expect(articles.map((article) => textOf(selectOne(article, 'div.note-body')).slice(0, 13))).toEqual(['Préoccupation', 'Η φράση «ελευ'])
    expect(select(page, 'dd').map(textOf)).toContain('2 notes on 2 documents')
  })

  it('names the day in the time zone given', () => {
    const late = new ExportService(library, { list: () => views }, { locale: 'en-GB', timeZone: 'Pacific/Auckland', now: () => new Date('2026-03-01T20:00:00Z') })
    expect(late.exportNotes({ selection: { scope: 'all' }, format: 'markdown' }).fileName).toBe('notes-briefing-2026-03-02.md')
  })

  it('refuses a document that neither exists nor has notes, but exports notes of a document no longer bundled', () => {
    expect(() => service.exportNotes({ selection: { scope: 'document', documentId: 'nope' }, format: 'json' })).toThrow(ApiFailure)
    expect(service.exportNotes({ selection: { scope: 'document', documentId: 'withdrawn-document' }, format: 'json' }).noteCount).toBe(1)
  })

  it('exports an empty selection as an empty file rather than failing', () => {
    const file = service.exportNotes({ selection: { scope: 'filter', text: 'no such words', noteIds: [] }, format: 'json' })
    expect(file.noteCount).toBe(0)
    expect(JSON.parse(file.content)).toMatchObject({ total: 0, first: { items: [] } })
  })

  it('gives each JSON export its own collection id', () => {
    const random = new ExportService(library, { list: () => views })
    const a = JSON.parse(random.exportNotes({ selection: { scope: 'all' }, format: 'json' }).content) as { id: string }
    const b = JSON.parse(random.exportNotes({ selection: { scope: 'all' }, format: 'json' }).content) as { id: string }
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(a.id).not.toBe(b.id)
  })
})
