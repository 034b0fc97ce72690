/**
 * An annotation written by another tool, turned into a note. The W3C model
 * lets bodies and targets take many shapes; this reads the ones a note can
 * hold without loss of meaning (text bodies, tags, a category; one target
 * on a bundled document, by quote and/or position) and says plainly why it
 * cannot take any other: an item that breaks the W3C model (no target, not an
 * annotation) or that the app cannot hold is rejected on its own, with a
 * sentence for people; the rest of the file is still imported.
 */
import { z } from 'zod'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../../shared/notes/categories'
import { ANNOTATION_CONTEXT, MAX_NOTE_BODY, MAX_TAG_LENGTH, MAX_TAGS, noteBodies, noteSchema, type Note } from '../../../shared/notes/note-model'
import { stripControlCharacters } from '../../../shared/text-hygiene'
import { describeNoteIssue } from './describe-note-issue'
import { nameBasedUuid } from './note-identity'
import { isObject, resolveTarget, type DocumentTexts } from './w3c-target'

/** The outcome for one annotation of another tool. */
export type ForeignConversion =
  | { readonly kind: 'note'; readonly note: Note }
  | { readonly kind: 'rejected'; readonly label: string; readonly reason: string }

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const isoDateTime = z.iso.datetime({ offset: true })

/** Converts one annotation; `fallbackTime` stands in for a missing created time (the file's own date, or now). */
export function convertW3cAnnotation(raw: unknown, texts: DocumentTexts, fallbackTime: string): ForeignConversion {
  if (!isObject(raw)) return { kind: 'rejected', label: 'not an annotation', reason: `it is not an annotation (expected a JSON object, found ${describeJson(raw)})` }
  const label = labelOf(raw)
  const reject = (reason: string): ForeignConversion => ({ kind: 'rejected', label, reason })
  const types = Array.isArray(raw['type']) ? raw['type'] : [raw['type']]
  if (!types.includes('Annotation')) return reject(`it is not marked as an annotation (its type is ${raw['type'] === undefined ? 'missing' : shortJson(raw['type'])}, not “Annotation”)`)
  if (raw['id'] !== undefined && typeof raw['id'] !== 'string') return reject(`its id is not text (found ${describeJson(raw['id'])})`)
  if (raw['target'] === undefined) return reject('it has no target (the document and passage it is on)')
  if (raw['body'] !== undefined && raw['bodyValue'] !== undefined) return reject('it has both “body” and “bodyValue”; an annotation has one or the other')

  const targets = Array.isArray(raw['target']) ? raw['target'] : [raw['target']]
  if (targets.length !== 1) return reject(`it has ${targets.length} targets; a note in FOC Reader has exactly one`)
  const resolved = resolveTarget(targets[0], texts)
  if (!('target' in resolved)) return reject(resolved.reason)

  const content = readBodies(raw)
  if ('reason' in content) return reject(content.reason)
  const created = validTime(raw['created']) ?? validTime(raw['modified']) ?? fallbackTime
  const modified = validTime(raw['modified'])
  const rawId = typeof raw['id'] === 'string' ? raw['id'] : null
  const note = {
    '@context': ANNOTATION_CONTEXT,
    // Not random: importing the same file again must find the same note.
    id: rawId !== null && UUID_URN.test(rawId) ? rawId.toLowerCase() : nameBasedUuid(`w3c:${rawId ?? JSON.stringify(raw)}`),
    type: 'Annotation',
    motivation: content.text === '' ? 'highlighting' : 'commenting',
    created,
    modified: modified !== null && Date.parse(modified) >= Date.parse(created) ? modified : created,
    body: noteBodies(content),
    target: resolved.target,
  }
  const parsed = noteSchema.safeParse(note)
  if (!parsed.success) return reject(describeNoteIssue(parsed.error.issues, note))
  return { kind: 'note', note: parsed.data }
}

interface Content {
  readonly text: string
  readonly tags: string[]
  readonly category: NoteCategory | null
}

