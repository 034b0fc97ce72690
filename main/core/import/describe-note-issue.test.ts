import { describe, expect, it } from 'vitest'
import { noteSchema } from '../../../shared/notes/note-model'
import { describeNoteIssue } from './describe-note-issue'

const valid = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:0b7c4c2e-5f0e-4d8a-9f3e-1a2b3c4d5e6f',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2025-01-01T00:00:00Z',
  modified: '2025-01-02T00:00:00Z',
  body: [{ type: 'TextualBody', purpose: 'describing', value: 'A note.', format: 'text/markdown' }],
  target: {
    source: 'urn:foc-reader:document:sample-resolution',
    selector: [
      { type: 'TextQuoteSelector', exact: 'privacy', prefix: 'the right to ', suffix: ' in' },
      { type: 'TextPositionSelector', start: 10, end: 17 },
    ],
  },
}

/** The sentence for `valid` changed by `change`. */
function sentence(change: Record<string, unknown> | unknown): string {
  const raw = typeof change === 'object' && change !== null && !Array.isArray(change) ? { ...valid, ...change } : change
  const parsed = noteSchema.safeParse(raw)
  if (parsed.success) throw new Error('expected the item to be invalid')
  return describeNoteIssue(parsed.error.issues, raw)
}

const body = (value: Record<string, unknown>) => ({ body: [{ type: 'TextualBody', ...value }] })

describe('describeNoteIssue: why an item is not a note, in words', () => {
  it('the fixture is a valid note', () => {
    expect(noteSchema.safeParse(valid).success).toBe(true)
  })

  it('a missing or invalid id', () => {
    expect(sentence({ id: undefined })).toBe('it has no id')
    expect(sentence({ id: 'note-7' })).toBe('its id is not a valid note id (expected a urn:uuid)')
  })

  it('an incomplete passage selector, an empty or too long quote, a bad position', () => {
    expect(sentence({ target: { ...valid.target, selector: [valid.target.selector[0]] } })).toBe('its passage selector is incomplete')
    expect(sentence({ target: { ...valid.target, selector: [{ type: 'TextQuoteSelector' }, valid.target.selector[1]] } })).toBe('its passage selector is incomplete')
    expect(sentence({ target: { ...valid.target, selector: [{ ...valid.target.selector[0], exact: '' }, valid.target.selector[1]] } })).toBe('its quoted passage is empty')
    expect(sentence({ target: { ...valid.target, selector: [{ ...valid.target.selector[0], exact: 'x'.repeat(20_001) }, valid.target.selector[1]] } })).toBe(
      'its quoted passage is too long (at most 20,000 characters)',
    )
    expect(sentence({ target: { ...valid.target, selector: [valid.target.selector[0], { type: 'TextPositionSelector', start: 9, end: 3 }] } })).toBe(
      'its passage position is not a valid range',
    )
  })

  it('an unknown body purpose, a category it does not know, too many tags, a tag too long', () => {
    const unknownPurpose = 'one of its bodies has a purpose FOC Reader does not know (expected describing, tagging or classifying)'
    expect(sentence(body({ purpose: 'replying', value: 'x' }))).toBe(unknownPurpose)
    expect(sentence(body({ value: 'x' }))).toBe(unknownPurpose)
    expect(sentence(body({ purpose: 'classifying', value: 'urgent' }))).toBe('its category is not one FOC Reader knows')
    expect(sentence(body({ purpose: 'tagging', value: 't'.repeat(61) }))).toBe('one of its tags is too long (at most 60 characters)')
    const tags = Array.from({ length: 40 }, (_, index) => ({ type: 'TextualBody', purpose: 'tagging', value: `tag ${index}` }))
    expect(sentence({ body: tags })).toBe('it has too many tags (at most 30)')
  })

  it('bad or missing dates', () => {
    expect(sentence({ modified: 'yesterday' })).toBe('its date of last change is not a real date')
    expect(sentence({ created: '2025-02-30T00:00:00Z' })).toBe('its creation date is not a real date')
    expect(sentence({ created: undefined })).toBe('it has no creation date')
  })

  it('text too long', () => {
    expect(sentence(body({ purpose: 'describing', value: 'x'.repeat(100_001), format: 'text/markdown' }))).toBe('its text is too long (at most 100,000 characters)')
  })

  it('an unknown document, or no target at all', () => {
    expect(sentence({ target: { source: 'https://example.org/report.html' } })).toBe('it does not point to one of FOC Reader’s documents')
    expect(sentence({ target: undefined })).toBe('it has no target (the document and passage it is on)')
  })

  it('something that is not an annotation at all, and never a schema path', () => {
    expect(sentence('just a string')).toBe('it is not an annotation (expected a JSON object)')
    expect(sentence({ type: 'Comment' })).toMatch(/^it is not marked as an annotation/)
    for (const change of [{ id: 3 }, { motivation: 'liking' }, { '@context': 'x' }]) expect(sentence(change)).not.toMatch(/\[|\.|Too small|Invalid/)
  })
})
