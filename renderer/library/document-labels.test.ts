import { describe, expect, it } from 'vitest'
import { kindLabel } from './document-labels'

describe('document labels', () => {
  it('names each kind', () => {
    expect(kindLabel('statement')).toBe('Joint statement')
    expect(kindLabel('resolution')).toBe('Resolution')
  })
})
