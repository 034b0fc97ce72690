import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { libraryFileSchema } from '../../shared/document-model'
import { loadBlockIndex } from '../../main/core/search/block-index'
import { searchRefs } from '../../main/core/testing/search-refs'
import { buildLibrary, ContentValidationError } from './build-library'
import { ContentError } from './content-error'
import { locateReference, SEED_FILE } from '../testing/reference-files'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const seed = locateReference(SEED_FILE, repoRoot)

function documentSource(id: string, body = 'Some text.', extra: readonly string[] = []): string {
  return ['---', `id: ${id}`, `title: Title of ${id}`, 'kind: statement', 'date: "2018"', 'issuingBody: Body', ...extra, '---', body].join('\n')
}

async function validationError(promise: Promise<unknown>): Promise<ContentValidationError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ContentValidationError) return error
    throw error
  }
  throw new Error('expected a ContentValidationError, but the content was accepted')
}

describe('buildLibrary over a temporary content folder', () => {
  let root: string
  let documentsDir: string

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'foc-content-'))
    documentsDir = path.join(root, 'content', 'documents')
    await mkdir(documentsDir, { recursive: true })
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  async function write(name: string, text: string): Promise<void> {
    await writeFile(path.join(documentsDir, name), text)
  }

  it('builds documents in file-name order with a loadable index', async () => {
    await write('b.md', documentSource('beta', 'Beta mentions Tallinn.'))
    await write('a.md', documentSource('alpha', 'Alpha text.'))
    await write('notes.txt', 'not a document')
    const { library, serializedIndex } = await buildLibrary(path.join(root, 'content'), root)
    expect(libraryFileSchema.parse(library)).toEqual(library)
    expect(library.formatVersion).toBe(libraryFileSchema.shape.formatVersion.value)
    expect(library.documents.map((document) => document.id)).toEqual(['alpha', 'beta'])
    const index = loadBlockIndex(JSON.parse(JSON.stringify(serializedIndex)))
    expect(searchRefs(index, 'Tallinn')).toEqual(['beta#intro-p1'])
  })

  it('collects every error from several bad files, naming each file', async () => {
    await write('1-no-front-matter.md', 'Just text.')
    await write('2-missing-field.md', ['---', 'id: two', 'title: Two', 'kind: statement', 'date: "2018"', '---', 'Text.'].join('\n'))
    await write('3-html.md', documentSource('three', 'Text.\n\n<script>alert(1)</script>'))
    await write('4-good.md', documentSource('four'))
    await write('5-bad-link.md', documentSource('five', '[x](javascript:alert(1))'))
    const error = await validationError(buildLibrary(path.join(root, 'content'), root))
    const where = (name: string): string => path.join('content', 'documents', name)
    expect(error.errors).toHaveLength(4)
    expect(error.errors.every((each) => each instanceof ContentError)).toBe(true)
    expect(error.errors.map((each) => each.file)).toEqual([
      where('1-no-front-matter.md'),
      where('2-missing-field.md'),
      where('3-html.md'),
      where('5-bad-link.md'),
    ])
    expect(error.errors[1]?.message).toContain('"issuingBody" is missing')
    expect(error.errors[2]?.message).toBe(`${where('3-html.md')}:10: unsupported Markdown: html`)
    // The summary message lists every problem, one per line.
    for (const each of error.errors) expect(error.message).toContain(each.message)
    expect(error.message.split('\n')).toHaveLength(5)
  })

  it('rejects a document id used twice and names the first file', async () => {
    await write('a.md', documentSource('same'))
    await write('b.md', documentSource('same'))
    const error = await validationError(buildLibrary(path.join(root, 'content'), root))
    expect(error.errors).toHaveLength(1)
    expect(error.errors[0]?.file).toBe(path.join('content', 'documents', 'b.md'))
    expect(error.errors[0]?.message).toContain(`document id "same" is already used by ${path.join('content', 'documents', 'a.md')}`)
  })

  it('rejects an empty documents folder', async () => {
    const error = await validationError(buildLibrary(path.join(root, 'content'), root))
    expect(error.errors).toHaveLength(1)
    expect(error.errors[0]?.message).toBe(`${path.join('content', 'documents')}: no documents (*.md) found`)
  })

  it('fails plainly when there is no documents folder', async () => {
    await expect(buildLibrary(path.join(root, 'missing'), root)).rejects.toThrow(/ENOENT/)
  })
})

