/**
 * The sepia theme's colours, read from tokens.css, meet WCAG 2.1 AA: text,
 * muted text, links and warnings at 4.5:1 on every paper they sit on, the
 * focus ring at 3:1 (non-text contrast).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import postcss from 'postcss'
import { describe, expect, it } from 'vitest'

const tokensFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'styles', 'tokens.css')

/** The custom properties a rule with exactly `selector` sets. */
function themeColours(selector: string): Map<string, string> {
  const colours = new Map<string, string>()
  postcss.parse(readFileSync(tokensFile, 'utf8')).walkRules((rule) => {
    if (rule.selector !== selector) return
    rule.walkDecls(/^--/, (decl) => void colours.set(decl.prop, decl.value.trim()))
  })
  return colours
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const PAPERS = ['--paper', '--paper-raised', '--paper-sunken', '--accent-soft', '--target']
const TEXT = ['--ink', '--ink-soft', '--ink-faint', '--accent', '--danger']

describe('the sepia theme', () => {
  const sepia = themeColours(":root[data-theme='sepia']")
  const colour = (name: string): string => {
    const value = sepia.get(name)
    if (!value) throw new Error(`the sepia theme does not set ${name}`)
    return value
  }

  it('sets text and muted text at 4.5:1 or more on every paper', () => {
    const failures = PAPERS.flatMap((paper) =>
      TEXT.filter((text) => contrast(colour(text), colour(paper)) < 4.5).map((text) => `${text} on ${paper}: ${contrast(colour(text), colour(paper)).toFixed(2)}`),
    )
    expect(failures).toEqual([])
    expect(contrast(colour('--ink'), colour('--mark'))).toBeGreaterThanOrEqual(4.5)
  })

  it('draws the focus ring and links at 3:1 or more against every paper', () => {
    for (const paper of PAPERS) {
      expect(contrast(colour('--focus'), colour(paper)), `--focus on ${paper}`).toBeGreaterThanOrEqual(3)
      expect(contrast(colour('--accent'), colour(paper)), `--accent on ${paper}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    // The light theme's muted text on its sunken paper, the issue measured 3.97:1, truncated.
    expect(contrast('#6e7480', '#efece4')).toBeCloseTo(3.98, 2)
  })
})
