/**
 * Paragraph numbers, one scheme for every surface (reader margin, search,
 * notes, deep links, briefing, Markdown).
 *
 * The rule, as a diplomat quotes a statement ("¶2" is the second paragraph
 * of the text):
 * - paragraphs are numbered 1, 2, 3… through the whole document, never
 *   restarting at a section, so a number alone names one paragraph;
 * - headings are not numbered (the statement's bold title lines are a
 *   level-1 heading and are not a paragraph of its text);
 * - a list is one numbered paragraph, its items are not counted apart (a
 *   list is one block: the unit that notes anchor to and links open);
 * - the publisher's parts, such as the statement's "About the Freedom Online
 *   Coalition", continue the count (¶5 onwards): they are in the document,
 *   and a number that restarted there would repeat the body's ¶1–¶4.
 * A place names the section a paragraph sits under (its nearest heading
 * below level 1, which titles the document rather than a section).
 */
import type { Block } from './document-model'

/** Where a block is: its number and section, or, for a heading, its own text. */
export interface ParagraphPlace {
  /** 1-based through the document; null for a heading. */
  readonly number: number | null
  /** The heading (below level 1) the block sits under; null before any. */
  readonly section: string | null
  /** A heading block's own text (one line); null for a paragraph or list. */
  readonly heading: string | null
}

const placesCache = new WeakMap<readonly Block[], ReadonlyMap<string, ParagraphPlace>>()

/** Every block's place, by block id; computed once per blocks array. */
export function paragraphPlaces(blocks: readonly Block[]): ReadonlyMap<string, ParagraphPlace> {
  const cached = placesCache.get(blocks)
  if (cached) return cached
  const places = new Map<string, ParagraphPlace>()
  let section: string | null = null
  let number = 0
  for (const block of blocks) {
    if (block.type === 'heading') {
      const text = oneLine(block.text)
      section = block.level === 1 ? null : text
      places.set(block.id, { number: null, section, heading: text })
    } else {
      number += 1
      places.set(block.id, { number, section, heading: null })
    }
  }
  placesCache.set(blocks, places)
  return places
}

/** The label of paragraph `number`: "¶2". */
export function paragraphLabel(number: number): string {
  return `¶${number}`
}

/**
 * A place for people: "About the Freedom Online Coalition, ¶6"; "¶2" before
 * any section; a heading's own text for a heading.
 */
export function formatPlace(place: ParagraphPlace): string {
  if (place.heading !== null) return place.heading
  if (place.number === null) return place.section ?? ''
  const label = paragraphLabel(place.number)
  return place.section === null ? label : `${place.section}, ${label}`
}

/** The place of block `blockId` in `blocks`, formatted; '' if there is no such block. */
export function blockPlaceLabel(blocks: readonly Block[], blockId: string): string {
  const place = paragraphPlaces(blocks).get(blockId)
  return place ? formatPlace(place) : ''
}

/**
 * The block a paragraph reference names: "6", "p6" or "¶6" (a deep link may
 * carry the number people quote); undefined when it names none.
 */
export function blockIdForParagraph(blocks: readonly Block[], reference: string): string | undefined {
  const match = /^(?:¶|p)?\s*(\d{1,4})$/i.exec(reference.trim())
  if (!match) return undefined
  const wanted = Number(match[1])
  for (const [id, place] of paragraphPlaces(blocks)) if (place.number === wanted) return id
  return undefined
}

function oneLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ')
}
