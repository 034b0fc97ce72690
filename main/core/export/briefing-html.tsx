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
import { renderToStaticMarkup } from 'react-dom/server'
import type { PaperSize } from '../../../shared/export-model'
import { briefingDate, plural, type BriefingContent, type BriefingGroup, type DateStyle } from './briefing-content'
import { DocumentSection, Glyph } from './briefing-note'
import { briefingStylesheet } from './briefing-style'
import { ReferencesAnnex, Summary } from './briefing-summary'
import { briefingContents, groupHeadingId } from './briefing-contents'
import { Contents, StatementAnnexSection } from './briefing-statement-annex'
import { RedlineAnnexSection, RevisionChangesSection } from './briefing-changes-section'

/** The policy the page carries itself, whoever serves or opens it: its inline styles and nothing else. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:"

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
  /** @font-face rules embedding the bundled faces (bundledFontFaces); none unless given. */
  readonly fontFaces?: string
}

/**
 * The printer template's footer text beside the page number, for printers
 * without margin boxes (pass it to briefingPdfOptions): marking, title and
 * date, since such a page has no running header.
 */
export function briefingFooterLabel(content: BriefingContent, style: DateStyle = {}): string {
  return [content.details.marking, content.title, briefingDate(content, style)].filter((part) => part !== null).join(' · ')
}

/** The briefing as a complete HTML document. */
export function renderBriefingHtml(content: BriefingContent, options: BriefingHtmlOptions = {}): string {
  const paper = options.paper ?? 'A4'
  const css = (options.footer ?? 'css') === 'css'
  const running = css ? { title: content.title, marking: content.details.marking } : null
  const stylesheet = briefingStylesheet({ paper, footer: css ? briefingDate(content, options) : null, header: running, fontFaces: options.fontFaces ?? '' })
  const page = <BriefingPage content={content} options={options} stylesheet={stylesheet} />
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`
}

function BriefingPage({ content, options, stylesheet }: { content: BriefingContent; options: BriefingHtmlOptions; stylesheet: string }) {
  const contents = briefingContents(content)
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
        {content.details.opening.length > 0 ? (
          <section className="opening" aria-label="Opening">
            {content.details.opening.map((paragraph, index) => (
              <p key={index} dir="auto">
                {paragraph}
              </p>
            ))}
          </section>
        ) : null}
        {content.documents.length > 0 ? <Summary content={content} /> : null}
        {contents.length > 0 ? <Contents entries={contents} /> : null}
        <main>
          {content.documents.length === 0 ? (
            <p className="empty">No notes match this selection.</p>
          ) : (
            content.groups.map((group) => <GroupSection key={group.key} group={group} content={content} style={options} />)
          )}
        </main>
        {content.revisionChanges.map((changes) => (
          <RevisionChangesSection key={changes.documentId} changes={changes} />
        ))}
        {content.annex.length > 0 ? <ReferencesAnnex annex={content.annex} style={options} /> : null}
        {content.statement !== null ? <StatementAnnexSection annex={content.statement} /> : null}
        {content.revisionChanges.map((changes) => (changes.redline !== null ? <RedlineAnnexSection key={changes.documentId} changes={changes} /> : null))}
      </body>
    </html>
  )
}

/** A group: one document (its own heading), or a category or tag heading over its documents. */
function GroupSection({ group, content, style }: { group: BriefingGroup; content: BriefingContent; style: DateStyle }) {
  if (group.heading === null) {
    return group.documents.map((document, index) => <DocumentSection key={index} document={document} level={2} includeDates={content.details.includeDates} style={style} />)
  }
  const id = groupHeadingId(group)
  const count = group.documents.reduce((sum, document) => sum + document.notes.length, 0)
  return (
    <section className="group" aria-labelledby={id} data-category={group.category?.id}>
      <h2 id={id} dir="auto">
        {group.category ? (
          <>
            <Glyph glyph={group.category.glyph} />{' '}
          </>
        ) : null}
        {group.heading} <span className="group-count">{count}</span>
      </h2>
      {group.documents.map((document, index) => (
        <DocumentSection key={index} document={document} level={3} idPrefix={`${group.key}-`} includeDates={content.details.includeDates} style={style} />
      ))}
    </section>
  )
}

/** The marking, title, occasion, author and date, and what was exported. */
function TitleBlock({ content, style }: { content: BriefingContent; style: DateStyle }) {
  const { details } = content
  const facts: Array<[string, string]> = [
    ...(details.occasion !== null ? [['Occasion', details.occasion] as [string, string]] : []),
    ...(details.preparedBy !== null ? [['Prepared by', details.preparedBy] as [string, string]] : []),
    ['Date', briefingDate(content, style)],
    ['Selection', content.selectionLabel],
    ['Contents', `${plural(content.counts.notes, 'note')} on ${plural(content.counts.documents, 'document')}`],
  ]
  return (
    <header className="title-block">
      {details.marking !== null ? (
        <p className="marking" dir="auto">
          {details.marking}
        </p>
      ) : null}
      <p className="kicker">FOC Reader · Briefing</p>
      <h1 dir="auto">{content.title}</h1>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd dir="auto">{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  )
}