describe('buildLibrary with a timeline, a glossary and editorial links', () => {
  let root: string
  let content: string

  const entry = (id: string, date: string, extra: readonly string[] = []): string =>
    [
      `- id: ${id}`,
      `  title: Title of ${id}`,
      `  shortLabel: ${id}`,
      `  date: "${date}"`,
      '  body: hrc',
      '  adoption: { kind: consensus, text: Adopted by consensus. }',
      '  summary: A summary. In two sentences.',
      '  topics: [internet-freedom]',
      '  sources:',
      `    - { title: Source, url: "https://example.org/${id}" }`,
      `  documentId: ${id}`,
      ...extra,
    ].join('\n')

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'foc-content-'))
    content = path.join(root, 'content')
    await mkdir(path.join(content, 'documents'), { recursive: true })
    await mkdir(path.join(content, 'editorial'))
    await writeFile(path.join(content, 'documents', 'statement.md'), documentSource('statement', 'Confirmed in resolutions 20/8 and 26/13 by the ITU.'))
    for (const [id, date] of [['hrc-26-13', '2014-06-26'], ['hrc-20-8', '2012-07-05']] as const) {
      await writeFile(
        path.join(content, 'documents', `${id}.md`),
        ['---', `id: ${id}`, `title: ${id}`, 'kind: resolution', `date: "${date}"`, 'issuingBody: HRC', `source: https://example.org/${id}`, '---', 'Reference page.'].join('\n'),
      )
    }
    await writeFile(path.join(content, 'timeline.yaml'), [entry('hrc-26-13', '2014-06-26'), entry('hrc-20-8', '2012-07-05')].join('\n'))
    await writeFile(path.join(content, 'glossary.yaml'), '- id: itu\n  term: ITU\n  definition: The agency.\n  seeAlso: [hrc-20-8]\n')
    await writeFile(
      path.join(content, 'editorial', 'statement-links.yaml'),
      'document: statement\nlinks:\n  - quote: "26/13"\n    entry: hrc-26-13\n  - quote: "20/8"\n    entry: hrc-20-8\n  - quote: ITU\n    term: itu\n',
    )
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('builds the timeline in date order with citedIn filled from the links', async () => {
    const { library } = await buildLibrary(content, root)
    expect(library.timeline.map((each) => each.id)).toEqual(['hrc-20-8', 'hrc-26-13'])
    expect(library.timeline[1]?.citedIn).toEqual([{ documentId: 'statement', blockId: 'intro-p1', quote: '26/13', annotationId: 'citation-hrc-26-13' }])
    expect(library.glossary).toEqual([{ id: 'itu', term: 'ITU', aliases: [], definition: 'The agency.', seeAlso: ['hrc-20-8'] }])
    expect(library.editorial.map((annotation) => annotation.id)).toEqual(['citation-hrc-20-8', 'citation-hrc-26-13', 'glossary-itu'])
    expect(libraryFileSchema.parse(JSON.parse(JSON.stringify(library)))).toEqual(library)
  })

  it('fails when an entry has no reference page, or one that disagrees with it', async () => {
    await rm(path.join(content, 'documents', 'hrc-20-8.md'))
    await writeFile(path.join(content, 'timeline.yaml'), [entry('hrc-26-13', '2014-06-27'), entry('hrc-20-8', '2012-07-05')].join('\n'))
    const error = await validationError(buildLibrary(content, root))
    const timeline = path.join('content', 'timeline.yaml')
    expect(error.errors.map((each) => each.message)).toEqual([
      `${timeline}:4: timeline entry "hrc-26-13": date "2014-06-27" differs from the date "2014-06-26" in ${path.join('content', 'documents', 'hrc-26-13.md')}`,
      `${timeline}:22: timeline entry "hrc-20-8": document "hrc-20-8" does not exist (add content/documents/hrc-20-8.md)`,
    ])
  })

  it('fails for a see-also entry that does not exist, and for a link to an unknown entry', async () => {
    await writeFile(path.join(content, 'glossary.yaml'), '- id: itu\n  term: ITU\n  definition: The agency.\n  seeAlso: [hrc-99-1]\n')
    await writeFile(path.join(content, 'editorial', 'statement-links.yaml'), 'document: statement\nlinks:\n  - quote: "26/13"\n    entry: hrc-26-14\n')
    const error = await validationError(buildLibrary(content, root))
    expect(error.errors.map((each) => each.message)).toEqual([
      `${path.join('content', 'glossary.yaml')}:4: glossary term "itu": see-also entry "hrc-99-1" does not exist`,
      `${path.join('content', 'editorial', 'statement-links.yaml')}:4: timeline entry "hrc-26-14" does not exist (see content/timeline.yaml)`,
    ])
  })

  it('collects timeline, glossary and link errors together', async () => {
    await writeFile(path.join(content, 'timeline.yaml'), [entry('hrc-26-13', '2014-06-26', ['  place: ']), entry('hrc-20-8', '2012-07-05')].join('\n'))
    await writeFile(path.join(content, 'glossary.yaml'), '- id: itu\n  term: ITU\n')
    await writeFile(path.join(content, 'editorial', 'statement-links.yaml'), 'document: statement\nlinks:\n  - quote: "32/13"\n    entry: hrc-26-13\n')
    const error = await validationError(buildLibrary(content, root))
    expect(error.errors.map((each) => `${each.file}:${each.line ?? ''}`)).toEqual([
      `${path.join('content', 'timeline.yaml')}:12`,
      `${path.join('content', 'glossary.yaml')}:1`,
      `${path.join('content', 'editorial', 'statement-links.yaml')}:3`,
    ])
  })
})

