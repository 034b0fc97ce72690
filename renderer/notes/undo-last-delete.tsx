/** Undo for the note deleted last, until the user dismisses it or undoes it. */
import { useState } from 'react'
import { UndoToast } from './undo-toast'
import type { NotesController } from './use-notes'

/** The toast for `controller`'s latest delete. */
export function UndoLastDelete({ controller }: { controller: Pick<NotesController, 'deleted' | 'undoDelete'> }) {
  const [dismissed, setDismissed] = useState<string | null>(null)
  const last = controller.deleted[controller.deleted.length - 1]
  return <UndoToast note={last && last.id !== dismissed ? last : undefined} onUndo={() => void controller.undoDelete()} onDismiss={() => setDismissed(last?.id ?? null)} />
}
