import { describe, expect, it } from 'vitest'
import { escapeRegExp } from './escape-reg-exp'

const SYNTAX = '.*+?^${}()|[]\\'

describe('escapeRegExp', () => {
  it('makes every syntax character match only itself', () => {
    for (const char of SYNTAX) {
      const pattern = new RegExp(`^${escapeRegExp(char)}$`)
      expect(pattern.test(char), char).toBe(true)
      expect(pattern.test('x'), char).toBe(false)
    }
  })

  it('matches text with syntax in it literally, also with the u flag', () => {
    const text = 'A/RES/68/167 (2013) cost $5.00 [approx.] a+b? c|d {e} ^f \\g'
    for (const flags of ['', 'u', 'giu']) {
      const pattern = new RegExp(escapeRegExp(text), flags)
      expect(text.match(pattern)?.[0], flags).toBe(text)
      expect(pattern.test(text.replace('$', 'S')), flags).toBe(false)
    }
  })

  it('leaves plain text, hyphens and slashes as they are', () => {
    expect(escapeRegExp('well-known a/b')).toBe('well-known a/b')
  })
})
