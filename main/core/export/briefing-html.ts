/**
 * The briefing as one self-contained HTML document: inline stylesheet, no
 * scripts, no external resources (a Content-Security-Policy says so too),
 * laid out for print. Electron prints it with printToPDF, browser mode opens
 * it and calls print, tests print it with Playwright's page.pdf: one
 * rendering for every PDF path.
 *
 * Every piece of user text passes through escapeHtml (note bodies through
 * noteBodyHtml, which escapes what it does not rebuild), and carries `lang`
 * and `dir="auto"` so a right-to-left note is set right to left.
 */
import { DOCUMENT_KIND_LABELS } from '../../../shared/document-model'
import type { PaperSize } from '../../../shared/export-model'
import {
  FLAG_LABELS,
  formatDateTime,
  formatPartialDate,
  formatReference,
  plural,
  type BriefingContent,
  type BriefingDocument,
  type BriefingNote,
  type DateStyle,
} from './briefing-content'
import { BRIEFING_FONT_STACK, briefingStylesheet, PAGE_MARGINS } from './briefing-style'
import { escapeHtml, noteBodyHtml, textLanguage } from './html-text'

/** The language of the bundled documents, for quoted passages in Latin script. */
const DOCUMENT_LANGUAGE = 'en'

/**
 * Where the page footer comes from: 'css' prints it by @page margin boxes
 * (Chromium 131+, any print path); 'template' leaves it to the printer's
 * footer template (briefingPdfOptions with the same choice), for printers
 * that ignore margin boxes. Never both, or it prints twice.
 */
export type BriefingFooter = 'css' | 'template'

/** How to render a briefing. */
export interface BriefingHtmlOptions extends DateStyle {
  readonly paper?: PaperSize
  readonly footer?: BriefingFooter
  /** The app's name and version, for the generator line. */
  readonly generator?: string
}

/** The footer's text beside the page number: the briefing's title and date (pass it to briefingPdfOptions too). */
export function briefingFooterLabel(content: BriefingContent, style: DateStyle = {}): string {
  return `${content.title} · ${formatDateTime(content.generated, style)}`
}

/** The briefing as a complete HTML document. */
export function renderBriefingHtml(content: BriefingContent, options: BriefingHtmlOptions = {}): string {
  const paper = options.paper ?? 'A4'
  const footer = (options.footer ?? 'css') === 'css' ? briefingFooterLabel(content, options) : null
  const body = content.documents.length === 0 ? '<p class="empty">No notes match this selection.</p>' : content.documents.map((document) => documentHtml(document, options)).join('\n')
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.generator ? `<meta name="generator" content="${escapeHtml(options.generator)}">\n` : ''}<title>${escapeHtml(content.title)}</title>
<style>${briefingStylesheet({ paper, footer })}</style>
</head>
<body>
${titleBlockHtml(content, options)}
<main>
${body}
</main>
</body>
</html>
`
}

function titleBlockHtml(content: BriefingContent, style: DateStyle): string {
  const { counts } = content
  const generated = content.generated.toISOString()
  const items = [
    ...counts.byCategory.map(({ category, count }) =>
      category ? `<li>${glyphHtml(category.glyph)} ${escapeHtml(category.label)} <span class="count">${count}</span></li>` : `<li>No category <span class="count">${count}</span></li>`,
    ),
    ...(counts.wholeDocument > 0 ? [`<li>On the whole document <span class="count">${counts.wholeDocument}</span></li>`] : []),
    ...(counts.needsReview > 0 ? [`<li>${FLAG_LABELS['needs-review']} <span class="count">${counts.needsReview}</span></li>`] : []),
    ...(counts.orphaned > 0 ? [`<li>${FLAG_LABELS.orphaned} <span class="count">${counts.orphaned}</span></li>`] : []),
  ]
  return `<header class="title-block">
