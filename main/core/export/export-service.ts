/**
 * The export use case: the notes the user chose, in one of three forms.
 * The PDF is made by whoever hosts the core (Electron's printToPDF, the
 * browser's print, Playwright's page.pdf) from the briefing HTML returned
 * here with the matching print options, so the core stays free of Electron.
 */
import { randomUUID } from 'node:crypto'
import type { NoteView } from '../../../shared/api-contract'
import type { BriefingOptions } from '../../../shared/briefing-options'
import type { LibraryDocument } from '../../../shared/document-model'
import type { ExportFormat, ExportSelection, PaperSize } from '../../../shared/export-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import { buildAnnotationCollection, serializeAnnotationCollection, withRevisionSource } from './annotation-json'
import { buildBriefing, type BriefingContent, type DateStyle } from './briefing-content'
import { renderBriefingDocx } from './briefing-docx'
import { briefingFooterLabel, renderBriefingHtml, type BriefingFooter } from './briefing-html'
import { bundledFontFaces } from './briefing-fonts'
import { briefingPdfOptions, type BriefingPdfOptions } from './briefing-pdf-options'
import { describeSelection, selectNotes, type ExportGroup } from './export-selection'
import { renderBriefingMarkdown } from './markdown'
import { noteRevision, readEarlierTexts, type EarlierTexts } from './note-revision'

/** What to export. */
export interface ExportRequest {
  readonly selection: ExportSelection
  readonly format: ExportFormat
  /** Paper for the PDF briefing; A4 unless given. */
  readonly paper?: PaperSize
  /** Where the PDF's footer comes from (see BriefingFooter); 'css' unless given. */
  readonly footer?: BriefingFooter
  /** The briefing's title, details and structure (PDF, Word, Markdown); the defaults when absent. */
  readonly briefing?: BriefingOptions
}

/** An export request for a format made synchronously (all but Word). */
export type TextExportRequest = ExportRequest & { readonly format: Exclude<ExportFormat, 'docx'> }

/** An export, ready to save (or, for a PDF, to print). */
export interface ExportedFile {
  readonly format: ExportFormat
  /** For 'pdf': the briefing HTML to print; for 'docx': the file's bytes in base64; otherwise the file's text. */
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
  /** Embed the bundled fonts in the PDF briefing (the app does; golden tests leave them out to stay readable). */
  readonly bundledFonts?: boolean
  /** Reads an earlier revision of an added document by its id ("<id>--rev-<n>"): the exports name revisions and compare them. */
  readonly revisions?: (id: string) => Promise<LibraryDocument | undefined>
}

/** The export use case over a library and the user's notes. */
export class ExportService {
  constructor(
    private readonly library: Library,
    private readonly notes: NoteViewSource,
    private readonly options: ExportServiceOptions = {},
  ) {}

  /** Exports in any format, Word included (whose packing is asynchronous); see {@link exportNotes}. */
  async exportFile(request: ExportRequest): Promise<ExportedFile> {
    const first = this.choose(request)
    const read = this.options.revisions
    const earlier = read ? await readEarlierTexts(first.groups.map((group) => group.documentId), this.library, read) : new Map<string, LibraryDocument>()
    const chosen = withEarlierTexts(first, earlier)
    if (request.format !== 'docx') return this.render({ ...request, format: request.format }, chosen, earlier)
    const briefing = this.briefing(chosen, request, earlier)
    const bytes = await renderBriefingDocx(briefing, { ...chosen.style, paper: request.paper ?? 'A4', generator: `FOC Reader ${chosen.appVersion}` })
    return {
      format: 'docx',
      content: bytes.toString('base64'),
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `${fileTitle(briefing.title, chosen.day)}.docx`,
      noteCount: chosen.noteCount,
    }
  }

  /**
   * Exports the notes `request.selection` names; throws ApiFailure 'not-found' for a document that neither exists nor has notes.
   * `earlier` holds the earlier revisions already read (see readEarlierTexts); without them no note is marked as carried across.
   */
  exportNotes(request: TextExportRequest, earlier: EarlierTexts = new Map()): ExportedFile {
    return this.render(request, withEarlierTexts(this.choose(request), earlier), earlier)
  }

