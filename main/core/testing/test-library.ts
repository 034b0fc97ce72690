/**
 * Test support: builds a Library from in-memory Markdown documents through
 * the real content pipeline (parseDocument + buildBlockIndex + createLibrary),
 * so core tests do not depend on the bundled content.
 */
import { NotesService } from '../notes/notes-service'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import type { LibraryDocument } from '../../../shared/document-model'
import { parseDocument } from '../../../scripts/content/parse-document'
import { createLibrary, type Library } from '../library'
import type { ReaderCore } from '../reader-core'
import { buildBlockIndex } from '../search/block-index'

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

/** A Library over `specs`, index built in memory. */
export function buildTestLibrary(specs: readonly TestDocumentSpec[] = SAMPLE_DOCUMENTS): Library {
  const documents = parseTestDocuments(specs)
  return createLibrary(documents, buildBlockIndex(documents))
}

/** A ReaderCore over a test library, as the transports see it. */
export function buildTestCore(library: Library = buildTestLibrary()): ReaderCore {
  return {
    library,
    info: { name: 'FOC Reader', version: '0.0.0-test', mode: 'browser', dataDir: '/tmp/foc-reader-test' },
    notes: new NotesService(library, createMemoryNotesStore()),
    close: async () => undefined,
  }
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
