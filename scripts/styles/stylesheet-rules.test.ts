import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { stylesheetProblems, type Stylesheet } from './stylesheet-rules'

const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer')

function rendererStylesheets(): Stylesheet[] {
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map((file) => ({ path: `renderer/${file.split(path.sep).join('/')}`, text: readFileSync(path.join(rendererDir, file), 'utf8') }))
}

const TOKENS: Stylesheet = { path: 'tokens.css', text: ':root { --font-size-sm: 0.8rem; --font-size-md: 1rem; --reading-zoom: 1; }' }

describe("the renderer's stylesheets", () => {
  it('are small, take every font size from the type scale and style each selector in one file', () => {
    const sheets = rendererStylesheets()
    expect(sheets.map((sheet) => sheet.path)).toContain('renderer/styles/tokens.css')
    expect(stylesheetProblems(sheets)).toEqual([])
  })
})

describe('stylesheetProblems', () => {
  it('accepts scale steps, alone or times the reading zoom, and font: inherit', () => {
    const sheet = { path: 'a.css', text: '.a { font-size: var(--font-size-sm); font: inherit; }\n.b { font-size: calc(var(--font-size-md) * var(--reading-zoom)); }' }
    expect(stylesheetProblems([TOKENS, sheet])).toEqual([])
  })

  it('rejects literal font sizes, sizes off the scale and sizes in the font shorthand', () => {
    const sheet = {
      path: 'a.css',
      text: ['.a { font-size: 0.82rem; }', '.b { font-size: var(--font-size-huge); }', '.c { font-size: calc(var(--font-size-sm) * 1.2); }', '.d { font: 600 14px serif; }', '.e { font-size: larger; }'].join('\n'),
    }
    const problems = stylesheetProblems([TOKENS, sheet])
    expect(problems).toHaveLength(5)
    expect(problems[0]).toMatch(/^a\.css:1: font-size 0\.82rem/)
    expect(problems[1]).toMatch(/^a\.css:2: --font-size-huge is not a step/)
    expect(problems[2]).toMatch(/^a\.css:3: .*literal size/)
    expect(problems[3]).toMatch(/^a\.css:4: font shorthand/)
    expect(problems[4]).toMatch(/^a\.css:5: font-size larger does not take its size/)
  })

  it('rejects a type scale of more than seven steps', () => {
    const steps = Array.from({ length: 8 }, (_, step) => `--font-size-${step}: ${step + 1}rem;`).join(' ')
    expect(stylesheetProblems([{ path: 'tokens.css', text: `:root { ${steps} }` }])).toEqual([expect.stringMatching(/type scale has 8 steps/)])
  })

  it('rejects a stylesheet over 300 lines', () => {
    const long = { path: 'long.css', text: `${'.a { color: red; }\n'.repeat(150)}${'/* x */\n'.repeat(151)}` }
    expect(stylesheetProblems([TOKENS, long])).toEqual(['long.css: 301 lines, more than 300'])
  })

  it('rejects a selector styled in two files, also inside a media query, but not twice in one file nor keyframes', () => {
    const one = { path: 'one.css', text: '.notice { color: red; }\n.notice { margin: 0; }\n.button, .link { color: blue; }\n@keyframes in { from { opacity: 0; } }' }
    const two = { path: 'two.css', text: '@media print { .button   { display: none; } }\n@keyframes out { from { opacity: 1; } }' }
    expect(stylesheetProblems([TOKENS, one, two])).toEqual(['.button is styled in 2 files: one.css, two.css'])
  })
})