<p class="kicker">FOC Reader</p>
<h1>${escapeHtml(content.title)}</h1>
<dl class="facts">
<dt>Exported</dt><dd><time datetime="${escapeHtml(generated)}">${escapeHtml(formatDateTime(content.generated, style))}</time></dd>
<dt>Selection</dt><dd dir="auto">${escapeHtml(content.selectionLabel)}</dd>
<dt>Contents</dt><dd>${plural(counts.notes, 'note')} on ${plural(counts.documents, 'document')}</dd>
</dl>
${items.length > 0 ? `<ul class="counts" aria-label="Notes by category and flag">${items.join('')}</ul>\n` : ''}</header>`
}

function documentHtml(document: BriefingDocument, style: DateStyle): string {
  const id = `document-${escapeHtml(document.documentId || 'unknown')}`
  return `<section class="document" aria-labelledby="${id}">
<h2 id="${id}" dir="auto">${escapeHtml(document.title)}</h2>
<p class="document-meta">${escapeHtml(documentMeta(document, style))}</p>
${document.notes.map((note) => noteHtml(note, document, style)).join('\n')}
</section>`
}

/** "Resolution · UN General Assembly · A/RES/68/167 · 18 December 2013", or why the document is missing. */
export function documentMeta(document: BriefingDocument, style: DateStyle): string {
  if (!document.inLibrary) return `No longer in the library (${document.documentId || 'unknown id'}): passages cannot be shown in context`
  const parts = [document.kind ? DOCUMENT_KIND_LABELS[document.kind] : null, document.issuingBody]
  if (document.citation) {
    parts.push(document.citation.symbol, document.citation.date ? formatPartialDate(document.citation.date, style) : null)
  } else if (document.date) {
    parts.push(formatPartialDate(document.date, style))
  }
  return parts.filter((part): part is string => part !== null && part !== '').join(' · ')
}

function noteHtml(note: BriefingNote, document: BriefingDocument, style: DateStyle): string {
  const { view, content } = note
  const head = [
    `<span class="note-number">${note.number}</span>`,
    note.category ? `<span class="category">${glyphHtml(note.category.glyph)}${escapeHtml(note.category.label)}</span>` : '<span class="category category-none">No category</span>',
    referenceHtml(note, document),
    ...note.flags.map((flag) => `<span class="flag flag-${flag}">${FLAG_LABELS[flag]}</span>`),
  ]
  const parts = [`<p class="note-head">${head.filter((part) => part !== '').join(' ')}</p>`]
  if (note.quote !== null) {
    parts.push(`<blockquote lang="${textLanguage(note.quote, DOCUMENT_LANGUAGE)}" dir="auto">${paragraphsHtml(note.quote)}</blockquote>`)
    if (note.currentText !== null) {
      parts.push(`<p class="now-reads">The text here now reads: <q lang="${textLanguage(note.currentText, DOCUMENT_LANGUAGE)}" dir="auto">${escapeHtml(note.currentText)}</q></p>`)
    }
  } else if (view.anchor.status === 'document') {
    parts.push('<p class="whole-document">On the whole document</p>')
  }
  if (note.orphanReason !== null) parts.push(`<p class="orphan-reason">${escapeHtml(note.orphanReason)}</p>`)
  const body = noteBodyHtml(content.text)
  if (body !== '') parts.push(`<div class="note-body" lang="${textLanguage(content.text)}" dir="auto">${body}</div>`)
  if (content.tags.length > 0) {
    parts.push(`<p class="tags">Tags: ${content.tags.map((tag) => `<span class="tag" lang="${textLanguage(tag)}" dir="auto">${escapeHtml(tag)}</span>`).join('')}</p>`)
  }
  parts.push(`<p class="note-foot">${datesHtml(view.note.created, view.note.modified, style)}</p>`)
  return `<article class="note" data-category="${note.category?.id ?? 'none'}" id="note-${note.number}">