  private render(request: TextExportRequest, chosen: ChosenNotes, earlier: EarlierTexts): ExportedFile {
    const { groups, generated, selectionLabel, noteCount, day, style, appVersion } = chosen
    if (request.format === 'json') {
      const id = (this.options.newId ?? (() => `urn:uuid:${randomUUID()}`))()
      const notes = groups.flatMap((group) => group.notes.map((view) => withRevisionSource(view.note, noteRevision(view, this.library, earlier))))
      const collection = buildAnnotationCollection(notes, { id, label: `FOC Reader notes: ${selectionLabel}`, generated, appVersion })
      return {
        format: 'json',
        content: serializeAnnotationCollection(collection),
        mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        fileName: `foc-reader-notes-${day}.json`,
        noteCount,
      }
    }
    const briefing = this.briefing(chosen, request, earlier)
    if (request.format === 'markdown') {
      return { format: 'markdown', content: renderBriefingMarkdown(briefing, style), mediaType: 'text/markdown; charset=utf-8', fileName: `notes-briefing-${day}.md`, noteCount }
    }
    const paper = request.paper ?? 'A4'
    const footer = request.footer ?? 'css'
    return {
      format: 'pdf',
      content: renderBriefingHtml(briefing, { ...style, paper, footer, generator: `FOC Reader ${appVersion}`, fontFaces: this.options.bundledFonts === true ? bundledFontFaces() : '' }),
      mediaType: 'text/html; charset=utf-8',
      fileName: `${fileTitle(briefing.title, day)}.pdf`,
      noteCount,
      pdf: briefingPdfOptions(paper, footer, briefingFooterLabel(briefing, style)),
    }
  }

  /** The selected notes and the facts every format needs. */
  private choose(request: ExportRequest): ChosenNotes {
    const { selection } = request
    const groups = selectNotes(this.notes.list(), selection, this.library)
    const documentId = selection.scope === 'all' || selection.scope === 'notes' ? undefined : selection.documentId
    if (documentId !== undefined && !this.library.getDocument(documentId) && groups.length === 0) {
      throw new ApiFailure('not-found', `There is no document "${documentId}" in the library.`)
    }
    const generated = (this.options.now ?? (() => new Date()))()
    return {
      groups,
      generated,
      selectionLabel: describeSelection(selection, this.library),
      noteCount: groups.reduce((sum, group) => sum + group.notes.length, 0),
      day: isoDay(generated, this.options.timeZone),
      style: { locale: this.options.locale, timeZone: this.options.timeZone },
      appVersion: this.options.appVersion ?? '0.0.0',
    }
  }

  /** The briefing's content; its default title names the document when one was exported, else the selection. */
  private briefing(chosen: ChosenNotes, request: ExportRequest, earlier: EarlierTexts): BriefingContent {
    const { selection } = request
    const subject = selection.scope === 'document' ? (this.library.getDocument(selection.documentId)?.title ?? selection.documentId) : chosen.selectionLabel
    return buildBriefing(chosen.groups, this.library, {
      generated: chosen.generated,
      selectionLabel: chosen.selectionLabel,
      subject,
      revisions: earlier,
      ...(request.briefing ? { briefing: request.briefing } : {}),
    })
  }
}

/**
 * The groups of notes kept on an earlier revision ("<id>--rev-<n>") given
 * that revision's text, which the library does not list: they are then
 * headed "<title> (<label>)" with their passages, not "No longer in the library".
 */
function withEarlierTexts(chosen: ChosenNotes, earlier: EarlierTexts): ChosenNotes {
  if (earlier.size === 0) return chosen
  return { ...chosen, groups: chosen.groups.map((group) => (group.document ? group : { ...group, document: earlier.get(group.documentId) })) }
}

/** What {@link ExportService} works out once per export. */
interface ChosenNotes {
  readonly groups: ExportGroup[]
  readonly generated: Date
  readonly selectionLabel: string
  readonly noteCount: number
  readonly day: string
  readonly style: DateStyle
  readonly appVersion: string
}

/**
 * A file name from the briefing's title ("Delegation briefing 7731"), without
 * the characters file systems refuse; "notes-briefing-<day>" when nothing is left.
 */
export function fileTitle(title: string, day: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  const cleaned = title.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '')
  return cleaned === '' ? `notes-briefing-${day}` : [...cleaned].slice(0, 120).join('').trim()
}

/** YYYY-MM-DD of `date` in the time zone (the machine's when absent), for file names. */
function isoDay(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(date)
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
