/**
 * Marks the matched words where a search result opens, with the CSS Custom
 * Highlight API: nothing is added to the DOM React owns, so the reader's own
 * highlight layers are untouched. The marks clear on the user's next action
 * (a click, a key, another route).
 */

/** The highlight name styled by `::highlight(search-match)`. */
export const SEARCH_HIGHLIGHT = 'search-match'

/** A result's marks waiting for their view to render. */
interface MarkRequest {
  readonly hash: string
  readonly target: MarkTarget
  readonly terms: readonly string[]
}

let request: MarkRequest | null = null
let stopListening: (() => void) | null = null

/** Where a result opened: a document block, or the timeline's detail card. */
export type MarkTarget = { readonly blockId: string } | { readonly timelineEntry: true }

/**
 * Once the page is at `hash` and `target` is on screen, marks each
 * occurrence of `terms` in it: at once if it already is, else when the view
 * says it has rendered its target ({@link searchTargetRendered}). Replaces
 * any marks or pending request from an earlier result.
 */
export function markSearchMatches(hash: string, target: MarkTarget, terms: readonly string[]): void {
  clearSearchMarks()
  const wanted = terms.map((term) => term.trim()).filter((term) => term !== '')
  if (wanted.length === 0 || typeof CSS === 'undefined' || !('highlights' in CSS)) return
  request = { hash, target, terms: wanted }
  stopListening = listenForNextAction(hash)
  placeRequestedMarks()
}

/**
 * Called by a view once it has rendered the block or entry its route names
 * (the reader's document, the timeline's detail card): places the marks a
 * result asked for there, if any.
 */
export function searchTargetRendered(): void {
  placeRequestedMarks()
}

/** Removes the marks (and any request to place them). */
export function clearSearchMarks(): void {
  request = null
  stopListening?.()
  stopListening = null
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(SEARCH_HIGHLIGHT)
  for (const element of document.querySelectorAll('[data-search-marks]')) element.removeAttribute('data-search-marks')
}

function placeRequestedMarks(): void {
  // Before the route changes, the old view may show a block of the same id.
  if (!request || window.location.hash !== request.hash) return
  const element = findTarget(request.target)
  const ranges = element ? rangesOf(element, request.terms) : []
  if (!element || ranges.length === 0) return
  request = null
  CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges))
  element.setAttribute('data-search-marks', String(ranges.length))
}

function findTarget(target: MarkTarget): Element | null {
  if ('blockId' in target) return document.querySelector(`#reading-column article [data-block-id="${CSS.escape(target.blockId)}"]`)
  return document.querySelector('#reading-column .entry-detail')
}

function listenForNextAction(hash: string): () => void {
  const events = ['pointerdown', 'keydown'] as const
  const clear = () => clearSearchMarks()
  // The hashchange of the navigation that opened the result comes after the request: only another route clears it.
  const onRoute = () => {
    if (window.location.hash !== hash) clearSearchMarks()
  }
  for (const name of events) window.addEventListener(name, clear, { capture: true })
  window.addEventListener('hashchange', onRoute)
  return () => {
    for (const name of events) window.removeEventListener(name, clear, { capture: true })
    window.removeEventListener('hashchange', onRoute)
  }
}

/** Ranges over each whole-word, case-insensitive occurrence of `terms` in the text of `root`. */
function rangesOf(root: Element, terms: readonly string[]): Range[] {
  const nodes: Text[] = []
  const starts: number[] = []
  let text = ''
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text)
    starts.push(text.length)
    text += (node as Text).data
  }
  const lower = text.toLowerCase()
  const ranges: Range[] = []
  for (const term of terms) {
    const needle = term.toLowerCase()
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      if (isWordChar(lower[at - 1]) || isWordChar(lower[at + needle.length])) continue
      const range = document.createRange()
      const [startNode, startOffset] = locate(nodes, starts, at)
      const [endNode, endOffset] = locate(nodes, starts, at + needle.length)
      range.setStart(startNode, startOffset)
      range.setEnd(endNode, endOffset)
      ranges.push(range)
    }
  }
  return ranges
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char)
}

function locate(nodes: readonly Text[], starts: readonly number[], offset: number): [Text, number] {
  let index = nodes.length - 1
  while (index > 0 && (starts[index] as number) > offset) index--
  const node = nodes[index] as Text
  return [node, offset - (starts[index] as number)]
}
