import { describe, expect, it } from 'vitest'
import { textLanguage } from './text-language'

describe('textLanguage', () => {
  it('names the language where the script settles it, and the script otherwise', () => {
    expect(textLanguage('Ελέγξτε τη διατύπωση')).toBe('el')
    expect(textLanguage('יש לבדוק')).toBe('he')
    expect(textLanguage('需要与代表团讨论这一段。')).toBe('zh')
    expect(textLanguage('会議で話し合う必要がある。')).toBe('ja')
    expect(textLanguage('대표단과 논의')).toBe('ko')
    expect(textLanguage('يجب مراجعة هذه الفقرة')).toBe('und-Arab')
    expect(textLanguage('Что означает')).toBe('und-Cyrl')
    expect(textLanguage('Préoccupation')).toBe('und-Latn')
    expect(textLanguage('accountability', 'en')).toBe('en')
    expect(textLanguage('12 345 — !')).toBe('und')
  })
})
