/**
 * The briefing as one self-contained HTML document: inline stylesheet, no
 * scripts, no external resources (a Content-Security-Policy says so too),
 * laid out for print. Electron prints it with printToPDF, browser mode opens
 * it and calls print, tests print it with Playwright's page.pdf: one
 * rendering for every PDF path.
 *
 * The page is built from React components and rendered with
 * renderToStaticMarkup, so every piece of user text is escaped by React and
 * note bodies go through the app's one note-text rendering. User text
 * carries `lang` and `dir="auto"`, so a right-to-left note is set right to left.
 */
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PaperSize } from '../../../shared/export-model'
import { FLAG_LABELS, formatDateTime, plural, type BriefingContent, type DateStyle } from './briefing-content'
import { DocumentSection, Glyph } from './briefing-note'
import { briefingStylesheet } from './briefing-style'

/** The policy the page carries itself, whoever serves or opens it: its inline styles and nothing else. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'"

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
  const page = <BriefingPage content={content} options={options} stylesheet={briefingStylesheet({ paper, footer })} />
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`
}

function BriefingPage({ content, options, stylesheet }: { content: BriefingContent; options: BriefingHtmlOptions; stylesheet: string }) {
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={PAGE_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {options.generator ? <meta name="generator" content={options.generator} /> : null}
        <title>{content.title}</title>
        <style>{stylesheet}</style>
      </head>
      <body>
        <TitleBlock content={content} style={options} />
        <main>
          {content.documents.length === 0 ? (
            <p className="empty">No notes match this selection.</p>
          ) : (
            content.documents.map((document, index) => <DocumentSection key={index} document={document} style={options} />)
          )}
        </main>
      </body>
    </html>
  )
}

/** The title, when and what was exported, and the counts by category and flag. */
function TitleBlock({ content, style }: { content: BriefingContent; style: DateStyle }) {
  const { counts } = content
  const items = [
    ...counts.byCategory.map(({ category, count }) => (
      <CountItem key={category?.id ?? 'none'} count={count}>
        {category ? (
          <>
            <Glyph glyph={category.glyph} /> {category.label}
          </>
        ) : (
          'No category'
        )}
      </CountItem>
    )),
    ...(counts.wholeDocument > 0 ? [<CountItem key="document" count={counts.wholeDocument}>On the whole document</CountItem>] : []),
    ...(counts.needsReview > 0 ? [<CountItem key="needs-review" count={counts.needsReview}>{FLAG_LABELS['needs-review']}</CountItem>] : []),
    ...(counts.orphaned > 0 ? [<CountItem key="orphaned" count={counts.orphaned}>{FLAG_LABELS.orphaned}</CountItem>] : []),
  ]
  return (
    <header className="title-block">
      <p className="kicker">FOC Reader</p>
      <h1>{content.title}</h1>
      <dl className="facts">
        <dt>Exported</dt>
        <dd>
          <time dateTime={content.generated.toISOString()}>{formatDateTime(content.generated, style)}</time>
        </dd>
        <dt>Selection</dt>
        <dd dir="auto">{content.selectionLabel}</dd>
        <dt>Contents</dt>
        <dd>{`${plural(counts.notes, 'note')} on ${plural(counts.documents, 'document')}`}</dd>
      </dl>
      {items.length > 0 ? (
        <ul className="counts" aria-label="Notes by category and flag">
          {items}
        </ul>
      ) : null}
    </header>
  )
}

function CountItem({ count, children }: { count: number; children: ReactNode }) {
  return (
    <li>
      {children} <span className="count">{count}</span>
    </li>
  )
}
