import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeCharacterAt, findJsonSyntaxError } from './json-syntax-error'

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(findJsonSyntaxError(json)).toBeNull()
      }),
    )
  })

  it('finds an error wherever JSON.parse does, and flags cut-off text as ending early', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.nat(), (json, at) => {
        const cut = json.slice(0, at % (json.length + 1))
        let valid = true
        try {
          JSON.parse(cut)
        } catch {
          valid = false
        }
        const found = findJsonSyntaxError(cut)
        expect(found === null).toBe(valid)
        if (found && cut.trim() === cut) expect(found.atEnd).toBe(true)
      }),
    )
  })

  it('gives line and column of the offending character', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ offset: 13, line: 3, column: 3, expected: "',' or '}'", atEnd: false })
    expect(findJsonSyntaxError('"\\x"')).toMatchObject({ offset: 2, expected: 'a valid escape after \\' })
    expect(findJsonSyntaxError('[01]')).toMatchObject({ offset: 2, expected: "',' or ']'" })
    expect(findJsonSyntaxError('"a\tb"')).toMatchObject({ offset: 2 })
    expect(findJsonSyntaxError('["\\u00')).toMatchObject({ offset: 6, atEnd: true })
    expect(findJsonSyntaxError('["\\u00x1"]')).toMatchObject({ offset: 4, atEnd: false })
    expect(findJsonSyntaxError('[-')).toMatchObject({ offset: 2, atEnd: true })
    expect(findJsonSyntaxError('[-]')).toMatchObject({ offset: 1, atEnd: false })
    expect(findJsonSyntaxError('{} x')).toMatchObject({ offset: 3, expected: 'the end of the file' })
  })

  it('survives a deeply nested damaged file', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ atEnd: true, offset: 200_000 })
  })
})

describe('describeCharacterAt', () => {
  it('quotes a character, and names a control character by its code point', () => {
    expect(describeCharacterAt('a"b', 1)).toBe('"\\""')
    expect(describeCharacterAt('x😀', 1)).toBe('"😀"')
    expect(describeCharacterAt('a\tb', 1)).toBe('the control character U+0009')
  })
})
