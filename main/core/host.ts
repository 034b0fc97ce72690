/**
 * What a host can do for the core that the core itself cannot: Electron can
 * show a save dialog and print a briefing to PDF; browser mode cannot (the
 * browser saves and prints there), so it passes no host.
 */
import type { ExportFormat, PaperSize } from '../../shared/export-model'

/** A file to save, as the renderer asks for it. */
export interface SaveExportRequest {
  readonly fileName: string
  readonly format: ExportFormat
  /** Markdown or JSON text, or a Word file's bytes in base64. */
  readonly content?: string
  /** For a PDF: the briefing page (see BriefingPages) to print. */
  readonly briefingPath?: string
  readonly paper?: PaperSize
}

/** What happened: saved at a path, or not (cancelled). */
export interface SaveExportResult {
  readonly saved: boolean
  readonly path?: string
  readonly reason?: string
}

/** Host capabilities; every member is optional so a host offers what it can. */
export interface ReaderHost {
  saveExport?(request: SaveExportRequest): Promise<SaveExportResult>
}
