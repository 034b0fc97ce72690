/**
 * Undo for the latest delete or bulk edit, until the user dismisses it or
 * undoes it: the toast's Undo button, or Ctrl/Cmd+Z while the toast shows
 * (outside text fields, where Ctrl/Cmd+Z undoes typing).
 */
import { useCallback, useState } from 'react'
import { useShortcut } from '../shortcuts/use-shortcut'
import { UndoToast } from './undo-toast'
import type { NotesController } from './use-notes'

/** The toast for `controller`'s latest undoable change. */
export function UndoLastDelete({ controller }: { controller: Pick<NotesController, 'undoable' | 'undo'> }) {
  const [dismissed, setDismissed] = useState<number | null>(null)
  const last = controller.undoable
  const shown = last !== null && last !== undefined && last.id !== dismissed
  const { undo: undoChange } = controller
  const undo = useCallback(() => void undoChange(), [undoChange])
  useShortcut('undo-delete', undo, { enabled: shown, outsideTextFields: true })
  return <UndoToast message={shown ? last.message : undefined} onUndo={undo} onDismiss={() => setDismissed(last?.id ?? null)} />
}
