/**
 * Test support: builds a Library from in-memory Markdown documents through
 * the real content pipeline (parseDocument + buildBlockIndex + createLibrary),
 * so core tests do not depend on the bundled content.
 */
import type { NotesStore } from '../notes/notes-store'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import type { LibraryDocument } from '../../../shared/document-model'
import { anchorEditorialLinks, citationsByEntry, readEditorialLinks } from '../../../scripts/content/editorial-links'
import { parseDocument } from '../../../scripts/content/parse-document'
import { readGlossary, readTimeline } from '../../../scripts/content/timeline-content'
import { createLibrary, type Library, type LibraryReference } from '../library'
import { assembleReaderCore, type ReaderCore } from '../reader-core'
import type { ReadingStateStore } from '../reading/reading-state-store'
import { blockSearchIndex } from '../search/block-index'

/** Front matter fields a test document needs; the rest default. */
export interface TestDocumentSpec {
  readonly id: string
  readonly title: string
  readonly kind?: 'statement' | 'declaration' | 'resolution' | 'reference'
  readonly date?: string
  readonly issuingBody?: string
  readonly body: string
}

/** The Markdown source of a document with front matter. */
export function markdownSource(spec: TestDocumentSpec): string {
  return [
    '---',
    `id: ${spec.id}`,
    `title: ${JSON.stringify(spec.title)}`,
    `kind: ${spec.kind ?? 'statement'}`,
    `date: "${spec.date ?? '2018'}"`,
    `issuingBody: ${JSON.stringify(spec.issuingBody ?? 'Test Body')}`,
    '---',
    spec.body,
  ].join('\n')
}

/** Parses test documents as the content pipeline would. */
export function parseTestDocuments(specs: readonly TestDocumentSpec[]): LibraryDocument[] {
  return specs.map((spec) => parseDocument(`content/documents/${spec.id}.md`, markdownSource(spec)))
}

/**
 * A Library over `specs`, index built in memory. With `reference` (e.g.
 * {@link sampleReference}), it also has a timeline, glossary and editorial layer.
 */
export function buildTestLibrary(
  specs: readonly TestDocumentSpec[] = SAMPLE_DOCUMENTS,
  reference?: (documents: readonly LibraryDocument[]) => LibraryReference,
): Library {
  const documents = parseTestDocuments(specs)
  return createLibrary(documents, blockSearchIndex(documents), reference?.(documents))
}

/**
 * A small reference layer over {@link SAMPLE_DOCUMENTS}, built by the real
 * pipeline from YAML: two timeline entries (HRC 26/13, whose reference page
 * is the sample resolution, and the sample statement itself), one glossary
 * term, and editorial links in the sample statement ("26/13" and "Human
 * Rights Council"). Throws if the pipeline reports a problem.
 */
export function sampleReference(documents: readonly LibraryDocument[]): LibraryReference {
  const timeline = readTimeline('content/timeline.yaml', SAMPLE_TIMELINE_YAML)
  const glossary = readGlossary('content/glossary.yaml', SAMPLE_GLOSSARY_YAML)
  const links = readEditorialLinks('content/editorial/sample.yaml', SAMPLE_LINKS_YAML)
  const anchored = anchorEditorialLinks([links], {
    documents: new Map(documents.map((document) => [document.id, document])),
    entries: new Map(timeline.items.map((entry) => [entry.id, entry])),
    terms: new Map(glossary.items.map((term) => [term.id, term])),
  })
  const errors = [...timeline.errors, ...glossary.errors, ...anchored.errors]
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'))
  const citations = citationsByEntry(anchored.annotations)
  return {
    timeline: timeline.items.map((entry) => ({ ...entry, citedIn: citations.get(entry.id) ?? [] })),
    glossary: glossary.items,
    editorial: anchored.annotations,
  }
}

const SAMPLE_TIMELINE_YAML = `
- id: sample-statement-entry
  title: Sample Joint Statement
  shortLabel: Sample statement
  date: "2018"
  body: foc
  adoption: { kind: endorsed, text: Issued jointly. }
  summary: A sample statement. It cites resolutions.
  topics: [itu]
  sources: [{ title: Example, url: "https://example.org/statement" }]
  documentId: sample-statement
  unconfirmed: [The month of issue.]
- id: hrc-26-13
  title: The promotion, protection and enjoyment of human rights on the Internet
  shortLabel: HRC 26/13
  date: "2014-06-26"
  body: hrc
  symbol: A/HRC/RES/26/13
  adoption: { kind: consensus, text: Adopted by consensus. }
  summary: A sample resolution. It is cited by the statement.
  topics: [internet-freedom]
  sources: [{ title: Example, url: "https://example.org/26-13" }]
  documentId: sample-resolution
`

const SAMPLE_GLOSSARY_YAML = `
- id: human-rights-council
  term: Human Rights Council
  aliases: [HRC]
  definition: The UN body for human rights.
  seeAlso: [hrc-26-13]
`

const SAMPLE_LINKS_YAML = `
document: sample-statement
links:
  - quote: "26/13"
    entry: hrc-26-13
  - quote: Human Rights Council
    term: human-rights-council
`

/** A ReaderCore over a test library (and a memory store unless given), as the transports see it. */
export function buildTestCore(
  library: Library = buildTestLibrary(),
  options: { store?: NotesStore; now?: () => Date; reading?: ReadingStateStore } = {},
): ReaderCore {
  return assembleReaderCore(library, options.store ?? createMemoryNotesStore(), {
    info: { name: 'FOC Reader', version: '0.0.0-test', mode: 'browser', dataDir: '/tmp/foc-reader-test' },
    ...(options.now ? { now: options.now } : {}),
    ...(options.reading ? { reading: options.reading } : {}),
  })
}

const longParagraph = [
  'The mission and vision of the coalition are founded upon the notion that the same rights that people have offline must also be protected online;',
  'a notion outlined in the founding Hague Declaration, reaffirmed in the Nairobi Terms of Reference, Tallinn Agenda and San José Statement,',
  'and further confirmed in UN Human Rights Council resolutions 20/8, 26/13, 28/16 and 32/13, adopted July 5, 2012, June 26, 2014,',
  'March 26, 2015, and July 1, 2016, respectively.',
].join(' ')

/** Two small documents: a statement and a resolution. */
export const SAMPLE_DOCUMENTS: readonly TestDocumentSpec[] = [
  {
    id: 'sample-statement',
    title: 'Sample Joint Statement',
    body: [
      '**The Sample Coalition**  ',
      '**Joint Statement on Testing**',
      '',
      'We recognise the importance of accountability and transparency.',
      '',
      '## About the Coalition',
      '',
      longParagraph,
      '',
      'The coalition meets every year.',
    ].join('\n'),
  },
  {
    id: 'sample-resolution',
    title: 'The right to privacy in the digital age',
    kind: 'resolution',
    date: '2013-12-18',
    issuingBody: 'UN General Assembly',
    body: [
      '## Preamble',
      '',
      'Affirming that the same rights that people have offline must also be protected online, including the right to privacy.',
      '',
      '## Operative part',
      '',
      'Calls upon all States to respect and protect the right to privacy in digital communication.',
    ].join('\n'),
  },
]
