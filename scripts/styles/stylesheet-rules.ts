/**
 * The rules the renderer's stylesheets keep: small files, every font size
 * from the type scale in tokens.css, and each selector styled in one file
 * only, so a component's look is found in its own sheet.
 */
import postcss, { type AtRule, type Node, type Root, type Rule } from 'postcss'

/** A stylesheet's path (for messages) and text. */
export interface Stylesheet {
  readonly path: string
  readonly text: string
}

/** The longest a stylesheet may be. */
export const MAX_STYLESHEET_LINES = 300

/** The most steps the type scale may have. */
export const MAX_TYPE_STEPS = 7

const SCALE_STEP = /^--font-size-[a-z0-9]+$/
const ANY_VAR = /var\(\s*(--[\w-]+)\s*\)/g

/** Every rule broken, one message each; empty when the sheets keep them all. */
export function stylesheetProblems(sheets: readonly Stylesheet[]): string[] {
  const parsed = sheets.map((sheet) => ({ path: sheet.path, root: postcss.parse(sheet.text, { from: sheet.path }), lines: lineCount(sheet.text) }))
  const scale = new Set<string>()
  for (const { root } of parsed) {
    root.walkDecls(SCALE_STEP, (decl) => {
      scale.add(decl.prop)
    })
  }
  const problems: string[] = []
  if (scale.size === 0) problems.push('no type scale: no stylesheet defines a --font-size-… custom property')
  if (scale.size > MAX_TYPE_STEPS) problems.push(`the type scale has ${scale.size} steps, more than ${MAX_TYPE_STEPS}: ${[...scale].join(', ')}`)
  for (const sheet of parsed) {
    if (sheet.lines > MAX_STYLESHEET_LINES) problems.push(`${sheet.path}: ${sheet.lines} lines, more than ${MAX_STYLESHEET_LINES}`)
    problems.push(...fontSizeProblems(sheet.path, sheet.root, scale))
  }
  problems.push(...sharedSelectors(parsed))
  return problems
}

/** A font-size must be a scale step, optionally times other custom properties (the reading zoom), never a literal. */
function fontSizeProblems(path: string, root: Root, scale: ReadonlySet<string>): string[] {
  const problems: string[] = []
  root.walkDecls(/^font(-size)?$/, (decl) => {
    const where = `${path}:${decl.source?.start?.line ?? '?'}`
    const used = [...decl.value.matchAll(ANY_VAR)].map((match) => match[1] ?? '')
    const literal = decl.value.replace(ANY_VAR, '')
    if (decl.prop === 'font') {
      // The shorthand may only reset the font (font: inherit); a size in it would escape the scale.
      if (/\d/.test(literal)) problems.push(`${where}: font shorthand with a size (${decl.value}); set font-size from the scale`)
      return
    }
    const steps = used.filter((name) => SCALE_STEP.test(name))
    const unknown = steps.find((name) => !scale.has(name))
    if (steps.length !== 1) problems.push(`${where}: font-size ${decl.value} does not take its size from one var(--font-size-…)`)
    else if (unknown) problems.push(`${where}: ${unknown} is not a step of the type scale`)
    else if (/[\d%]|\b(small|medium|large|larger|smaller|x+-(small|large))\b/.test(literal)) problems.push(`${where}: font-size ${decl.value} has a literal size`)
  })
  return problems
}

/** Selectors styled in more than one file (inside at-rules too). */
function sharedSelectors(sheets: readonly { path: string; root: Root }[]): string[] {
  const homes = new Map<string, Set<string>>()
  for (const sheet of sheets) {
    sheet.root.walkRules((rule) => {
      if (insideKeyframes(rule)) return
      for (const selector of rule.selectors) {
        const key = selector.replace(/\s+/g, ' ').trim()
        const files = homes.get(key) ?? new Set<string>()
        files.add(sheet.path)
        homes.set(key, files)
      }
    })
  }
  return [...homes]
    .filter(([, files]) => files.size > 1)
    .map(([selector, files]) => `${selector} is styled in ${files.size} files: ${[...files].join(', ')}`)
}

function insideKeyframes(rule: Rule): boolean {
  for (let node: Node | undefined = rule.parent; node; node = node.parent) {
    if (node.type === 'atrule' && /keyframes$/.test((node as AtRule).name)) return true
  }
  return false
}

function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length
}
