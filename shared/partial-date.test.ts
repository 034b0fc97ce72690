import { describe, expect, it } from 'vitest'
import {
  comparePartialDates,
  isPartialDate,
  parsePartialDate,
  partialDateBounds,
  partialDateSchema,
} from './partial-date'

describe('partial dates', () => {
  it('parses the three precisions', () => {
    expect(parsePartialDate('2018')).toEqual({ year: 2018, precision: 'year' })
    expect(parsePartialDate('2016-10')).toEqual({ year: 2016, month: 10, precision: 'month' })
    expect(parsePartialDate('2016-07-01')).toEqual({ year: 2016, month: 7, day: 1, precision: 'day' })
  })

  it('accepts only real calendar dates', () => {
    for (const valid of ['2016-02-29', '2000-02-29', '2015-12-31', '0001', '2018-01']) expect(isPartialDate(valid), valid).toBe(true)
    for (const invalid of ['2015-02-29', '1900-02-29', '2016-04-31', '2016-13', '2016-00', '2016-07-00', '16-07-01', '2016-7-1', '2016/07/01', '', '2016-07-01T00:00'])
      expect(isPartialDate(invalid), invalid).toBe(false)
    expect(partialDateSchema.safeParse('2015-02-30').error?.issues[0]?.message).toBe('is not a calendar date')
    expect(partialDateSchema.safeParse('July 2016').error?.issues[0]?.message).toBe('expected YYYY, YYYY-MM or YYYY-MM-DD')
  })

  it('gives the first and last day a date can mean', () => {
    expect(partialDateBounds('2018')).toEqual({ first: '2018-01-01', last: '2018-12-31' })
    expect(partialDateBounds('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' })
    expect(partialDateBounds('2016-10')).toEqual({ first: '2016-10-01', last: '2016-10-31' })
    expect(partialDateBounds('2016-07-01')).toEqual({ first: '2016-07-01', last: '2016-07-01' })
    expect(() => partialDateBounds('2016-13')).toThrow(RangeError)
  })

  it('orders by first day, the less precise first on a tie, invalid last', () => {
    const dates = ['2018-10-29', '2016-10', '2018', 'bad', '2016-07-01', '2016', '2016-01-01', '2016-01']
    expect([...dates].sort(comparePartialDates)).toEqual(['2016', '2016-01', '2016-01-01', '2016-07-01', '2016-10', '2018', '2018-10-29', 'bad'])
  })
})
