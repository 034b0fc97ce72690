import { describe, expect, it } from 'vitest'
import { appHasShown, prepaintMatchesRoute } from './prepaint'

describe('whether the first paint shows what the address asks for', () => {
  it('matches the reader on the painted document, or with no document named', () => {
    expect(prepaintMatchesRoute('', 'statement')).toBe(true)
    expect(prepaintMatchesRoute('#token=abc', 'statement')).toBe(true)
    expect(prepaintMatchesRoute('#/read/statement', 'statement')).toBe(true)
    expect(prepaintMatchesRoute('#/read/statement/p2', 'statement')).toBe(true)
  })

  it('does not match another document or another view', () => {
    expect(prepaintMatchesRoute('#/read/hrc-20-8', 'statement')).toBe(false)
    expect(prepaintMatchesRoute('#/timeline', 'statement')).toBe(false)
    expect(prepaintMatchesRoute('#/notes', 'statement')).toBe(false)
  })
})

describe('whether the app has shown something of its own', () => {
  const root = (present: readonly string[]) => ({ querySelector: (selector: string) => (present.includes(selector) ? {} : null) }) as unknown as ParentNode

  it('is true once the reader article has blocks, or an alert shows', () => {
    expect(appHasShown(root(['article.document .block']))).toBe(true)
    expect(appHasShown(root(['[role="alert"]']))).toBe(true)
  })

  it('is false while the app is still loading', () => {
    expect(appHasShown(root([]))).toBe(false)
  })
})
