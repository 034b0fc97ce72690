/**
 * File › Add Document…: the system's Open dialog, then the chosen file's
 * bytes handed to the page, which adds it through documents.add as it adds
 * a file picked or dropped there (one path, one set of messages). Reads at
 * most one byte past the size limit, so a huge file is refused by the same
 * check as any other without being read whole.
 */
import { open } from 'node:fs/promises'
import path from 'node:path'
import { dialog, type BrowserWindow } from 'electron'
import { ADDED_DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES } from '../../shared/added-documents'
import { OPENED_FILE_CHANNEL, type OpenedFile } from '../../shared/opened-file'

/** Asks for a document in `window` and sends it to that window's page. */
export async function addDocumentFromDialog(window: BrowserWindow): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Add Document',
    buttonLabel: 'Add',
    properties: ['openFile'],
    filters: [
      { name: 'Documents', extensions: ADDED_DOCUMENT_EXTENSIONS.map((extension) => extension.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  })
  const chosen = choice.filePaths[0]
  if (choice.canceled || !chosen) return
  try {
    const file: OpenedFile = { fileName: path.basename(chosen), bytes: await readAtMost(chosen, MAX_DOCUMENT_BYTES + 1) }
    if (!window.isDestroyed()) window.webContents.send(OPENED_FILE_CHANNEL, file)
  } catch (error) {
    dialog.showErrorBox('The document could not be read', `${chosen}\n\n${error instanceof Error ? error.message : String(error)}\n\nNothing was added.`)
  }
}

/** The first `limit` bytes of the file at `filePath` (all of it when shorter). */
async function readAtMost(filePath: string, limit: number): Promise<Uint8Array> {
  const handle = await open(filePath, 'r')
  try {
    const size = Math.min((await handle.stat()).size, limit)
    const bytes = new Uint8Array(size)
    let filled = 0
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return bytes.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
