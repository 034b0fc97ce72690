import { describe, expect, it } from 'vitest'
import { formatPartialDate, kindLabel } from './document-labels'

describe('document labels', () => {
  it('formats dates as precisely as they are known', () => {
    expect(formatPartialDate('2018')).toBe('2018')
    expect(formatPartialDate('2018-10')).toBe('October 2018')
    expect(formatPartialDate('2016-07-01')).toBe('1 July 2016')
  })

  it('names each kind', () => {
    expect(kindLabel('statement')).toBe('Joint statement')
    expect(kindLabel('resolution')).toBe('Resolution')
  })
})
