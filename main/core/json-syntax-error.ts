/**
 * Finds where a JSON text first goes wrong. `JSON.parse` says *that* a file
 * is broken, but its message differs between V8 versions (Node 20's often
 * gives no position at all, Electron's Node words it differently), and a user
 * or a support person needs "line 812, column 40" to look at a damaged notes
 * file. This scanner is only run after `JSON.parse` has failed, so it favours
 * clarity over speed; it is iterative so a deeply nested damaged file cannot
 * overflow the stack. Both the notes store (a damaged notes.json) and the
 * importer (a broken file) use it.
 *
 * Kept rather than replaced by jsonc-parser: that parser accepts comments and
 * trailing commas unless told not to, recurses (a file of 200,000 "[" would
 * overflow the stack), and reports error codes that would still need words;
 * this one checks strict JSON and says what was expected, in 200 lines.
 */

/** Where and why a JSON text is invalid. */
export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units) of the first offending character, or the text length. */
  readonly offset: number
  /** 1-based line and column of `offset`. */
  readonly line: number
  readonly column: number
  /** What the grammar expected at that point, e.g. "',' or ']'". */
  readonly expected: string
  /** True when the text ended while more was expected: the mark of a truncated file. */
  readonly atEnd: boolean
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
/** Anything a number could still become: "-", "1.", "1e+". */
const NUMBER_PREFIX = /-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/y
const HEX4 = /^[0-9a-fA-F]{4}$/

/** The 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** The character at `offset` as a message quotes it: "x" in quotes, or a control character by its code point. */
export function describeCharacterAt(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return JSON.stringify(String.fromCodePoint(code))
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Array<'[' | '{'> = []
  let expect: Expect = 'value'
  let index = 0

  const fail = (expected: string, at: number = index): JsonSyntaxError => ({
    offset: at,
    ...lineAndColumn(text, at),
    expected,
    atEnd: at >= text.length,
  })
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close')

  for (;;) {
    while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index += 1
    if (index >= text.length) return expect === 'end' ? null : fail(describe(expect, stack))
    const char = text.charAt(index)

    if (expect === 'end') return fail('the end of the file')
    if (expect === 'colon') {
      if (char !== ':') return fail("':'")
      index += 1
      expect = 'value'
      continue
    }
    if (expect === 'comma-or-close') {
      const open = stack[stack.length - 1]
      const close = open === '[' ? ']' : '}'
      if (char === ',') {
        index += 1
        expect = open === '[' ? 'value' : 'key'
      } else if (char === close) {
        index += 1
        stack.pop()
        expect = afterValue()
      } else {
        return fail(`',' or '${close}'`)
      }
      continue
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (expect === 'key-or-close' && char === '}') {
        index += 1
        stack.pop()
        expect = afterValue()
        continue
      }
      if (char !== '"') return fail('a property name in double quotes')
      const end = scanString(text, index)
      if (typeof end !== 'number') return fail(end.expected, end.at)
      index = end
      expect = 'colon'
      continue
    }

    // A value is expected.
    if (expect === 'value-or-close' && char === ']') {
      index += 1
      stack.pop()
      expect = afterValue()
    } else if (char === '{' || char === '[') {
      stack.push(char)
      index += 1
      expect = char === '{' ? 'key-or-close' : 'value-or-close'
    } else if (char === '"') {
      const end = scanString(text, index)
      if (typeof end !== 'number') return fail(end.expected, end.at)
      index = end
      expect = afterValue()
    } else {
      const end = scanScalar(text, index)
      if (end === 'cut-off') return fail('the rest of a value', text.length)
      if (end === null) return fail('a value')
      index = end
      expect = afterValue()
    }
  }
}

/**
 * Scans a literal or number; returns the offset after it, null when none
 * starts here, or 'cut-off' when the text ends part-way through one ("fal",
 * "12e"), which is how a truncated file ends.
 */
function scanScalar(text: string, start: number): number | null | 'cut-off' {
  const rest = text.slice(start, start + 5)
  for (const word of ['true', 'false', 'null']) {
    if (rest.startsWith(word)) return start + word.length
    if (start + rest.length === text.length && word.startsWith(rest)) return 'cut-off'
  }
  NUMBER_PREFIX.lastIndex = start
  const loose = NUMBER_PREFIX.exec(text)?.[0] ?? ''
  NUMBER.lastIndex = start
  const strict = NUMBER.exec(text)?.[0] ?? ''
  if (loose.length > strict.length && start + loose.length === text.length) return 'cut-off'
  return strict === '' ? null : start + strict.length
}

/** Scans a string starting at its opening quote; returns the offset after its closing quote or the failure. */
function scanString(text: string, start: number): number | { expected: string; at: number } {
  for (let index = start + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0x22) return index + 1
    if (code < 0x20) return { expected: 'a closing \'"\' (control characters must be escaped in strings)', at: index }
    if (code === 0x5c) {
      const escape = text.charAt(index + 1)
      if (escape === 'u') {
        const digits = text.slice(index + 2, index + 6)
        if (!HEX4.test(digits)) {
          const cutOff = index + 2 + digits.length === text.length && /^[0-9a-fA-F]*$/.test(digits)
          return { expected: 'four hex digits after \\u', at: cutOff ? text.length : index + 2 }
        }
        index += 5
      } else if ('"\\/bfnrt'.includes(escape) && escape !== '') {
        index += 1
      } else {
        return { expected: 'a valid escape after \\', at: index + 1 }
      }
    }
  }
  return { expected: 'a closing \'"\'', at: text.length }
}

function describe(expect: Expect, stack: ReadonlyArray<'[' | '{'>): string {
  const close = stack[stack.length - 1] === '[' ? ']' : '}'
  switch (expect) {
    case 'value':
      return 'a value'
    case 'value-or-close':
      return "a value or ']'"
    case 'key':
      return 'a property name in double quotes'
    case 'key-or-close':
      return "a property name or '}'"
    case 'colon':
      return "':'"
    case 'comma-or-close':
      return `',' or '${close}'`
    case 'end':
      return 'the end of the file'
  }
}