${parts.join('\n')}
</article>`
}

function referenceHtml(note: BriefingNote, document: BriefingDocument): string {
  const title = `<cite dir="auto">${escapeHtml(document.title)}</cite>`
  if (note.reference !== null) {
    const where = formatReference(note.reference)
    return `<span class="ref">${title}${where === '' ? '' : `, ${escapeHtml(where)}`}</span>`
  }
  return `<span class="ref">${title}</span>`
}

function datesHtml(created: string, modified: string, style: DateStyle): string {
  const time = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDateTime(iso, style))}</time>`
  return Date.parse(modified) === Date.parse(created) ? `Created ${time(created)}` : `Created ${time(created)} · Modified ${time(modified)}`
}

function glyphHtml(glyph: string): string {
  return `<span class="glyph" aria-hidden="true">${escapeHtml(glyph)}</span>`
}

/** A passage's paragraphs (blank-line separated) and line breaks, escaped. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

/** Options for Electron's webContents.printToPDF (margins in inches). */
export interface ElectronPdfOptions {
  readonly pageSize: PaperSize
  readonly printBackground: boolean
  readonly preferCSSPageSize: boolean
  readonly displayHeaderFooter: boolean
  readonly headerTemplate: string
  readonly footerTemplate: string
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number }
  readonly generateTaggedPDF: boolean
  readonly generateDocumentOutline: boolean
}

/** Options for Playwright's page.pdf (margins as CSS lengths). */
export interface PlaywrightPdfOptions {
  readonly format: PaperSize
  readonly printBackground: boolean
  readonly preferCSSPageSize: boolean
  readonly displayHeaderFooter: boolean
  readonly headerTemplate: string
  readonly footerTemplate: string
  readonly margin: { readonly top: string; readonly bottom: string; readonly left: string; readonly right: string }
  readonly tagged: boolean
  readonly outline: boolean
}

/** How to print a briefing to PDF, for each printer the app uses. */
export interface BriefingPdfOptions {
  readonly paper: PaperSize
  /** Page-number footer for Chromium's print templates (classes pageNumber and totalPages are filled in by Chromium). */
  readonly footerTemplate: string
  /** An empty header: an empty string would make Chromium print its default (date and title). */
  readonly headerTemplate: string
  readonly electron: ElectronPdfOptions
  readonly playwright: PlaywrightPdfOptions
}

/**
 * PDF options matching a briefing rendered with the same `footer` choice:
 * with 'css' (the default) the page's own @page rules size the paper and
 * print the footer, so the printer's header and footer stay off; with
 * 'template' the printer prints `footerTemplate` in the bottom margin.
 * The templates are self-contained (inline styles; Chromium loads nothing
 * for them) and carry no user text.
 */
export function briefingPdfOptions(paper: PaperSize, footer: BriefingFooter = 'css', footerLabel = 'Notes briefing'): BriefingPdfOptions {
  const footerTemplate = `<div style="box-sizing: border-box; width: 100%; padding: 4mm ${PAGE_MARGINS.right} 0 ${PAGE_MARGINS.left}; display: flex; justify-content: space-between; font: 7.5pt ${escapeHtml(BRIEFING_FONT_STACK)}; color: #555; -webkit-print-color-adjust: exact;"><span>${escapeHtml(footerLabel)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  const headerTemplate = '<span></span>'
  const displayHeaderFooter = footer === 'template'
  const inches = (length: string): number => Math.round((Number.parseFloat(length) / 25.4) * 1000) / 1000
  return {
    paper,
    footerTemplate,
    headerTemplate,
    electron: {
      pageSize: paper,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter,
      headerTemplate,
      footerTemplate,
      margins: { top: inches(PAGE_MARGINS.top), bottom: inches(PAGE_MARGINS.bottom), left: inches(PAGE_MARGINS.left), right: inches(PAGE_MARGINS.right) },
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    },
    playwright: {
      format: paper,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter,
      headerTemplate,
      footerTemplate,
      margin: { ...PAGE_MARGINS },
      tagged: true,
      outline: true,
    },
  }
}
