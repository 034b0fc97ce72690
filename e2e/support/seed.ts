/**
 * The seed file is the statement exactly as published; the bundled document's
 * body is this text. Tests parse it themselves, independently of the app's
 * content pipeline, so that a pipeline or rendering bug cannot hide a change
 * to the words.
 */
import { readFileSync } from 'node:fs'
import { locateReference, SEED_FILE } from '../../scripts/testing/reference-files'
import { repoRoot } from './paths'

/** The id of the bundled statement. */
export const STATEMENT_ID = 'foc-pp18-joint-statement'

/** The statement as a reader should see it. */
export interface SeedStatement {
  /** The title's lines (a Markdown hard break, two trailing spaces, separates them). */
  readonly titleLines: readonly string[]
  /** Section headings (`## `), without Markdown marks. */
  readonly headings: readonly string[]
  /** Body paragraphs in order, as plain text (links replaced by their text). */
  readonly paragraphs: readonly string[]
  /** Every link, in order. */
  readonly links: readonly { readonly text: string; readonly href: string }[]
}

/** Where the seed is (FOC_SEED_FILE, else ../shared/seeds/), and why its checks skip when it is not there. */
export const seedLocation = locateReference(SEED_FILE, repoRoot)

/** Reads and parses the seed; call only where `seedLocation.skipReason` is null. */
export function readSeedStatement(file = seedLocation.path): SeedStatement {
  return parseSeedStatement(readFileSync(file, 'utf8'))
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g

/** Parses the seed's small Markdown dialect: a bold title block, `## ` headings, paragraphs with links. */
export function parseSeedStatement(source: string): SeedStatement {
  const chunks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
  const titleLines: string[] = []
  const headings: string[] = []
  const paragraphs: string[] = []
  const links: { text: string; href: string }[] = []
  for (const [index, chunk] of chunks.entries()) {
    if (chunk.startsWith('## ')) {
      headings.push(inline(chunk.slice(3), links))
    } else if (index === 0 && / {2}\n/.test(chunk)) {
      // The title: lines ending in two spaces are hard line breaks.
      titleLines.push(...chunk.split(/ {2,}\n/).map((line) => inline(line, links)))
    } else {
      paragraphs.push(inline(chunk.replace(/\s*\n\s*/g, ' '), links))
    }
  }
  if (titleLines.length === 0) throw new Error('The seed has no title block (lines ending in two spaces) at its start.')
  return { titleLines, headings, paragraphs, links }
}

/** Drops bold marks, turns links into their text (recording them), trims. */
function inline(text: string, links: { text: string; href: string }[]): string {
  return text
    .replace(/\*\*/g, '')
    .replace(LINK, (_match, linkText: string, href: string) => {
      links.push({ text: linkText, href })
      return linkText
    })
    .trim()
}
