/**
 * The language of user text, for the briefing's `lang` attributes: the
 * browser picks fonts (and line breaking) by it.
 */

/** How many characters {@link textLanguage} looks at: enough to tell the script, cheap on a 100,000-character note. */
const LANGUAGE_SAMPLE = 2_000

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Arabic}/gu, 'und-Arab'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Han}/gu, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Cyrillic}/gu, 'und-Cyrl'],
  [/\p{Script=Latin}/gu, 'und-Latn'],
]

/**
 * A BCP 47 tag for user text, from its dominant script. A note's language is
 * not recorded, so this names the language only where the script settles it
 * (Greek, Hebrew, Japanese kana, Korean) and otherwise the script alone
 * ("und-Cyrl"): enough for the browser to pick fonts (Chinese versus
 * Japanese forms of Han characters) and never a wrong guess such as
 * marking a Ukrainian note as Russian. Latin text gets `latinLanguage`
 * (the documents' "en" for quoted passages). Han with any kana is Japanese.
 */
export function textLanguage(text: string, latinLanguage = 'und-Latn'): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE)
  let best = 'und'
  let bestCount = 0
  const counts = new Map<string, number>()
  for (const [pattern, tag] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0
    counts.set(tag, count)
    if (count > bestCount) {
      best = tag
      bestCount = count
    }
  }
  if (best === 'zh' && (counts.get('ja') ?? 0) > 0) best = 'ja'
  if (best === 'und-Latn') return latinLanguage
  return best
}
