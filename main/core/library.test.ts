import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { escapeRegExp } from '../../shared/escape-reg-exp'
import { libraryFileSchema } from '../../shared/document-model'
import type { EditorialAnnotation, GlossaryTerm, TimelineEntry } from '../../shared/timeline-model'
import { createLibrary, INDEX_FILE, LIBRARY_FILE, LibraryLoadError, loadLibrary } from './library'
import { createReaderCore } from './reader-core'
import { blockSearchIndex, buildBlockIndex, storeBlockIndex } from './search/block-index'
import { sha256 } from './search/checksum'
import { SearchService } from './search/search-service'
import { buildTestLibrary, parseTestDocuments, SAMPLE_DOCUMENTS, sampleReference } from './testing/test-library'

const documents = parseTestDocuments(SAMPLE_DOCUMENTS)

/**
 * A valid library file over the sample documents. The format version comes
 * from the schema, and the collections other than documents are empty, so
 * this follows the library format as it grows.
 */
/** The index file's text, as the content build writes it. */
const indexText = JSON.stringify(storeBlockIndex(buildBlockIndex(documents)))

function libraryFile(): Record<string, unknown> {
  return {
    searchIndexSha256: sha256(indexText),
    formatVersion: libraryFileSchema.shape.formatVersion.value,
    builtFrom: 'content/',
    documents: structuredClone(documents),
    timeline: [],
    glossary: [],
    editorial: [],
  }
}

async function loadError(dir: string): Promise<LibraryLoadError> {
  try {
    await loadLibrary(dir)
  } catch (error) {
    if (error instanceof LibraryLoadError) return error
    throw error
  }
  throw new Error('expected a LibraryLoadError, but the library loaded')
}

