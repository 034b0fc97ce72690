/**
 * The briefing's stylesheet: set like a paper, not a web page. One serif
 * face throughout (with fallbacks that cover Latin, Cyrillic, Greek, Arabic
 * and CJK, since the document carries no fonts of its own), a modest
 * measure, quiet rules instead of boxes, categories named in words with
 * their glyph, and a footer with the title and page numbers by CSS paged
 * media (Chromium 131 and later print @page margin boxes).
 */
import type { PaperSize } from '../../../shared/export-model'
import { BUNDLED_SANS, BUNDLED_SERIF } from './briefing-fonts'
import { statementAnnexStyles } from './briefing-statement-annex'
import { revisionChangesStyles } from './briefing-changes-section'

/**
 * Serif faces, in order: the reader's own face where installed, then Noto
 * (Latin, Cyrillic, Greek), Noto for Arabic and Chinese, then the usual
 * system faces of Windows and macOS for the same scripts, then any serif.
 * Chromium falls back per character, so a Chinese note in a Latin run still
 * finds a CJK face.
 */
export const BRIEFING_FONT_STACK = [
  `"${BUNDLED_SERIF}"`,
  '"Source Serif 4"',
  '"Noto Serif"',
  '"Noto Naskh Arabic"',
  '"Noto Sans Arabic"',
  '"Noto Serif CJK SC"',
  '"Noto Sans CJK SC"',
  'Georgia',
  '"Times New Roman"',
  '"Songti SC"',
  'SimSun',
  'serif',
].join(', ')

/** The labels' face (note heads, running header and footer): the bundled Inter, then the serif stack. */
export const BRIEFING_LABEL_STACK = `"${BUNDLED_SANS}", "Inter", ${BRIEFING_FONT_STACK}`

/** Paper and margins; the bottom margin holds the footer. */
export const PAGE_MARGINS = { top: '20mm', right: '20mm', bottom: '22mm', left: '22mm' } as const

/** What the stylesheet needs to know. */
export interface BriefingStyleOptions {
  readonly paper: PaperSize
  /** Footer text left of the page number; null to leave the footer to the printer's template (see briefingPdfOptions). */
  readonly footer: string | null
  /** The running header: the title (from page 2, the first has it in large) and the marking (every page); null for none. */
  readonly header?: { readonly title: string; readonly marking: string | null } | null
  /** @font-face rules for the bundled faces (see bundledFontFaces); empty to rely on installed fonts. */
  readonly fontFaces?: string
}

