import { describe, expect, it } from 'vitest'
import type { Block } from '../../shared/document-model'
import { routedBlockId } from './routed-block'

const text = (id: string, type: 'heading' | 'paragraph', level = 2): Block =>
  (type === 'heading' ? { id, type, level, text: id, range: { start: 0, end: 1 }, inlines: [] } : { id, type, text: id, range: { start: 0, end: 1 }, inlines: [] }) as unknown as Block

const blocks = [text('title', 'heading', 1), text('intro-p1', 'paragraph'), text('intro-p2', 'paragraph'), text('about', 'heading'), text('about-p1', 'paragraph')]

describe('routedBlockId', () => {
  it('takes a block id as it is', () => {
    expect(routedBlockId(blocks, 'intro-p2')).toBe('intro-p2')
    expect(routedBlockId(blocks, null)).toBeNull()
  })

  it('reads "p3" as the paragraph people quote as ¶3, counted through the document', () => {
    expect(routedBlockId(blocks, 'p1')).toBe('intro-p1')
    expect(routedBlockId(blocks, 'p3')).toBe('about-p1')
  })

  it('passes on a name it cannot place, for the reader to report', () => {
    expect(routedBlockId(blocks, 'p9')).toBe('p9')
    expect(routedBlockId(blocks, 'no-such-block')).toBe('no-such-block')
  })
})
