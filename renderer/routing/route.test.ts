import { describe, expect, it } from 'vitest'
import { compareRoute, documentNotesRoute, parseRoute, readRoute } from './route'

describe('parseRoute', () => {
  it('reads a document and block', () => {
    expect(parseRoute('#/read/foc-pp18-joint-statement/intro-p2')).toEqual({
      view: 'read',
      documentId: 'foc-pp18-joint-statement',
      blockId: 'intro-p2',
    })
  })

  it('reads a document without a block', () => {
    expect(parseRoute('#/read/doc-a')).toEqual({ view: 'read', documentId: 'doc-a', blockId: null })
  })

  it('falls back to the default document for empty or unknown hashes', () => {
    for (const hash of ['', '#', '#/', '#/elsewhere', '#token=abc']) {
      expect(parseRoute(hash)).toEqual({ view: 'read', documentId: null, blockId: null })
    }
  })

  it('ignores segments that are not ids, so a crafted hash cannot inject markup or paths', () => {
    expect(parseRoute('#/read/<img src=x>/..')).toEqual({ view: 'read', documentId: null, blockId: null })
    expect(parseRoute('#/read/doc/..%2f')).toEqual({ view: 'read', documentId: 'doc', blockId: null })
  })

  it('reads the All notes view, whole or narrowed to one document', () => {
    expect(parseRoute('#/notes')).toEqual({ view: 'notes', documentId: null })
    expect(parseRoute(documentNotesRoute('hrc-20-8'))).toEqual({ view: 'notes', documentId: 'hrc-20-8' })
    expect(parseRoute('#/notes/<b>')).toEqual({ view: 'read', documentId: null, blockId: null })
    expect(parseRoute('#/notes/doc/extra')).toEqual({ view: 'read', documentId: null, blockId: null })
  })

  it('reads the comparison of two texts, and the view choosing them', () => {
    expect(parseRoute(compareRoute('draft-1', 'draft-2'))).toEqual({ view: 'compare', beforeId: 'draft-1', afterId: 'draft-2' })
    expect(parseRoute(compareRoute())).toEqual({ view: 'compare', beforeId: null, afterId: null })
    expect(parseRoute('#/compare/draft-1')).toEqual({ view: 'compare', beforeId: null, afterId: null })
    expect(parseRoute('#/compare/<x>/draft-2')).toEqual({ view: 'compare', beforeId: null, afterId: null })
  })

  it('reads the Timeline view with or without an entry', () => {
    expect(parseRoute('#/timeline')).toEqual({ view: 'timeline', entryId: null })
    expect(parseRoute('#/timeline/hrc-26-13')).toEqual({ view: 'timeline', entryId: 'hrc-26-13' })
    expect(parseRoute('#/timeline/<b>')).toEqual({ view: 'timeline', entryId: null })
  })

  it('round-trips with readRoute', () => {
    expect(parseRoute(readRoute('doc', 'sec-p1'))).toEqual({ view: 'read', documentId: 'doc', blockId: 'sec-p1' })
    expect(readRoute('doc')).toBe('#/read/doc')
  })
})
