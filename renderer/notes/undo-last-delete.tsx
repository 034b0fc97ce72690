/** Undo for the latest delete or bulk edit, until the user dismisses it or undoes it. */
import { useState } from 'react'
import { UndoToast } from './undo-toast'
import type { NotesController } from './use-notes'

/** The toast for `controller`'s latest undoable change. */
export function UndoLastDelete({ controller }: { controller: Pick<NotesController, 'undoable' | 'undo'> }) {
  const [dismissed, setDismissed] = useState<number | null>(null)
  const last = controller.undoable
  return <UndoToast message={last && last.id !== dismissed ? last.message : undefined} onUndo={() => void controller.undo()} onDismiss={() => setDismissed(last?.id ?? null)} />
}
