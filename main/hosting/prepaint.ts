/**
 * The first paint, before the renderer's script has run (issue 15): both
 * hosts serve index.html with the document the reader will open already in
 * it as plain, inert HTML, so its text is on screen as fast as a static page.
 * The renderer removes it once its own article is showing
 * (renderer/shell/prepaint.ts).
 *
 * Only a bundled, public document's text and the reading settings (theme,
 * sizes) go into the page: never a note, a position or anything the user typed.
 */
import type { Block, Inline, LibraryDocument } from '../../shared/document-model'
import { paragraphLabel, paragraphPlaces } from '../../shared/paragraph-numbers'
import { readingSettingsAttributes, type ReadingSettings, type ReadingState } from '../../shared/reading-state'

/** What the first paint shows. */
export interface PrepaintInput {
  readonly document: Pick<LibraryDocument, 'id' | 'title' | 'blocks'>
  /** The reader's settings, so the first paint has their theme, size and column. */
  readonly settings: ReadingSettings
}

/** The element id the renderer looks for to remove the first paint. */
export const PREPAINT_ID = 'prepaint'

const ROOT_ELEMENT = '<div id="root"></div>'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? escapeHtml(inline.text) : inline.type === 'break' ? '<br>' : inlineText(inline.children))).join('')
}

/** The margin number, drawn by the reader's CSS from its attribute. */
function anchor(number: number | null): string {
  const label = number === null ? '' : ` data-paragraph-number="${escapeHtml(paragraphLabel(number))}"`
  return `<span class="block-anchor"${label}></span>`
}

function blockHtml(block: Block, number: number | null): string {
  const id = `data-block-id="${escapeHtml(block.id)}"`
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level))
      return `<h${level} class="block block-heading" ${id}>${inlineText(block.inlines)}</h${level}>`
    }
    case 'paragraph':
      return `<div class="block-row">${anchor(number)}<p class="block block-paragraph" ${id}>${inlineText(block.inlines)}</p></div>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const items = block.items.map((item) => `<li>${inlineText(item)}</li>`).join('')
      return `<div class="block-row">${anchor(number)}<${tag} class="block block-list" ${id}>${items}</${tag}></div>`
    }
  }
}

/** The first paint's markup: the reader's column and article classes, hidden from assistive technology and not interactive. */
export function prepaintMarkup({ document }: PrepaintInput): string {
  const places = paragraphPlaces(document.blocks)
  const blocks = document.blocks.map((block) => blockHtml(block, places.get(block.id)?.number ?? null)).join('')
  return (
    `<div id="${PREPAINT_ID}" class="prepaint" aria-hidden="true" inert data-document-id="${escapeHtml(document.id)}">` +
    `<div class="prepaint-bar"></div><div class="prepaint-rail"></div><div class="prepaint-column">` +
    // The meta line's place is kept (its words are the renderer's to choose) so the text does not move when the app takes over.
    `<article class="document" aria-label="${escapeHtml(document.title)}"><div class="document-meta">&#8203;</div>${blocks}</article>` +
    `</div><div class="prepaint-notes"></div></div>`
  )
}

/** The name of the <meta> that carries the app's entry script once the page defers it. */
export const ENTRY_META = 'foc-entry'

const ENTRY_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/

/**
 * index.html with the first paint inside #root (React replaces #root's
 * children when it renders) and the reading settings' attributes on <html>.
 *
 * The app's module script, run as soon as it is fetched, would keep the
 * browser from painting until it had run; so it becomes a modulepreload (fetched
 * and compiled at once) plus a <meta> naming it, and prepaint-route.js starts
 * it after the first frame. Returns the page unchanged when it has no empty
 * #root or no module script, so a changed template degrades to no first
 * paint rather than a broken page.
 */
export function withPrepaint(indexHtml: string, input: PrepaintInput): string {
  const entry = ENTRY_SCRIPT.exec(indexHtml)
  if (!indexHtml.includes(ROOT_ELEMENT) || !entry?.[1]) return indexHtml
  const deferred = indexHtml.replace(
    entry[0],
    `<meta name="${ENTRY_META}" content="${escapeHtml(entry[1])}" />`,
  )
  const attributes = Object.entries(readingSettingsAttributes(input.settings))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')
  // The entry's own chunks are fetched by the entry when it starts; preloading them now would compete with the first paint.
  const withoutPreloads = deferred.replace(/\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
  const themed = withoutPreloads.replace(/<html\b([^>]*)>/, `<html$1${attributes}>`)
  return themed.replace(ROOT_ELEMENT, `<div id="root">${prepaintMarkup(input)}</div>`)
}

/**
 * The first paint for a start: the document the renderer will open (the one
 * read last, else the library's first, as renderer/shell/use-library.ts
 * picks) and the reading settings.
 */
export function prepaintInputFor(
  documents: readonly LibraryDocument[],
  state: Pick<ReadingState, 'lastDocumentId' | 'settings'>,
): PrepaintInput | null {
  const document = documents.find((candidate) => candidate.id === state.lastDocumentId) ?? documents[0]
  return document ? { document, settings: state.settings } : null
}
