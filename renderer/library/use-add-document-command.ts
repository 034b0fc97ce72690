/**
 * Ctrl/Cmd+O, "Add a document", from anywhere in the app. In the desktop
 * app the native menu owns the shortcut (File › Add Document…) and the main
 * process sends the chosen file here; in browser mode the key opens the
 * page's own file picker (a key press is the user gesture Chromium asks
 * for). Either way the file goes where a dropped file goes.
 */
import { useCallback, useEffect } from 'react'
import { ADDED_DOCUMENT_EXTENSIONS } from '../../shared/added-documents'
import { useShortcut } from '../shortcuts/use-shortcut'

/** Calls `onFile` with each file chosen through File › Add Document… or Ctrl/Cmd+O, while mounted. */
export function useAddDocumentCommand(onFile: (file: File) => void): void {
  const desktop = typeof window.readerApi?.onOpenedFile === 'function'

  useEffect(
    () =>
      window.readerApi?.onOpenedFile?.((opened) => {
        // Copied into a buffer of its own: File takes an ArrayBuffer-backed view.
        onFile(new File([new Uint8Array(opened.bytes)], opened.fileName))
      }),
    [onFile],
  )

  const pick = useCallback(() => {
    // A dialog is what the user is working in; the picker waits for it to close.
    if (document.querySelector('[role="dialog"], dialog[open]')) return
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ADDED_DOCUMENT_EXTENSIONS.join(',')
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (file) onFile(file)
    })
    input.click()
  }, [onFile])
  useShortcut('add-document', pick, { enabled: !desktop })
}
