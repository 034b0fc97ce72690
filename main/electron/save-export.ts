/**
 * Saving an export from the Electron window: a save dialog, the PDF printed
 * from the briefing page by a hidden window (the same HTML every other PDF
 * path prints), the file written atomically, then "Show in folder".
 */
import { BrowserWindow, dialog, shell } from 'electron'
import writeFileAtomic from 'write-file-atomic'
import { briefingPdfOptions } from '../core/export/briefing-pdf-options'
import type { SaveExportRequest, SaveExportResult } from '../core/host'
import { APP_ORIGIN } from './url-policy'

const FILTERS: Record<SaveExportRequest['format'], Electron.FileFilter[]> = {
  pdf: [{ name: 'PDF briefing', extensions: ['pdf'] }],
  markdown: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'Web Annotation JSON', extensions: ['json', 'jsonld'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
}

/** Asks where to save, writes the export there, and offers to show it. */
export async function saveExport(request: SaveExportRequest, parent: () => BrowserWindow | null): Promise<SaveExportResult> {
  const window = parent()
  const options = { defaultPath: request.fileName, filters: FILTERS[request.format] }
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'Cancelled.' }
  const data =
    request.format === 'pdf'
      ? await printBriefing(request.briefingPath ?? '', request.paper ?? 'A4')
      : // A Word file comes as base64 (the API carries text); the other formats are their own text.
        Buffer.from(request.content ?? '', request.format === 'docx' ? 'base64' : 'utf8')
  await writeFileAtomic(choice.filePath, data)
  const shown = { buttons: ['Show in Folder', 'OK'], defaultId: 1, cancelId: 1, message: 'The notes were exported.', detail: choice.filePath }
  const answer = window ? await dialog.showMessageBox(window, shown) : await dialog.showMessageBox(shown)
  if (answer.response === 0) shell.showItemInFolder(choice.filePath)
  return { saved: true, path: choice.filePath }
}

/** Loads the briefing in a hidden, sandboxed window and prints it to PDF. */
async function printBriefing(briefingPath: string, paper: 'A4' | 'Letter'): Promise<Buffer> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  })
  try {
    await printer.loadURL(`${APP_ORIGIN}${briefingPath}`)
    return await printer.webContents.printToPDF(briefingPdfOptions(paper).electron)
  } finally {
    printer.destroy()
  }
}