describe('loadLibrary', () => {
  let dir: string
  let libraryPath: string
  let indexPath: string

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'foc-library-'))
    libraryPath = path.join(dir, LIBRARY_FILE)
    indexPath = path.join(dir, INDEX_FILE)
    await writeFile(libraryPath, JSON.stringify(libraryFile()))
    await writeFile(indexPath, indexText)
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('loads valid files into a searchable library', async () => {
    const library = await loadLibrary(dir)
    expect(library.documents.map((document) => document.id)).toEqual(['sample-statement', 'sample-resolution'])
    expect(library.getDocument('sample-resolution')?.title).toBe('The right to privacy in the digital age')
    expect(library.getDocument('nope')).toBeUndefined()
    const notes = { list: () => [], onChange: () => () => undefined }
    const [hit] = new SearchService(library, notes).search({ query: 'Tallinn' }).groups[0]?.results ?? []
    expect(hit?.kind === 'document' && hit.blockId).toBe('about-the-coalition-p1')
  })

  it('backs a ReaderCore with facts about the run', async () => {
    const dataDir = path.join(dir, 'data')
    const core = await createReaderCore({ contentDir: dir, dataDir, mode: 'browser', version: '1.2.3', lockDataDir: false })
    expect(core.info).toEqual({ name: 'FOC Reader', version: '1.2.3', mode: 'browser', dataDir })
    expect(core.library.documents).toHaveLength(2)
  })

  it('names the missing library file', async () => {
    await unlink(libraryPath)
    const error = await loadError(dir)
    expect(error.message).toBe(`Could not load ${libraryPath}: the file does not exist (run "npm run build:content")`)
  })

  it('names the missing index file', async () => {
    await unlink(indexPath)
    const error = await loadError(dir)
    expect(error.message).toContain(indexPath)
    expect(error.message).toContain('does not exist')
  })

  it('reports a file that cannot be read', async () => {
    await unlink(libraryPath)
    await mkdir(libraryPath)
    const error = await loadError(dir)
    expect(error.message).toContain(`Could not load ${libraryPath}:`)
    expect(error.message).toContain('EISDIR')
  })

  it('reports invalid JSON in either file', async () => {
    await writeFile(libraryPath, '{"formatVersion": 1,')
    expect((await loadError(dir)).message).toMatch(new RegExp(`^Could not load ${escapeRegExp(libraryPath)}: not valid JSON \\(`))
    // An index that is not JSON, yet matches its checksum (a faulty build).
    await writeFile(libraryPath, JSON.stringify({ ...libraryFile(), searchIndexSha256: sha256('{"format":') }))
    await writeFile(indexPath, '{"format":')
    expect((await loadError(dir)).message).toContain(`Could not load ${indexPath}: not valid JSON`)
  })

  it('refuses an index that differs from the one its library was built with, by one byte or more', async () => {
    for (const damaged of [indexText.slice(0, -1), indexText.replace('"weights":[', '"weights":[9'), '']) {
      await writeFile(indexPath, damaged)
      const error = await loadError(dir)
      expect(error.message).toBe(
        `Could not load ${indexPath}: the file is damaged or from another build: its checksum differs from the one ${LIBRARY_FILE} records (run "npm run build:content")`,
      )
    }
  })

  it('refuses a stored index with the right checksum but the wrong shape, naming what is wrong', async () => {
    const wrong = JSON.stringify({ ...(JSON.parse(indexText) as object), version: 99 })
    await writeFile(libraryPath, JSON.stringify({ ...libraryFile(), searchIndexSha256: sha256(wrong) }))
    await writeFile(indexPath, wrong)
    expect((await loadError(dir)).message).toMatch(/^Could not load .*search-index\.json: search index file is not a stored search index: version: /)
  })

  it('names the field path of a library with the wrong shape', async () => {
    const cases: Array<[mutate: (file: Record<string, unknown>) => void, field: string]> = [
      [(file) => (file['formatVersion'] = 999), 'formatVersion'],
      [(file) => delete file['documents'], 'documents'],
      [(file) => delete (file['documents'] as Array<Record<string, unknown>>)[1]?.['title'], 'documents.1.title'],
      [
        (file) => {
          const [first] = file['documents'] as Array<{ blocks: Array<{ range: { start: number } }> }>
          const block = first?.blocks[2]
          if (block) block.range.start = -1
        },
        'documents.0.blocks.2.range.start',
      ],
      [(file) => Object.assign((file['documents'] as object[])[0] ?? {}, { version: 'not-a-hash' }), 'documents.0.version'],
    ]
    for (const [mutate, field] of cases) {
      const file = libraryFile()
      mutate(file)
      await writeFile(libraryPath, JSON.stringify(file))
      const error = await loadError(dir)
      expect(error.message, field).toContain(`Could not load ${libraryPath}: `)
      expect(error.message, field).toContain(`${field}: `)
    }
  })

  it('loads the timeline, glossary and editorial annotations with lookups', async () => {
    await writeFile(libraryPath, JSON.stringify({ ...libraryFile(), ...sampleReference(documents) }))
    const library = await loadLibrary(dir)
    expect(library.timeline.map((entry) => entry.id)).toEqual(['hrc-26-13', 'sample-statement-entry'])
    expect(library.getTimelineEntry('hrc-26-13')?.citedIn).toEqual([
      { documentId: 'sample-statement', blockId: 'about-the-coalition-p1', quote: '26/13', annotationId: 'citation-hrc-26-13' },
    ])
    expect(library.getTimelineEntryForDocument('sample-resolution')?.id).toBe('hrc-26-13')
    expect(library.getGlossaryTerm('human-rights-council')?.aliases).toEqual(['HRC'])
    expect(library.editorialFor('sample-statement').map((annotation) => annotation.id)).toEqual(['glossary-human-rights-council', 'citation-hrc-26-13'])
    expect(library.getEditorialAnnotation('citation-hrc-26-13')).toMatchObject({ kind: 'citation', entryId: 'hrc-26-13' })
  })

  it('refuses a reference layer whose references do not hold', async () => {
    type Reference = { timeline: TimelineEntry[]; glossary: GlossaryTerm[]; editorial: EditorialAnnotation[] }
    const cases: Array<[mutate: (file: Reference) => void, problem: string]> = [
      [(file) => Object.assign(file.timeline[0] ?? {}, { documentId: 'gone' }), 'timeline entry "sample-statement-entry": its document "gone" is not in the library'],
      [(file) => Object.assign(file.editorial[0] ?? {}, { termId: 'gone' }), 'editorial annotation "glossary-human-rights-council": glossary term "gone" does not exist'],
      [
        (file) => Object.assign(file.editorial[1]?.selector[0] ?? {}, { exact: '28/16' }),
        'editorial annotation "citation-hrc-26-13": the text at its position is not its quote "28/16"',
      ],
      [(file) => file.glossary.push(...file.glossary), 'glossary term id "human-rights-council" is used more than once'],
    ]
    for (const [mutate, problem] of cases) {
      const reference = structuredClone(sampleReference(documents)) as Reference
      mutate(reference)
      await writeFile(libraryPath, JSON.stringify({ ...libraryFile(), ...reference }))
      const error = await loadError(dir)
      expect(error.message, problem).toContain(`Could not load ${libraryPath}: `)
      expect(error.message, problem).toContain(problem)
    }
  })

  it('reports a damaged index as a problem with the index file', async () => {
    for (const damaged of ['[]', '{}', '"text"', 'null', JSON.stringify({ version: '2.3.9' })]) {
      await writeFile(indexPath, damaged)
      const error = await loadError(dir)
      expect(error.message, damaged).toContain(`Could not load ${indexPath}: `)
    }
  })
})