/** The text, tags and category in an annotation's bodies, or why they cannot make a note. */
function readBodies(raw: Record<string, unknown>): Content | { reason: string } {
  const texts: string[] = []
  const tags: string[] = []
  let category: NoteCategory | null = null
  if (typeof raw['bodyValue'] === 'string') texts.push(raw['bodyValue'])
  const bodies = raw['body'] === undefined ? [] : Array.isArray(raw['body']) ? raw['body'] : [raw['body']]
  for (const body of bodies) {
    const textual = textualBody(body)
    if (textual === null) continue
    const value = stripControlCharacters(textual.value)
    if (value.trim() === '') continue
    if (textual.purpose === 'tagging') tags.push(value.replace(/\s+/g, ' ').trim())
    else if (textual.purpose === 'classifying' && category === null && categoryFor(value) !== null) category = categoryFor(value)
    else if (textual.purpose === 'classifying') tags.push(value.replace(/\s+/g, ' ').trim())
    else texts.push(value)
  }
  const text = texts.join('\n\n')
  if (text.length > MAX_NOTE_BODY) return { reason: `its text is ${text.length.toLocaleString('en')} characters long; a note can be at most ${MAX_NOTE_BODY.toLocaleString('en')}` }
  const unique = [...new Map(tags.map((tag) => [tag.toLocaleLowerCase(), tag])).values()]
  if (unique.length > MAX_TAGS) return { reason: `it has ${unique.length} tags; a note can have at most ${MAX_TAGS}` }
  const long = unique.find((tag) => tag.length > MAX_TAG_LENGTH)
  if (long !== undefined) return { reason: `its tag “${long.slice(0, 30)}…” is longer than ${MAX_TAG_LENGTH} characters` }
  return { text, tags: unique, category }
}

/** A body as text with its purpose: a TextualBody, the first text of a Choice, or a link (kept as its address). */
function textualBody(body: unknown, depth = 0): { value: string; purpose: string | null } | null {
  if (typeof body === 'string') return { value: body, purpose: null }
  if (!isObject(body) || depth > 3) return null
  const purposes = Array.isArray(body['purpose']) ? body['purpose'] : [body['purpose']]
  const purpose = typeof purposes[0] === 'string' ? purposes[0] : null
  if (typeof body['value'] === 'string') {
    const html = typeof body['format'] === 'string' && body['format'].toLowerCase().startsWith('text/html')
    return { value: html ? htmlToText(body['value']) : body['value'], purpose }
  }
  if (Array.isArray(body['items'])) {
    // A Choice offers alternatives (say, one text in two languages): the first readable one stands for it.
    for (const item of body['items']) {
      const found = textualBody(item, depth + 1)
      if (found !== null) return { value: found.value, purpose: found.purpose ?? purpose }
    }
    return null
  }
  const link = typeof body['id'] === 'string' ? body['id'] : typeof body['source'] === 'string' ? body['source'] : null
  return link === null ? null : { value: link, purpose }
}

/** A category from its id or its label ("follow-up", "Follow-up"). */
function categoryFor(value: string): NoteCategory | null {
  const wanted = value.trim().toLocaleLowerCase()
  return NOTE_CATEGORY_IDS.find((id) => id === wanted || NOTE_CATEGORIES[id].label.toLocaleLowerCase() === wanted) ?? null
}

/**
 * HTML bodies as the text they show: paragraphs and line breaks kept, tags
 * (and scripts and styles, which show nothing) dropped, the common entities decoded. The result is text; the app never
 * interprets it as HTML.
 */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (match, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match
      }
      return entities[name.toLowerCase()] ?? match
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function validTime(value: unknown): string | null {
  return typeof value === 'string' && isoDateTime.safeParse(value).success ? value : null
}

/** What the summary calls an item: its id, else the start of its quote. */
function labelOf(raw: Record<string, unknown>): string {
  if (typeof raw['id'] === 'string') return stripControlCharacters(raw['id']).slice(0, 120)
  return 'an annotation without an id'
}

/** "a string", "an array", "null": what a JSON value is, for messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
