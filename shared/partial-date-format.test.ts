import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatPartialDate, formatPartialDateRange } from './partial-date-format'

/** ICU writes ranges with thin spaces around the dash; spelled out so the tests read. */
const DASH = '\u2009–\u2009'

describe('formatPartialDate', () => {
  it('writes each precision in words, in British English by default', () => {
    expect(formatPartialDate('2018')).toBe('2018')
    expect(formatPartialDate('2016-10')).toBe('October 2016')
    expect(formatPartialDate('2016-07-01')).toBe('1 July 2016')
  })

  it('follows the locale it is given', () => {
    expect(formatPartialDate('2016-07-01', 'en-US')).toBe('July 1, 2016')
    expect(formatPartialDate('2016-10', 'fr-FR')).toBe('octobre 2016')
  })

  it('returns an invalid date as it is', () => {
    expect(formatPartialDate('not a date')).toBe('not a date')
    expect(formatPartialDate('2015-02-29')).toBe('2015-02-29')
  })

  describe('in a time zone west of UTC', () => {
    afterEach(() => {
      vi.unstubAllEnvs()
    })

    // A locale no other test uses, so its formatters are made while this zone is in force.
    it('never moves a date to the day, month or year before', () => {
      vi.stubEnv('TZ', 'America/Los_Angeles')
      expect(formatPartialDate('2013-12-18', 'en-IE')).toBe('18 December 2013')
      expect(formatPartialDate('2018-10', 'en-IE')).toBe('October 2018')
      expect(formatPartialDate('2018', 'en-IE')).toBe('2018')
      expect(formatPartialDateRange('2012-07-05', '2012-07-06', 'en-IE')).toBe('5–6 July 2012')
    })
  })
})

describe('formatPartialDateRange', () => {
  it('writes the parts both ends share once', () => {
    expect(formatPartialDateRange('2012-09-06', '2012-09-07')).toBe(`6${DASH}7 September 2012`)
    expect(formatPartialDateRange('2018-10-29', '2018-11-16')).toBe(`29 October${DASH}16 November 2018`)
    expect(formatPartialDateRange('2017-10-29', '2018-11-16')).toBe(`29 October 2017${DASH}16 November 2018`)
    expect(formatPartialDateRange('2018-10', '2018-11')).toBe(`October${DASH}November 2018`)
    expect(formatPartialDateRange('2017', '2018')).toBe(`2017${DASH}2018`)
  })

  it('keeps each end at its own precision when they differ', () => {
    expect(formatPartialDateRange('2017', '2018-01')).toBe(`2017${DASH}January 2018`)
    expect(formatPartialDateRange('2016-10', '2016-11-02')).toBe(`October 2016${DASH}2 November 2016`)
  })

  it('is just the start without a valid later end', () => {
    expect(formatPartialDateRange('2016-07-01', undefined)).toBe('1 July 2016')
    expect(formatPartialDateRange('2016-07-01', 'soon')).toBe('1 July 2016')
    expect(formatPartialDateRange('2016-07-01', '2016-07-01')).toBe('1 July 2016')
    expect(formatPartialDateRange('2016-07-01', '2015')).toBe('1 July 2016')
  })

  it('follows the locale it is given', () => {
    expect(formatPartialDateRange('2012-07-05', '2012-07-06', 'en-US')).toBe(`July 5${DASH}6, 2012`)
  })
})
