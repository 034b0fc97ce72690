/**
 * A file dropped anywhere on the window is added as a document. Without
 * this, browser mode's tab would open the dropped file in place of the app,
 * and in the Electron window (which blocks navigation) it went nowhere. A
 * drop a closer handler took (the rail's own) is left to it, and none is
 * taken while a dialog is open: the dialog is what the user is working in.
 */
import { useEffect } from 'react'

/** Calls `onFile` with the first file dropped on the window, while mounted. */
export function useWindowFileDrop(onFile: (file: File) => void): void {
  useEffect(() => {
    const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true
    const dialogOpen = () => document.querySelector('[role="dialog"], dialog[open]') !== null
    const onDragOver = (event: DragEvent) => {
      if (!carriesFile(event) || event.defaultPrevented) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = dialogOpen() ? 'none' : 'copy'
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFile(event) || event.defaultPrevented) return
      // Never let the browser open the file in place of the app.
      event.preventDefault()
      const file = event.dataTransfer?.files[0]
      if (file && !dialogOpen()) onFile(file)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [onFile])
}
