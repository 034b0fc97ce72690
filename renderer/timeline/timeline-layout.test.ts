import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../../shared/timeline-model'
import { axisPosition, laneRows, layoutTimeline } from './timeline-layout'

function entry(id: string, date: string, body: TimelineEntry['body'], endDate?: string): TimelineEntry {
  return {
    id,
    title: id,
    shortLabel: id,
    date,
    ...(endDate ? { endDate } : {}),
    body,
    adoption: { kind: 'consensus', text: 'Adopted by consensus.' },
    summary: 'A summary.',
    topics: ['privacy'],
    sources: [{ title: 'Source', url: 'https://example.org/' }],
    documentId: id,
    citedIn: [],
  }
}

describe('axisPosition', () => {
  it('maps the axis ends to 0 and 1 and clamps outside them', () => {
    expect(axisPosition('2011-01-01')).toBe(0)
    expect(axisPosition('2019-01-01')).toBe(1)
    expect(axisPosition('2005-06-01')).toBe(0)
    expect(axisPosition('2030-06-01')).toBe(1)
  })

  it('is proportional to time', () => {
    const mid = axisPosition('2015-01-01')
    expect(mid).toBeGreaterThan(0.49)
    expect(mid).toBeLessThan(0.51)
  })
})

describe('layoutTimeline', () => {
  it('puts each body in its lane and gives imprecise dates a span', () => {
    const [statement, resolution] = layoutTimeline([entry('statement', '2018', 'foc'), entry('hrc-32-13', '2016-07-01', 'hrc')])
    if (!statement || !resolution) throw new Error('both entries are placed')
    expect(statement.lane).toBe(0)
    expect(resolution.lane).toBe(1)
    expect(statement.spanEnd - statement.at).toBeGreaterThan(0.12)
    expect(resolution.spanEnd - resolution.at).toBeLessThan(0.001)
  })

  it('spans an event from its first to its last day', () => {
    const [conference] = layoutTimeline([entry('pp-18', '2018-10-29', 'itu', '2018-11-16')])
    if (!conference) throw new Error('the entry is placed')
    expect(conference.spanEnd - conference.at).toBeCloseTo(19 / 2922, 3)
  })

  it('moves labels that would collide to another row, and reuses rows when there is room', () => {
    const placed = layoutTimeline([
      entry('a', '2013-12-18', 'unga'),
      entry('b', '2014-03-01', 'unga'),
      entry('c', '2016-12-19', 'unga'),
    ])
    expect(placed.map((item) => item.row)).toEqual([0, 1, 0])
    expect(laneRows(placed)).toEqual([1, 1, 2, 1])
  })

  it('keeps a label drawn to the left of a late marker clear of earlier labels', () => {
    const placed = layoutTimeline([entry('San José Statement', '2016-10', 'foc'), entry('FOC statement', '2018', 'foc')])
    expect(placed.map((item) => item.row)).toEqual([0, 1])
  })
})