describe('createLibrary', () => {
  const library = createLibrary(documents, blockSearchIndex(documents))

  it('finds blocks with the heading they sit under', () => {
    expect(library.findBlock('sample-statement', 'title')).toMatchObject({ heading: 'The Sample Coalition\nJoint Statement on Testing' })
    expect(library.findBlock('sample-statement', 'about-the-coalition-p2')).toMatchObject({
      heading: 'About the Coalition',
      block: { type: 'paragraph', text: 'The coalition meets every year.' },
      document: { id: 'sample-statement' },
    })
    expect(library.findBlock('sample-resolution', 'operative-part')?.heading).toBe('Operative part')
  })

  it('gives blocks before any heading an empty heading', () => {
    const [document] = parseTestDocuments([{ id: 'plain', title: 'Plain', body: 'No heading here.' }])
    const plain = createLibrary(document ? [document] : [], blockSearchIndex([]))
    expect(plain.findBlock('plain', 'intro-p1')?.heading).toBe('')
  })

  it('has an empty reference layer unless given one', () => {
    expect(library.timeline).toEqual([])
    expect(library.glossary).toEqual([])
    expect(library.editorialFor('sample-statement')).toEqual([])
    expect(library.getTimelineEntry('hrc-26-13')).toBeUndefined()
  })

  it('keeps the timeline in chronological order whatever the input order', () => {
    const withReference = buildTestLibrary(SAMPLE_DOCUMENTS, (parsed) => {
      const reference = sampleReference(parsed)
      return { ...reference, timeline: [...reference.timeline].reverse() }
    })
    expect(withReference.timeline.map((entry) => entry.date)).toEqual(['2014-06-26', '2018'])
    expect(withReference.getGlossaryTerm('nope')).toBeUndefined()
    expect(withReference.getTimelineEntryForDocument('nope')).toBeUndefined()
  })

  it('returns undefined for unknown documents and blocks', () => {
    expect(library.findBlock('sample-statement', 'nope')).toBeUndefined()
    expect(library.findBlock('nope', 'title')).toBeUndefined()
    // Ids are joined with a separator that cannot occur in them.
    expect(library.findBlock('sample', 'statement\0title')).toBeUndefined()
  })
})
