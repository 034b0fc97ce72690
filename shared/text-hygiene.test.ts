import { describe, expect, it } from 'vitest'
import { balanceBidiControls, hasBidiControls, isolateBidiText, stripControlCharacters } from './text-hygiene'

const RLO = '\u202e'
const LRE = '\u202a'
const PDF = '\u202c'
const RLI = '\u2067'
const FSI = '\u2068'
const PDI = '\u2069'

describe('stripControlCharacters', () => {
  it('removes C0 controls other than tab and newline, DEL and C1 controls', () => {
    const c0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('')
    const c1 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code)).join('')
    // The lone CR among the C0 controls becomes a line feed.
    expect(stripControlCharacters(`a${c0}b\u007fc${c1}d`)).toBe('a\t\n\nbcd')
  })

  it('turns CRLF and lone CR into LF', () => {
    expect(stripControlCharacters('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n')
  })

  it('keeps ordinary text, non-ASCII letters, no-break spaces, emoji and bidi controls', () => {
    const text = `San José\u00a0— 😀 ${RLO}x${PDF} \u00a0\u00ff`
    expect(stripControlCharacters(text)).toBe(text)
  })
})

describe('balanceBidiControls', () => {
  it('closes what the line leaves open, innermost first', () => {
    expect(balanceBidiControls(`a${RLI}b${RLO}c`)).toBe(`a${RLI}b${RLO}c${PDF}${PDI}`)
  })

  it('drops closers that close nothing', () => {
    expect(balanceBidiControls(`${PDI}a${PDF}b`)).toBe('ab')
  })

  it('does not let a PDF close past an isolate, and lets a PDI close the embeddings inside it', () => {
    expect(balanceBidiControls(`${RLI}${PDF}a`)).toBe(`${RLI}a${PDI}`)
    expect(balanceBidiControls(`${RLI}${LRE}a${PDI}b`)).toBe(`${RLI}${LRE}a${PDI}b`)
  })

  it('leaves balanced or control-free text alone', () => {
    expect(balanceBidiControls(`${RLO}abc${PDF}`)).toBe(`${RLO}abc${PDF}`)
    expect(balanceBidiControls('plain')).toBe('plain')
  })
})

describe('isolateBidiText', () => {
  it('wraps a line holding a bidi control in FSI … PDI, balanced inside', () => {
    expect(isolateBidiText(`${RLO}gat`)).toBe(`${FSI}${RLO}gat${PDF}${PDI}`)
  })

  it('cannot be closed early by a PDI in the text, so an override after it stays inside', () => {
    const isolated = isolateBidiText(`x${PDI}${RLO}evil`)
    expect(isolated).toBe(`${FSI}x${RLO}evil${PDF}${PDI}`)
    // The only PDI is the last character: nothing in the text closes the isolate.
    expect(isolated.indexOf(PDI)).toBe(isolated.length - 1)
  })

  it('isolates only the lines that need it', () => {
    expect(isolateBidiText(`plain\n${RLO}odd\nplain`)).toBe(`plain\n${FSI}${RLO}odd${PDF}${PDI}\nplain`)
  })

  it('returns text without bidi controls unchanged, right-to-left letters included', () => {
    for (const text of ['', 'hello', 'مرحبا world', 'line\nline']) expect(isolateBidiText(text)).toBe(text)
  })

  it('treats marks (LRM, RLM, ALM) as bidi controls', () => {
    for (const mark of ['\u200e', '\u200f', '\u061c']) expect(hasBidiControls(`a${mark}`)).toBe(true)
  })
})
