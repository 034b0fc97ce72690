/**
 * The exports of notes on an added document with revisions: the Markdown
 * marks the revision each note belongs to, and the W3C JSON names it in
 * each note's source IRI, which the import reads back to the same notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentIdFromUrn, documentRevisionUrn, plainDocumentUrn, revisionFromUrn } from '../../../shared/notes/note-model'
import { foreignAnnotation } from '../import/testing/import-fixtures'
import { withRevisionSource } from './annotation-json'
import { noteRevision, readEarlierTexts, revisionMark } from './note-revision'
import { revisedDraft, type RevisedDraft } from './testing/revision-fixtures'

let draft: RevisedDraft
beforeAll(async () => {
  draft = await revisedDraft()
})
afterAll(async () => {
  await draft.dispose()
})

describe('the revision source IRI', () => {
  it('names the document and the revision, and reads back to the document', () => {
    const iri = documentRevisionUrn('my-draft-a1b2c3', 2)
    expect(iri).toBe('urn:foc-reader:document:my-draft-a1b2c3:rev:2')
    expect(documentIdFromUrn(iri)).toBe('my-draft-a1b2c3')
    expect(revisionFromUrn(iri)).toBe(2)
    expect(plainDocumentUrn(iri)).toBe('urn:foc-reader:document:my-draft-a1b2c3')
    expect(revisionFromUrn('urn:foc-reader:document:my-draft-a1b2c3')).toBeNull()
    expect(revisionFromUrn('https://example.org/doc:rev:2')).toBeNull()
  })
})

describe('the revision a note belongs to', () => {
  it('is the earlier revision itself for a note kept on it, whose source is left as it is', async () => {
    const { core, documentId } = draft
    const view = core.notes.list().find((each) => each.note.id === draft.notes.kept)
    if (!view) throw new Error('no kept note')
    const kept = { ...view, note: { ...view.note, target: { ...view.note.target, source: `urn:foc-reader:document:${documentId}--rev-1` } } }
    const earlier = await readEarlierTexts([`${documentId}--rev-1`], core.library, (id) => core.documents.revision(id))
    const revision = noteRevision(kept, core.library, earlier)
    expect(revision).toEqual({ number: 1, label: 'Rev. 1', carriedTo: null, documentId })
    expect(revision && revisionMark(revision)).toBe('Rev. 1')
    expect(withRevisionSource(kept.note, revision)).toBe(kept.note)
  })
})

describe('the Markdown export of a revised document', () => {
  it('marks each note with its revision: the current one, or the one it was made on and carried from', async () => {
    const file = await draft.core.exports.exportFile({ selection: { scope: 'document', documentId: draft.documentId }, format: 'markdown' })
    const facts = (body: string) => {
      const at = file.content.indexOf(body)
      expect(at).toBeGreaterThan(-1)
      return file.content.slice(at).split('\n').find((line) => line.includes('Category:')) ?? ''
    }
    expect(facts('Good.')).toContain('Rev. 2 (L.7/Rev.1) (made on Rev. 1) · Category: none')
    expect(facts('Watch this one.')).toContain('Rev. 2 (L.7/Rev.1) (made on Rev. 1)')
    expect(facts('New: support.')).toMatch(/^Rev\. 2 \(L\.7\/Rev\.1\) · Category: none$/)
  })

  it('marks nothing on a document without revisions', async () => {
    const plain = await draft.core.documents.add({ fileName: 'other.md', bytes: Buffer.from('# Other\n\nA single paragraph here.'), kind: 'other' })
    await draft.core.notes.create({ documentId: plain.id, range: { start: 8, end: 14 }, motivation: 'commenting', text: 'Plain note.' })
    const file = await draft.core.exports.exportFile({ selection: { scope: 'document', documentId: plain.id }, format: 'markdown' })
    expect(file.content).toContain('Plain note.')
    expect(file.content).not.toMatch(/Rev\. \d/)
  })
})

describe('the W3C JSON export of a revised document', () => {
  it('names the revision in each source, and imports back as the same notes', async () => {
    const file = await draft.core.exports.exportFile({ selection: { scope: 'document', documentId: draft.documentId }, format: 'json' })
    const items = (JSON.parse(file.content) as { first: { items: Array<{ id: string; target: { source: string } }> } }).first.items
    const sources = new Map(items.map((item) => [item.id, item.target.source]))
    expect(sources.get(draft.notes.kept)).toBe(documentRevisionUrn(draft.documentId, 1))
    expect(sources.get(draft.notes.deleted)).toBe(documentRevisionUrn(draft.documentId, 1))
    expect(sources.get(draft.notes.inserted)).toBe(documentRevisionUrn(draft.documentId, 2))

    const before = draft.core.notes.list()
    const preview = draft.core.imports.previewImport(file.content)
    expect(preview.ok && { new: preview.summary.new.length, unchanged: preview.summary.unchanged.length }).toEqual({ new: 0, unchanged: 4 })
    await draft.core.imports.confirmImport(file.content)
    expect(draft.core.notes.list()).toEqual(before)
    const statuses = new Map(draft.core.notes.list().map((view) => [view.note.id, view.anchor.status]))
    expect(statuses.get(draft.notes.kept)).toBe('exact')
    expect(statuses.get(draft.notes.inserted)).toBe('exact')
  })

  it('imports into an empty store with the plain source and the same anchors', async () => {
    const file = await draft.core.exports.exportFile({ selection: { scope: 'document', documentId: draft.documentId }, format: 'json' })
    const onDraft = () => draft.core.notes.list().filter((view) => documentIdFromUrn(view.note.target.source) === draft.documentId)
    const originals = new Map(onDraft().map((view) => [view.note.id, view]))
    const removed = await draft.core.notes.deleteMany([...originals.keys()])
    expect(removed).toHaveLength(4)
    await draft.core.imports.confirmImport(file.content)
    expect(onDraft()).toHaveLength(4)
    for (const view of onDraft()) {
      const original = originals.get(view.note.id)
      expect(view.note).toEqual(original?.note)
      expect(view.anchor).toEqual(original?.anchor)
    }
  })

  it('reads a revision source from another tool as the document it names', async () => {
    const source = documentRevisionUrn(draft.documentId, 2)
    const annotation = foreignAnnotation({ id: 'https://annotations.example.org/anno/rev', target: { source, selector: { type: 'TextQuoteSelector', exact: 'satellite broadband' } } })
    await draft.core.imports.confirmImport(JSON.stringify([annotation]))
    const imported = draft.core.notes.list().find((view) => view.note.target.selector?.[0].exact === 'satellite broadband')
    expect(imported?.note.target.source).toBe(plainDocumentUrn(source))
    expect(imported?.anchor.status).toBe('exact')
  })
})
