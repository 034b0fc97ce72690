/**
 * The JSON export's structure, checked by the project's own tests so that a
 * clone without the W3C suite (w3c-conformance.test.ts) still tests it: ids,
 * types, selector shapes, bodies, dates and the collection's paging.
 */
import { describe, expect, it } from 'vitest'
import { buildAnnotationCollection } from './annotation-json'
import { ExportService } from './export-service'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

type Json = Record<string, unknown>

function exportedFile(): Json {
  const library = exportTestLibrary()
  const views = exportTestViews(library)
  const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, appVersion: '0.1.0' })
  return JSON.parse(service.exportNotes({ selection: { scope: 'all' }, format: 'json' }).content) as Json
}

const items = (collection: Json): Json[] => (collection['first'] as { items: Json[] }).items

describe('the exported collection', () => {
  it('is one AnnotationCollection whose embedded first page holds every note', () => {
    const collection = exportedFile()
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld'])
    expect(collection['type']).toBe('AnnotationCollection')
    expect(collection['id']).toMatch(URN_UUID)
    expect(collection['generated']).toMatch(DATE_TIME)
    const page = collection['first'] as Json
    expect(page).toMatchObject({ type: 'AnnotationPage', startIndex: 0 })
    expect(page['id']).toBe(`${String(collection['id'])}#page-1`)
    expect(collection['total']).toBe(items(collection).length)
    expect(items(collection)).toHaveLength(14)
    // One page only: no links to pages that are not in the file.
    expect(collection).not.toHaveProperty('last')
    expect(page).not.toHaveProperty('next')
  })

  it('gives every annotation a unique urn:uuid, the Annotation type and date-times', () => {
    const annotations = items(exportedFile())
    const ids = annotations.map((annotation) => annotation['id'])
    expect(new Set(ids).size).toBe(ids.length)
    for (const annotation of annotations) {
      expect(annotation['id']).toMatch(URN_UUID)
      expect(annotation['type']).toBe('Annotation')
      expect(annotation['created']).toMatch(DATE_TIME)
      expect(annotation['modified']).toMatch(DATE_TIME)
      expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    }
  })

  it('targets a document, or a passage in it with a quote and then a position selector', () => {
    const annotations = items(exportedFile())
    let passages = 0
    for (const annotation of annotations) {
      const target = annotation['target'] as Json
      expect(String(target['source'])).toMatch(/^urn:/)
      const selector = target['selector'] as Json[] | undefined
      if (selector === undefined) continue
      passages += 1
      const [quote, position] = selector
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String) })
      expect(String(quote?.['exact']).length).toBeGreaterThan(0)
      expect(position).toMatchObject({ type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) })
      const [start, end] = [Number(position?.['start']), Number(position?.['end'])]
      expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start).toBe(true)
    }
    expect(passages).toBeGreaterThan(0)
  })

  it('has bodies only as a non-empty list of TextualBody with a purpose and a value', () => {
    const annotations = items(exportedFile())
    const bodyless = annotations.filter((annotation) => !('body' in annotation))
    expect(bodyless.length).toBeGreaterThan(0) // bare highlights have no body key, never []
    for (const annotation of annotations) {
      if (!('body' in annotation)) continue
      const bodies = annotation['body'] as Json[]
      expect(bodies.length).toBeGreaterThan(0)
      for (const body of bodies) {
        expect(body['type']).toBe('TextualBody')
        expect(['describing', 'tagging', 'classifying']).toContain(body['purpose'])
        expect(typeof body['value']).toBe('string')
      }
    }
  })

  it('is still a valid collection when empty', () => {
    const collection = JSON.parse(JSON.stringify(buildAnnotationCollection([], { id: 'urn:uuid:00000000-0000-4000-8000-0000000000e0', label: 'Nothing', generated: FIXED_NOW, appVersion: '0' }))) as Json
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0, first: { type: 'AnnotationPage', startIndex: 0, items: [] } })
  })
})