/** The inline stylesheet of a briefing. */
export function briefingStylesheet(options: BriefingStyleOptions): string {
  const footer =
    options.footer === null
      ? ''
      : `
  @bottom-left { content: ${cssString(options.footer)}; font: 7.5pt ${BRIEFING_LABEL_STACK}; color: #555; vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt ${BRIEFING_LABEL_STACK}; color: #555; vertical-align: top; padding-top: 4mm; }`
  const header = options.header ?? null
  const running =
    header === null
      ? ''
      : `
  @top-left { content: ${cssString(header.title)}; font: italic 7.5pt ${BRIEFING_FONT_STACK}; color: #555; vertical-align: bottom; padding-bottom: 4mm; }${
    header.marking === null
      ? ''
      : `
  @top-right { content: ${cssString(header.marking)}; font: 600 7.5pt ${BRIEFING_LABEL_STACK}; letter-spacing: 0.08em; text-transform: uppercase; color: #8a1c12; vertical-align: bottom; padding-bottom: 4mm; }`
  }`
  return `${options.fontFaces ?? ''}
@page {
  size: ${options.paper === 'Letter' ? 'letter' : 'A4'};
  margin: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left};${footer}${running}
}${header === null ? '' : '\n@page :first { @top-left { content: none; } }'}
:root { color-scheme: light; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: ${BRIEFING_FONT_STACK}; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; background: #fff; }
body { margin: 0; font-kerning: normal; font-variant-numeric: oldstyle-nums proportional-nums; text-rendering: optimizeLegibility; }
:lang(ja) { font-family: "Noto Serif CJK JP", "Noto Sans CJK JP", ${BRIEFING_FONT_STACK}; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Noto Sans CJK KR", ${BRIEFING_FONT_STACK}; }
:lang(und-Arab) { line-height: 1.7; }
:lang(zh), :lang(ja), :lang(ko) { font-style: normal; line-break: strict; }
p { margin: 0 0 0.5em; orphans: 2; widows: 2; }
h1, h2, h3, h4 { font-weight: 600; line-height: 1.2; break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }

.title-block { border-bottom: 0.75pt solid #1a1a1a; padding-bottom: 10pt; margin-bottom: 14pt; }
.title-block .marking { font-size: 8.5pt; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: #8a1c12; border: 0.75pt solid currentColor; display: inline-block; padding: 1pt 6pt; margin: 0 0 10pt; }
.title-block .kicker { font-size: 8pt; letter-spacing: 0.12em; text-transform: uppercase; color: #555; margin: 0 0 4pt; }
.title-block h1 { font-size: 24pt; font-weight: 600; letter-spacing: -0.01em; margin: 0 0 10pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; font-size: 9.5pt; }
.facts div { display: contents; }
.facts dt { color: #555; }
.facts dd { margin: 0; }
.opening { margin: 0 0 14pt; font-size: 11pt; }
.summary { margin: 0 0 18pt; padding: 8pt 10pt; background: #f5f3ee; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.summary > .counts { break-after: avoid; page-break-after: avoid; }
.summary > h2 { font-size: 8pt; letter-spacing: 0.12em; text-transform: uppercase; color: #555; margin: 0 0 6pt; }
.summary > h3 { font-size: 10.5pt; margin: 8pt 0 3pt; color: #7a5000; }
.key-points { margin: 0; padding-inline-start: 1.2em; }
.key-points li { margin: 0 0 2pt; break-inside: avoid; page-break-inside: avoid; }
.key-point-place { font-size: 8.5pt; color: #555; font-variant-numeric: lining-nums; white-space: nowrap; }
.group { margin: 0 0 10pt; }
.group > h2 { font-size: 15pt; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid var(--ink, #1a1a1a); color: var(--ink, #1a1a1a); }
.group-count { font-size: 9pt; font-weight: 400; color: #555; font-variant-numeric: lining-nums; }
.group + .group { margin-top: 14pt; }
.group .document > h3 { font-size: 11.5pt; margin: 0 0 2pt; }
.group .document + .document { border-top: 0; padding-top: 4pt; }
.annex { margin-top: 18pt; border-top: 0.75pt solid #1a1a1a; padding-top: 8pt; }
.annex > h2 { font-size: 14pt; margin: 0 0 8pt; }
.annex-entry { margin: 0 0 8pt; break-inside: avoid; page-break-inside: avoid; }
.annex-entry h3 { font-size: 10.5pt; margin: 0 0 1pt; }
.annex-entry .symbol { font-weight: 400; color: #444; font-variant-numeric: lining-nums; }
.annex-title { margin: 0 0 1pt; font-style: italic; }
.annex-facts { font-size: 8.5pt; color: #444; margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 4pt 16pt; margin: 0; padding: 0; list-style: none; font-size: 9pt; }
.counts li { white-space: nowrap; }
.counts .count { font-variant-numeric: lining-nums tabular-nums; font-weight: 600; }
.empty { font-style: italic; color: #555; }

.document { margin: 0 0 16pt; }
.document + .document { border-top: 0.5pt solid #999; padding-top: 12pt; }
.document > h2 { font-size: 14pt; margin: 0 0 3pt; }
.document-meta { font-size: 8.5pt; color: #555; margin: 0 0 10pt; letter-spacing: 0.02em; break-after: avoid; page-break-after: avoid; }

.note { margin: 0 0 12pt; padding: 0 0 10pt; border-bottom: 0.25pt solid #ccc; break-inside: avoid; page-break-inside: avoid; }
.note:last-child { border-bottom: 0; }
.note-head, .kicker, .tags, .note-foot, .document-meta, .facts dt { font-family: ${BRIEFING_LABEL_STACK}; }
.note-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2pt 8pt; margin: 0 0 4pt; font-size: 8.5pt; color: #444; }
.note-number { font-weight: 600; color: #1a1a1a; font-variant-numeric: lining-nums tabular-nums; }
.ref { font-variant-numeric: lining-nums; }
.ref cite { font-style: italic; }
.category { font-weight: 600; color: var(--ink, #444); border: 0.5pt solid var(--ink, #999); border-radius: 2pt; padding: 0 3pt; background: var(--tint, transparent); }
.category .glyph { display: inline-block; min-width: 0.9em; text-align: center; margin-inline-end: 2pt; }
.flag { font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; font-size: 7.5pt; border: 0.75pt solid #1a1a1a; padding: 0 3pt; }
.flag-orphaned { border-style: dashed; }
.summary .glyph, .group[data-category] > h2 .glyph { display: inline-block; min-width: 0.9em; }
.note[data-category="key-point"], .group[data-category="key-point"] { --tint: #fbf1d0; --ink: #7a5000; }
.note[data-category="concern"], .group[data-category="concern"] { --tint: #fbe6e4; --ink: #9a2a20; }
.note[data-category="follow-up"], .group[data-category="follow-up"] { --tint: #e5f2e8; --ink: #25603a; }
.note[data-category="question"], .group[data-category="question"] { --tint: #e6eefa; --ink: #26528c; }
.note[data-category="reference"], .group[data-category="reference"] { --tint: #efe9f8; --ink: #553a8f; }

blockquote { margin: 0 0 6pt; padding-inline-start: 10pt; border-inline-start: 2pt solid #b3b3b3; color: #2b2b2b; font-size: 10pt; }
blockquote p { margin: 0 0 3pt; }
blockquote p::before { content: none; }
.now-reads { font-size: 8.5pt; color: #444; margin: -2pt 0 6pt; padding-inline-start: 12pt; }
.orphan-reason { font-size: 8.5pt; color: #444; font-style: italic; }
.whole-document { font-size: 9pt; color: #444; font-style: italic; margin: 0 0 6pt; }
.note-body { margin: 0 0 6pt; }
.note-body ul, .note-body ol { margin: 0 0 0.5em; padding-inline-start: 1.4em; }
.note-body li { margin: 0 0 1pt; }
.note-foot { font-size: 8pt; color: #555; margin: 0; }
.tags { margin: 0 0 2pt; font-size: 8.5pt; color: #333; }
.tag { white-space: nowrap; }
.tag + .tag::before { content: " · "; color: #999; white-space: normal; }
time { font-variant-numeric: lining-nums; }
${statementAnnexStyles(BRIEFING_LABEL_STACK)}
${revisionChangesStyles(BRIEFING_LABEL_STACK)}

@media screen {
  html { background: #eceae4; }
  body { max-width: 44em; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
}
`
}

/**
 * A CSS string literal for `content:` in the print stylesheet. Quotes,
 * backslashes and line breaks are hex-escaped, and `<` too, so the text
 * cannot close the surrounding <style> element.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/["\\<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)
  return `"${escaped}"`
}
