import { describe, expect, it } from 'vitest'
import { CodePointIndex } from './code-points'
import { describeRange } from './describe-range'
import { CONTEXT_TIE_TOLERANCE, NEEDS_REVIEW_THRESHOLD, reanchor, reanchorMany, type AnchorResult, type AnchorTarget } from './reanchor'

const paragraphs = [
  'The Freedom Online Coalition is a partnership of governments working together to advance Internet freedom worldwide.',
  'Its members are committed to protecting human rights online, including freedom of expression, association and peaceful assembly, and privacy.',
  'The Coalition calls on all Member States of the International Telecommunication Union to keep the Union within its technical mandate.',
  'It supports the multistakeholder model of Internet governance, in which governments, industry, civil society and academia take part.',
]
const document = paragraphs.join('\n\n')

/** Code-point offset of the `occurrence`-th (0-based) `needle` in `text`. */
function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`)
  }
  return Array.from(text.slice(0, at)).length
}

/** A note on the `occurrence`-th `needle` in `text`, as the app would store it. */
function noteOn(text: string, needle: string, occurrence = 0): AnchorTarget {
  const start = offsetOf(text, needle, occurrence)
  const [quote, position] = describeRange(text, start, start + Array.from(needle).length)
  return { quote, position }
}

/** The text a result points at, read by code points. */
function textAt(text: string, result: AnchorResult): string | undefined {
  return result.start === undefined ? undefined : new CodePointIndex(text).slice(result.start, result.end)
}

describe('reanchor: the four outcomes', () => {
  const target = noteOn(document, 'protecting human rights online')

  it('is exact when the text is unchanged', () => {
    const result = reanchor(document, target)
    expect(result).toEqual({
      status: 'exact',
      start: target.position?.start,
      end: target.position?.end,
      score: 1,
      currentText: 'protecting human rights online',
    })
  })

  it('is exact when text is inserted after the quote', () => {
    const edited = `${document}\n\nA new closing paragraph.`
    expect(reanchor(edited, target)).toMatchObject({ status: 'exact', start: target.position?.start })
  })

  it('is moved when text is inserted before the quote', () => {
    const edited = `A new opening paragraph.\n\n${document}`
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'moved', start: (target.position?.start ?? 0) + 26 })
    expect(textAt(edited, result)).toBe('protecting human rights online')
    expect(result.score).toBeGreaterThan(0.95)
  })

  it('is moved when paragraphs are reordered', () => {
    const edited = [paragraphs[3], paragraphs[1], paragraphs[0], paragraphs[2]].join('\n\n')
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'moved', start: offsetOf(edited, 'protecting human rights online') })
  })

  it('needs review when text is inserted inside the quote, and returns the passage as it now reads', () => {
    const edited = document.replace('human rights online', 'human rights, both online')
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'needs-review', currentText: 'protecting human rights, both online' })
    expect(textAt(edited, result)).toBe(result.currentText)
    expect(result.score).toBeGreaterThanOrEqual(NEEDS_REVIEW_THRESHOLD)
  })

  it('needs review when a typo inside the quote is corrected', () => {
    const typo = document.replace('protecting', 'protectign')
    const noteOnTypo = noteOn(typo, 'protectign human rights online')
    const result = reanchor(document, noteOnTypo)
    expect(result).toMatchObject({ status: 'needs-review', start: noteOnTypo.position?.start, currentText: 'protecting human rights online' })
    expect(result.score).toBeGreaterThan(0.9)
  })

  it('is orphaned when the quote is deleted', () => {
    const edited = document.replace(' are committed to protecting human rights online, including freedom of expression', '')
    const result = reanchor(edited, target)
    expect(result.status).toBe('orphaned')
    expect(result.start).toBeUndefined()
    expect(result.score).toBeLessThan(NEEDS_REVIEW_THRESHOLD)
  })

  it('is orphaned when the paragraph holding the quote is rewritten', () => {
    const edited = [paragraphs[0], 'Members pledge to uphold the rights of people on the Internet.', paragraphs[2], paragraphs[3]].join('\n\n')
    expect(reanchor(edited, target).status).toBe('orphaned')
  })
})

describe('reanchor: repeated phrases', () => {
  it('takes the occurrence nearest the old position when contexts are equally good', () => {
    const text = Array.from({ length: 6 }, () => 'The parties agree to cooperate in good faith.').join(' ')
    const target = noteOn(text, 'agree to cooperate', 3)
    const edited = `Preamble. ${text}`
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'moved', start: offsetOf(edited, 'agree to cooperate', 3) })
    // The neighbours are as well placed by context, but further away.
    expect(offsetOf(edited, 'agree to cooperate', 2)).not.toBe(result.start)
  })

  it('takes the occurrence whose context clearly matches, even if another is nearer', () => {
    const text = 'First, the ITU shall respect human rights in all its work. Later, Member States shall respect human rights online and offline.'
    const target = noteOn(text, 'respect human rights', 1)
    // A long insertion pushes the true occurrence far away, while the old position now lies just past the first one.
    const edited = text.replace('Later,', `${'An inserted sentence about other matters entirely. '.repeat(2)}Later,`)
    const result = reanchor(edited, target)
    const first = offsetOf(edited, 'respect human rights', 0)
    const second = offsetOf(edited, 'respect human rights', 1)
    expect(Math.abs(first - (target.position?.start ?? 0))).toBeLessThan(Math.abs(second - (target.position?.start ?? 0)))
    expect(result).toMatchObject({ status: 'moved', start: second })
  })

  it('counts near-equal contexts as a tie', () => {
    expect(CONTEXT_TIE_TOLERANCE).toBeGreaterThan(0)
    expect(CONTEXT_TIE_TOLERANCE).toBeLessThan(1 / 32)
  })

  it('re-anchors an edited passage in place rather than a copy of its old words elsewhere', () => {
    const text = 'The report was sent to the Council. Delegates asked that the Council review it before the session closes.'
    const target = noteOn(text, 'the Council review')
    const edited = text.replace('the Council review', 'the Councils review')
    // "the Council" still exists elsewhere, but the quote is "the Council review" — absent now.
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'needs-review', currentText: 'the Councils review' })
  })

  it('prefers the edited passage in its intact context over the exact words in an unrelated place', () => {
    const text = 'Preliminary remarks mention the Union only in passing. Here the Union shall act within its mandate, as agreed.'
    const target = noteOn(text, 'the Union', 1)
    const edited = text.replace('Here the Union shall', 'Here the union shall')
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'needs-review', start: target.position?.start, currentText: 'the union' })
  })
})

describe('reanchor: scripts and astral characters', () => {
  it('re-anchors accented, Cyrillic, Arabic and Chinese quotes after an insertion', () => {
    const text = 'Déclaration sur la liberté d’expression. Свобода выражения мнений. حرية التعبير عن الرأي. 表达自由是一项人权。'
    const edited = `Préambule ajouté. ${text}`
    for (const needle of ['liberté d’expression', 'Свобода выражения', 'حرية التعبير', '表达自由是一项人权']) {
      const result = reanchor(edited, noteOn(text, needle))
      expect(result).toMatchObject({ status: 'moved', start: offsetOf(edited, needle) })
      expect(textAt(edited, result)).toBe(needle)
    }
  })

  it('needs review for a corrected typo in Cyrillic', () => {
    const typo = 'Каждый человек имеет право на свабоду убеждений и на свободное выражение их.'
    const fixed = typo.replace('свабоду', 'свободу')
    const result = reanchor(fixed, noteOn(typo, 'право на свабоду убеждений'))
    expect(result).toMatchObject({ status: 'needs-review', currentText: 'право на свободу убеждений' })
  })

  it('shifts code-point offsets by one per emoji inserted before the quote (UTF-16 by two)', () => {
    const target = noteOn(document, 'technical mandate')
    const edited = `🌍🌍🌍 ${document}`
    const result = reanchor(edited, target)
    expect(result).toMatchObject({ status: 'moved', start: (target.position?.start ?? 0) + 4, end: (target.position?.end ?? 0) + 4 })
    expect(edited.indexOf('technical mandate')).toBe((target.position?.start ?? 0) + 7)
    expect(textAt(edited, result)).toBe('technical mandate')
  })

  it('re-anchors a quote made of astral characters', () => {
    const text = 'Legend: 𝒳 marks a reservation 😀 and 👍🏽 marks support.'
    const target = noteOn(text, '😀 and 👍🏽')
    const edited = text.replace('Legend:', 'Legend (revised):')
    expect(reanchor(edited, target)).toMatchObject({ status: 'moved', start: offsetOf(edited, '😀 and 👍🏽'), currentText: '😀 and 👍🏽' })
  })

  it('needs review when an emoji inside the quote changed', () => {
    const text = 'Votes: in favour 👍 against 👎 abstaining 🤷 in the final count.'
    const target = noteOn(text, 'in favour 👍 against 👎 abstaining')
    const edited = text.replace('👎', '👎🏻')
    expect(reanchor(edited, target)).toMatchObject({ status: 'needs-review', currentText: 'in favour 👍 against 👎🏻 abstaining' })
  })
})

describe('reanchor: overlaps, white space and edge cases', () => {
  it('re-anchors overlapping quotes independently', () => {
    const a = noteOn(document, 'human rights online, including freedom')
    const b = noteOn(document, 'including freedom of expression')
    const edited = `Foreword.\n\n${document}`.replace('association and peaceful assembly', 'association, peaceful assembly')
    const [ra, rb] = reanchorMany(edited, [a, b])
    expect(ra).toMatchObject({ status: 'moved', start: offsetOf(edited, 'human rights online, including freedom') })
    expect(rb).toMatchObject({ status: 'moved', start: offsetOf(edited, 'including freedom of expression') })
    expect((ra?.end ?? 0) > (rb?.start ?? 0)).toBe(true)
    // An edit inside the overlap affects both.
    const inside = document.replace('including freedom', 'including the freedom')
    const [ia, ib] = reanchorMany(inside, [a, b])
    expect(ia).toMatchObject({ status: 'needs-review', currentText: 'human rights online, including the freedom' })
    expect(ib).toMatchObject({ status: 'needs-review', currentText: 'including the freedom of expression' })
  })

  it('treats white-space-only changes inside the quote as moved, with the text as it now reads', () => {
    const target = noteOn(document, 'the International Telecommunication Union')
    for (const space of ['\n', '  ', '\u00a0', ' \n ']) {
      const edited = document.replace('International Telecommunication', `International${space}Telecommunication`)
      const result = reanchor(edited, target)
      expect(result).toMatchObject({ status: 'moved', currentText: `the International${space}Telecommunication Union` })
      expect(textAt(edited, result)).toBe(result.currentText)
    }
  })

  it('treats white-space changes before the quote as a move', () => {
    const target = noteOn(document, 'multistakeholder model')
    const edited = document.replace(/\n\n/g, '\n\n\n')
    expect(reanchor(edited, target)).toMatchObject({ status: 'moved', start: offsetOf(edited, 'multistakeholder model') })
  })

  it('orphans every note on an empty document', () => {
    expect(reanchor('', noteOn(document, 'Internet freedom'))).toEqual({ status: 'orphaned', score: 0 })
    expect(reanchorMany('', [noteOn(document, 'privacy')])).toEqual([{ status: 'orphaned', score: 0 }])
  })

  it('orphans a quote longer than the document', () => {
    expect(reanchor('Internet freedom.', noteOn(document, paragraphs[1] ?? '')).status).toBe('orphaned')
  })

  it('works without a position selector', () => {
    const { quote } = noteOn(document, 'peaceful assembly')
    expect(reanchor(`Intro. ${document}`, { quote })).toMatchObject({ status: 'moved', start: offsetOf(`Intro. ${document}`, 'peaceful assembly') })
    expect(reanchor(document, { quote: { exact: 'pecaeful assembly', prefix: '', suffix: '' } })).toMatchObject({ status: 'needs-review' })
  })

  it('ignores a stale position past the end of the text', () => {
    const target = noteOn(document, 'academia take part')
    const shortened = paragraphs.slice(2).join('\n\n')
    expect(reanchor(shortened, target)).toMatchObject({ status: 'moved', start: offsetOf(shortened, 'academia take part') })
  })

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      {},
      { quote: null },
      { quote: { exact: '' } },
      { quote: { exact: 42 } },
      { quote: { exact: 'freedom', prefix: 7, suffix: null }, position: { start: Number.NaN, end: 'x' } },
      { quote: { exact: 'freedom', prefix: '', suffix: '' }, position: { start: -5, end: -1 } },
      { quote: { exact: 'freedom', prefix: '', suffix: '' }, position: { start: 9, end: 3 } },
      { quote: { exact: '\ud800', prefix: '\udc00', suffix: '' }, position: { start: 0, end: 1 } },
    ]
    for (const input of inputs) {
      expect(() => reanchor(document, input as AnchorTarget)).not.toThrow()
      expect(() => reanchor(null as unknown as string, input as AnchorTarget)).not.toThrow()
    }
    expect(reanchor(document, null as unknown as AnchorTarget)).toEqual({ status: 'orphaned', score: 0 })
    expect(reanchor(document, { quote: { exact: 'freedom', prefix: 7, suffix: null } } as unknown as AnchorTarget).status).toBe('moved')
  })
})
