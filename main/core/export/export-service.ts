/**
 * The export use case: the notes the user chose, in one of three forms.
 * The PDF is made by whoever hosts the core (Electron's printToPDF, the
 * browser's print, Playwright's page.pdf) from the briefing HTML returned
 * here with the matching print options, so the core stays free of Electron.
 */
import { randomUUID } from 'node:crypto'
import type { NoteView } from '../../../shared/api-contract'
import type { ExportFormat, ExportSelection, PaperSize } from '../../../shared/export-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import { buildAnnotationCollection, serializeAnnotationCollection } from './annotation-json'
import { buildBriefing, type DateStyle } from './briefing-content'
import { briefingFooterLabel, renderBriefingHtml, type BriefingFooter } from './briefing-html'
import { briefingPdfOptions, type BriefingPdfOptions } from './briefing-pdf-options'
import { describeSelection, selectNotes } from './export-selection'
import { renderBriefingMarkdown } from './markdown'

/** What to export. */
export interface ExportRequest {
  readonly selection: ExportSelection
  readonly format: ExportFormat
  /** Paper for the PDF briefing; A4 unless given. */
  readonly paper?: PaperSize
  /** Where the PDF's footer comes from (see BriefingFooter); 'css' unless given. */
  readonly footer?: BriefingFooter
}

/** An export, ready to save (or, for a PDF, to print). */
export interface ExportedFile {
  readonly format: ExportFormat
  /** For 'pdf': the briefing HTML to print; otherwise the file's text. */
  readonly content: string
  readonly mediaType: string
  /** A file name to offer in the save dialog, e.g. "notes-briefing-2026-03-01.pdf". */
  readonly fileName: string
  readonly noteCount: number
  /** For 'pdf': how to print `content`. */
  readonly pdf?: BriefingPdfOptions
}

/** Where the notes come from: the notes service's list, in any order. */
export interface NoteViewSource {
  list(): NoteView[]
}

/** Clock, ids, locale and time zone, fixed in tests. */
export interface ExportServiceOptions extends DateStyle {
  readonly appVersion?: string
  readonly now?: () => Date
  readonly newId?: () => string
}

/** The export use case over a library and the user's notes. */
export class ExportService {
  constructor(
    private readonly library: Library,
    private readonly notes: NoteViewSource,
    private readonly options: ExportServiceOptions = {},
  ) {}

  /** Exports the notes `request.selection` names; throws ApiFailure 'not-found' for a document that neither exists nor has notes. */
  exportNotes(request: ExportRequest): ExportedFile {
    const { selection } = request
    const views = this.notes.list()
    const groups = selectNotes(views, selection, this.library)
    const documentId = selection.scope === 'all' || selection.scope === 'notes' ? undefined : selection.documentId
    if (documentId !== undefined && !this.library.getDocument(documentId) && groups.length === 0) {
      throw new ApiFailure('not-found', `There is no document "${documentId}" in the library.`)
    }
    const generated = (this.options.now ?? (() => new Date()))()
    const selectionLabel = describeSelection(selection, this.library)
    const noteCount = groups.reduce((sum, group) => sum + group.notes.length, 0)
    const day = isoDay(generated, this.options.timeZone)
    const style: DateStyle = { locale: this.options.locale, timeZone: this.options.timeZone }
    const appVersion = this.options.appVersion ?? '0.0.0'

    if (request.format === 'json') {
      const id = (this.options.newId ?? (() => `urn:uuid:${randomUUID()}`))()
      const notes = groups.flatMap((group) => group.notes.map((view) => view.note))
      const collection = buildAnnotationCollection(notes, { id, label: `FOC Reader notes: ${selectionLabel}`, generated, appVersion })
      return {
        format: 'json',
        content: serializeAnnotationCollection(collection),
        mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        fileName: `foc-reader-notes-${day}.json`,
        noteCount,
      }
    }
    const briefing = buildBriefing(groups, this.library, { generated, selectionLabel })
    if (request.format === 'markdown') {
      return { format: 'markdown', content: renderBriefingMarkdown(briefing, style), mediaType: 'text/markdown; charset=utf-8', fileName: `notes-briefing-${day}.md`, noteCount }
    }
    const paper = request.paper ?? 'A4'
    const footer = request.footer ?? 'css'
    return {
      format: 'pdf',
      content: renderBriefingHtml(briefing, { ...style, paper, footer, generator: `FOC Reader ${appVersion}` }),
      mediaType: 'text/html; charset=utf-8',
      fileName: `notes-briefing-${day}.pdf`,
      noteCount,
      pdf: briefingPdfOptions(paper, footer, briefingFooterLabel(briefing, style)),
    }
  }
}

/** YYYY-MM-DD of `date` in the time zone (the machine's when absent), for file names. */
function isoDay(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(date)
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
