/**
 * Why an item of an import file is not a valid note, as a sentence a
 * non-programmer understands ("its passage selector is incomplete"), made
 * from the first problem the note schema found. The import preview lists
 * rejected items with their position in the file and this sentence instead
 * of a schema path ("first.items[10].target.selector: Too small…"). Pure.
 */
import type { z } from 'zod'
import { MAX_NOTE_BODY, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/notes/note-model'

/** One problem zod reports while checking an item against the note schema. */
export type NoteIssue = z.core.$ZodIssue

/** A sentence, starting in lower case after "item 11: ", saying why `raw` is not a note, from its first `issues`. */
export function describeNoteIssue(issues: readonly NoteIssue[], raw: unknown): string {
  const [issue] = issues
  if (issue === undefined) return 'it is not a valid note'
  const path = issue.path
  if (path.length === 0) return 'it is not an annotation (expected a JSON object)'
  const missing = valueAt(raw, path) === undefined
  const [field] = path
  switch (field) {
    case 'id':
      return missing ? 'it has no id' : 'its id is not a valid note id (expected a urn:uuid)'
    case '@context':
      return 'it is not marked as a W3C annotation (its @context is missing or different)'
    case 'type':
      return 'it is not marked as an annotation (its type is not “Annotation”)'
    case 'motivation':
      return missing ? 'it does not say whether it is a highlight or a comment' : 'its motivation is neither highlighting nor commenting'
    case 'created':
      return missing ? 'it has no creation date' : 'its creation date is not a real date'
    case 'modified':
      return missing ? 'it has no date of last change' : 'its date of last change is not a real date'
    case 'body':
      return bodySentence(issue, raw)
    case 'target':
      return targetSentence(issue, missing)
    default:
      return `it is not a valid note (its “${String(field)}” is not as expected)`
  }
}

function bodySentence(issue: NoteIssue, raw: unknown): string {
  const path = issue.path
  if (path.length === 1) {
    if (issue.code === 'too_big') return `it has too many tags (at most ${MAX_TAGS})`
    return 'its text and tags are not in a readable form'
  }
  const last = path[path.length - 1]
  if (last === 'purpose' || issue.code === 'invalid_union') return 'one of its bodies has a purpose FOC Reader does not know (expected describing, tagging or classifying)'
  const purpose = valueAt(raw, [...path.slice(0, -1), 'purpose'])
  if (last === 'value' && purpose === 'describing') {
    return issue.code === 'too_big' ? `its text is too long (at most ${MAX_NOTE_BODY.toLocaleString('en')} characters)` : 'its text is not readable text'
  }
  if (last === 'value' && purpose === 'tagging') {
    if (issue.code === 'too_big') return `one of its tags is too long (at most ${MAX_TAG_LENGTH} characters)`
    return issue.code === 'too_small' ? 'one of its tags is empty' : 'one of its tags is not readable text'
  }
  if (last === 'value' && purpose === 'classifying') return 'its category is not one FOC Reader knows'
  if (last === 'format') return 'its text is not marked as Markdown'
  return 'one of its bodies (its text, a tag or its category) is not in a readable form'
}

function targetSentence(issue: NoteIssue, missing: boolean): string {
  const [, part, index, leaf] = issue.path
  if (part === undefined) return missing ? 'it has no target (the document and passage it is on)' : 'its target is not in a readable form'
  if (part === 'source') return missing ? 'it does not name its document' : 'it does not point to one of FOC Reader’s documents'
  if (part === 'state') return 'its document version is not readable'
  if (part !== 'selector') return 'its target is not in a readable form'
  if (index === 0 && leaf === 'exact') {
    if (issue.code === 'too_big') return `its quoted passage is too long (at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters)`
    if (issue.code === 'too_small') return 'its quoted passage is empty'
  }
  if (index === 1 && (leaf === 'start' || leaf === 'end')) return 'its passage position is not a valid range'
  return 'its passage selector is incomplete'
}

/** The value at `path` inside `raw`, or undefined when any step is missing. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = raw
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
