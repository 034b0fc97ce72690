import { describe, expect, it } from 'vitest'
import { PassageAnchors } from './passage-anchors'
import { parseTestDocuments } from './testing/test-library'

const [document] = parseTestDocuments([
  {
    id: 'statement',
    title: 'A statement',
    body: ['# A statement', '', 'We recognise the importance of accountability.', '', 'We call on all states to act.', '', '## About the coalition', '', 'The coalition was founded in The Hague.'].join('\n'),
  },
])

/** The quote and position selectors of `exact` in the document's text. */
function passage(exact: string) {
  if (!document) throw new Error('no test document')
  const start = [...document.plainText.slice(0, document.plainText.indexOf(exact))].length
  return { quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start, end: start + [...exact].length } }
}

describe('PassageAnchors', () => {
  it('gives each anchored passage its paragraph place, in the one scheme search and exports use', () => {
    if (!document) throw new Error('no test document')
    const anchors = new PassageAnchors()
    const second = passage('call on all states')
    expect(anchors.anchor(document, second.quote, second.position)).toMatchObject({ status: 'exact', place: '¶2' })
    const underSection = passage('founded in The Hague')
    expect(anchors.anchor(document, underSection.quote, underSection.position)).toMatchObject({ status: 'exact', place: 'About the coalition, ¶3' })
  })

  it('gives an orphaned passage no place', () => {
    if (!document) throw new Error('no test document')
    const gone = passage('call on all states')
    const anchor = new PassageAnchors().anchor(document, { ...gone.quote, exact: 'words that were never in this text at all' }, gone.position)
    expect(anchor.status).toBe('orphaned')
    expect(anchor).not.toHaveProperty('place')
  })
})
