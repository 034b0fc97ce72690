/**
 * A file the user chose in the desktop app's own Open dialog (File › Add
 * Document…), handed from the main process to the page, which adds it
 * exactly as a file picked or dropped in the page. A menu click cannot open
 * the page's file picker (Chromium asks for a user gesture in the page), so
 * the main process asks. Pure: the preload, the main process and the page
 * share these names.
 */

/** A chosen file: its name (no folders) and its bytes. */
export interface OpenedFile {
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** The IPC channel opened files travel on, main process to page. */
export const OPENED_FILE_CHANNEL = 'foc-reader:opened-file'

/** True if `value` is an opened file (anything else arriving on the channel is ignored). */
export function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false
  const { fileName, bytes } = value as Record<string, unknown>
  return typeof fileName === 'string' && fileName.length > 0 && fileName.length <= 255 && !/[/\\]/.test(fileName) && bytes instanceof Uint8Array
}
