/**
 * Closing the window while a note's text is not saved. The page's
 * beforeunload handler (renderer/notes/use-unsaved-warning.ts) refuses the
 * unload; Electron then emits 'will-prevent-unload', shows nothing by itself,
 * and leaves the window open. This asks the user instead, with keeping the
 * window open as the default and as what Escape does.
 */
import type { MessageBoxSyncOptions } from 'electron'

/** The question shown when the window would close with unsaved text. */
export const UNSAVED_CLOSE_DIALOG: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'FOC Reader',
  message: 'You have changes that are not saved.',
  detail: 'A note’s latest text has not reached the disk. If you quit now, it is lost. Keep FOC Reader open to try saving again, or copy the text.',
  buttons: ['Keep FOC Reader open', 'Quit without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
}

/** True when the answer to UNSAVED_CLOSE_DIALOG (a button index) means close anyway. */
export function closesAnyway(response: number): boolean {
  return response === 1
}
