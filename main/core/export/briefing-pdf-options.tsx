/**
 * How to print a briefing to PDF, for each printer the app uses: Electron's
 * printToPDF and Playwright's page.pdf take the same choices under
 * different names, and Chromium's footer template is a small HTML page of
 * its own, built here with React so the label in it is escaped.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { PaperSize } from '../../../shared/export-model'
import type { BriefingFooter } from './briefing-html'
import { BRIEFING_FONT_STACK, PAGE_MARGINS } from './briefing-style'

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
 * for them).
 */
export function briefingPdfOptions(paper: PaperSize, footer: BriefingFooter = 'css', footerLabel = 'Notes briefing'): BriefingPdfOptions {
  const footerTemplate = renderToStaticMarkup(<FooterTemplate label={footerLabel} />)
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

/** The label left, "Page n of m" right, set like the page's own CSS footer. */
function FooterTemplate({ label }: { label: string }) {
  const style = {
    boxSizing: 'border-box',
    width: '100%',
    padding: `4mm ${PAGE_MARGINS.right} 0 ${PAGE_MARGINS.left}`,
    display: 'flex',
    justifyContent: 'space-between',
    font: `7.5pt ${BRIEFING_FONT_STACK}`,
    color: '#555',
    WebkitPrintColorAdjust: 'exact',
  } as const
  return (
    <div style={style}>
      <span>{label}</span>
      <span>
        Page <span className="pageNumber" /> of <span className="totalPages" />
      </span>
    </div>
  )
}
