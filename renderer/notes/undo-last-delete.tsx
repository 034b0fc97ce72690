/**
 * Undo for the note deleted last, until the user dismisses it or undoes it:
 * the toast's Undo button, or Ctrl/Cmd+Z while the toast shows (outside text
 * fields, where Ctrl/Cmd+Z undoes typing).
 */
import { useCallback, useState } from 'react'
import { useShortcut } from '../shortcuts/use-shortcut'
import { UndoToast } from './undo-toast'
import type { NotesController } from './use-notes'

/** The toast for `controller`'s latest delete. */
export function UndoLastDelete({ controller }: { controller: Pick<NotesController, 'deleted' | 'undoDelete'> }) {
  const [dismissed, setDismissed] = useState<string | null>(null)
  const last = controller.deleted[controller.deleted.length - 1]
  const shown = last !== undefined && last.id !== dismissed
  const { undoDelete } = controller
  const undo = useCallback(() => void undoDelete(), [undoDelete])
  useShortcut('undo-delete', undo, { enabled: shown, outsideTextFields: true })
  return <UndoToast note={shown ? last : undefined} onUndo={undo} onDismiss={() => setDismissed(last?.id ?? null)} />
}
