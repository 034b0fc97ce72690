/**
 * "Save a copy…" for a read-only window: every note the core holds for this
 * window (unsaved changes included) as W3C JSON, through the same export
 * the Export dialog uses: Electron's save dialog, or a download in browser
 * mode. The copy can be imported into the window that owns the folder.
 */
import { ApiCallError, type ApiClient } from '../api-client/api-client'
import { downloadText } from './save-in-browser'

/** Exports all notes as JSON and saves them; resolves with a sentence for the user, or null when the save dialog was cancelled. */
export async function saveNotesCopy(client: ApiClient): Promise<string | null> {
  try {
    const [{ mode }, file] = await Promise.all([client.request('app.info', {}), client.request('notes.export', { selection: { scope: 'all' }, format: 'json' })])
    if (mode === 'electron') {
      const saved = await client.request('export.save', { fileName: file.fileName, format: 'json', content: file.content })
      if (!saved.saved) return saved.reason ?? null
      return `Saved a copy of ${file.noteCount} notes to ${saved.path ?? file.fileName}.`
    }
    downloadText(file.fileName, file.content, file.mediaType)
    return `Downloaded a copy of ${file.noteCount} notes (${file.fileName}).`
  } catch (error) {
    return `The copy could not be saved: ${error instanceof ApiCallError ? error.message : 'the export failed'}.`
  }
}