/**
 * The seed's paragraphs as plain text, derived independently of the
 * pipeline: blank-line separated, Markdown marks dropped, hard breaks "\n",
 * soft breaks spaces.
 */
function seedParagraphs(seed: string): string[] {
  return seed
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/^\n+|\s+$/g, '')
        .replace(/^#{1,6}[ \t]+/, '')
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .split(/ {2,}\n/)
        .map((line) => line.replace(/[ \t]*\n[ \t]*/g, ' '))
        .join('\n'),
    )
    .filter((paragraph) => paragraph.trim() !== '')
}

describe('the bundled content', () => {
  it('builds without errors, each block placed in its document text', async () => {
    const { library, serializedIndex } = await buildLibrary(path.join(repoRoot, 'content'), repoRoot)
    expect(library.documents.length).toBeGreaterThan(0)
    for (const document of library.documents) {
      const codePoints = Array.from(document.plainText)
      for (const block of document.blocks) {
        expect(codePoints.slice(block.range.start, block.range.end).join('')).toBe(block.text)
      }
    }
    expect(searchRefs(loadBlockIndex(JSON.parse(JSON.stringify(serializedIndex))), 'Tallinn').length).toBeGreaterThan(0)
  })

  it("gives the statement's blocks exactly the seed's paragraphs", async (context) => {
    if (seed.skipReason !== null) context.skip(seed.skipReason)
    const seedText = await readFile(seed.path, 'utf8')
    const { library } = await buildLibrary(path.join(repoRoot, 'content'), repoRoot)
    const statement = library.documents.find((document) => document.kind === 'statement')
    expect(statement).toBeDefined()
    const expected = seedParagraphs(seedText)
    expect(expected.length).toBeGreaterThan(5)
    expect(statement?.blocks.map((block) => block.text)).toEqual(expected)
    expect(statement?.blocks[0]).toMatchObject({
      type: 'heading',
      id: 'title',
      text: "The Freedom Online Coalition\nJoint Statement on the International Telecommunications Union's (ITU)\nPlenipotentiary Conference 2018",
    })
  })
})
