/**
 * Text hygiene for anything people type or import: control characters out,
 * line endings made one kind, and bidirectional controls kept inside the
 * text that holds them. A tag such as "\u202Eevil" would otherwise reverse
 * the rest of the line it is shown on (the tags after it, the date, the
 * paragraph reference in an export). Pure: used by the core and the UI.
 */

/**
 * C0 controls other than tab and line feed, DEL, and the C1 controls. None
 * is ever part of a note: they are terminal escapes, form feeds and the like,
 * pasted by accident or planted.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** The Unicode Bidi_Control characters: marks, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'
const POP_DIRECTIONAL_FORMATTING = '\u202c'
/** LRE, RLE, LRO, RLO: closed by PDF. */
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e'])
/** LRI, RLI, FSI: closed by PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068'])

/** CRLF and lone CR as LF, and every control character but tab and line feed removed. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '')
}

/** True if `text` holds a bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text)
}

/**
 * `line` with its embeddings and isolates balanced: a closer with nothing to
 * close is dropped, and whatever is still open at the end is closed there,
 * so nothing the line opens reaches past it and nothing in it can close an
 * isolate around it.
 */
export function balanceBidiControls(line: string): string {
  if (!hasBidiControls(line)) return line
  const open: Array<'embedding' | 'isolate'> = []
  let out = ''
  for (const char of line) {
    if (EMBEDDINGS.has(char)) open.push('embedding')
    else if (ISOLATES.has(char)) open.push('isolate')
    else if (char === POP_DIRECTIONAL_FORMATTING) {
      // A PDF never closes past an isolate (UAX #9, X7): without an open embedding above it, it does nothing.
      if (open.at(-1) !== 'embedding') continue
      open.pop()
    } else if (char === POP_DIRECTIONAL_ISOLATE) {
      const isolate = open.lastIndexOf('isolate')
      if (isolate === -1) continue
      // A PDI also closes the embeddings opened inside its isolate (X6a).
      open.length = isolate
    }
    out += char
  }
  for (const kind of open.reverse()) out += kind === 'isolate' ? POP_DIRECTIONAL_ISOLATE : POP_DIRECTIONAL_FORMATTING
  return out
}

/**
 * `text` safe to set beside other text in plain-text output (Markdown): each
 * line that holds bidirectional controls is balanced and wrapped in FSI … PDI,
 * so it reorders only itself. Lines without any are left exactly as they are.
 * Per line, because a line break ends every embedding and isolate anyway.
 */
export function isolateBidiText(text: string): string {
  if (!hasBidiControls(text)) return text
  return text
    .split('\n')
    .map((line) => (hasBidiControls(line) ? `${FIRST_STRONG_ISOLATE}${balanceBidiControls(line)}${POP_DIRECTIONAL_ISOLATE}` : line))
    .join('\n')
}
