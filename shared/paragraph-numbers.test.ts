import { describe, expect, it } from 'vitest'
import type { Block } from './document-model'
import { blockIdForParagraph, blockPlaceLabel, formatPlace, paragraphLabel, paragraphPlaces } from './paragraph-numbers'

let offset = 0
function block(id: string, type: 'heading' | 'paragraph' | 'list', text: string, level = 2): Block {
  const range = { start: offset, end: offset + text.length }
  offset = range.end + 2
  if (type === 'heading') return { id, type, level, text, range, inlines: [] }
  if (type === 'list') return { id, type, ordered: false, text, range, items: [] }
  return { id, type, text, range, inlines: [] }
}

// The statement's shape: bold title lines (a level-1 heading), four body paragraphs, then the publisher's "About" section.
const statement: Block[] = [
  block('title', 'heading', 'The Freedom Online Coalition\nJoint Statement', 1),
  block('intro-p1', 'paragraph', 'We recognise the importance of accountability.'),
  block('intro-p2', 'paragraph', 'The conference will set the strategy.'),
  block('intro-p3', 'paragraph', 'We recognize the importance of engaging experts.'),
  block('intro-p4', 'paragraph', 'We further encourage governments.'),
  block('about', 'heading', 'About the Freedom Online Coalition'),
  block('about-p1', 'paragraph', 'The FOC is a coalition.'),
  block('about-p2', 'paragraph', 'The mission and vision.'),
]

const reference: Block[] = [
  block('summary', 'heading', 'Summary'),
  block('summary-p1', 'paragraph', 'A resolution.'),
  block('key-facts', 'heading', 'Key facts'),
  block('key-facts-list', 'list', 'Title\nDate\nVote'),
  block('sources', 'heading', 'Sources'),
  block('sources-p1', 'paragraph', 'Official record.'),
]

describe('paragraph numbers', () => {
  it('numbers the statement body 1 to 4, under no section, and skips the title', () => {
    const places = paragraphPlaces(statement)
    expect(places.get('title')).toEqual({ number: null, section: null, heading: 'The Freedom Online Coalition Joint Statement' })
    expect(['intro-p1', 'intro-p2', 'intro-p3', 'intro-p4'].map((id) => places.get(id)?.number)).toEqual([1, 2, 3, 4])
    expect(places.get('intro-p2')?.section).toBeNull()
  })

  it('continues the count through the publisher\'s section rather than restarting it', () => {
    const places = paragraphPlaces(statement)
    expect(places.get('about')?.number).toBeNull()
    expect(places.get('about-p2')).toEqual({ number: 6, section: 'About the Freedom Online Coalition', heading: null })
  })

  it('counts a list as one paragraph', () => {
    const places = paragraphPlaces(reference)
    expect(places.get('key-facts-list')?.number).toBe(2)
    expect(places.get('sources-p1')?.number).toBe(3)
  })

  it('reads as "Section, ¶n", "¶n" before any section, or the heading itself', () => {
    expect(paragraphLabel(6)).toBe('¶6')
    expect(blockPlaceLabel(statement, 'about-p2')).toBe('About the Freedom Online Coalition, ¶6')
    expect(blockPlaceLabel(statement, 'intro-p2')).toBe('¶2')
    expect(blockPlaceLabel(statement, 'about')).toBe('About the Freedom Online Coalition')
    expect(blockPlaceLabel(statement, 'missing')).toBe('')
    expect(formatPlace({ number: 3, section: 'Key facts', heading: null })).toBe('Key facts, ¶3')
  })

  it('finds the block a quoted number names, in the forms a link may carry', () => {
    expect(blockIdForParagraph(statement, '2')).toBe('intro-p2')
    expect(blockIdForParagraph(statement, '¶6')).toBe('about-p2')
    expect(blockIdForParagraph(statement, 'p5')).toBe('about-p1')
    expect(blockIdForParagraph(statement, '9')).toBeUndefined()
    expect(blockIdForParagraph(statement, 'intro-p2')).toBeUndefined()
  })
})
