/**
 * A filtered list of note cards in the panel's sections: notes to review,
 * notes in reading order, and notes whose passage was not found. Notes being
 * written before they exist (drafts) come last in reading order, where their
 * note will appear, so their card stays put as it becomes the note.
 */
import type { NoteView } from '../../shared/api-contract'
import { NoteCard, type NoteCardActions } from './note-card'
import { draftsByNoteId, type NoteDraft } from './note-drafts'
import { groupNotes } from './note-filters'
import './note-list.css'

/** Props shared by every card in the list. */
export interface NoteListProps {
  readonly views: readonly NoteView[]
  readonly activeNoteId: string | null
  readonly readOnly: boolean
  /** Drafts of this list's notes: those not created yet are listed too. */
  readonly drafts?: readonly NoteDraft[] | undefined
  readonly actions: NoteCardActions
  onShowPassage(view: NoteView): void
}

/** The notes, grouped. */
export function NoteList(props: NoteListProps) {
  const groups = groupNotes(props.views)
  const unconfirmed = (props.drafts ?? []).filter((draft) => draft.state.phase !== 'created')
  return (
    <>
      {groups.review.length > 0 && (
        <section className="note-section" aria-label="Needs review">
          <h3 className="note-section-heading">Needs review ({groups.review.length})</h3>
          <Cards {...props} views={groups.review} unconfirmed={[]} />
        </section>
      )}
      {(groups.anchored.length > 0 || unconfirmed.length > 0) && (
        <section className="note-section" aria-label="In reading order">
          {(groups.review.length > 0 || groups.orphaned.length > 0) && <h3 className="note-section-heading">In the text</h3>}
          <Cards {...props} views={groups.anchored} unconfirmed={unconfirmed} followed />
        </section>
      )}
      {groups.orphaned.length > 0 && (
        <section className="note-section" aria-label="Passage not found">
          <h3 className="note-section-heading">Passage not found ({groups.orphaned.length})</h3>
          <p className="note-section-hint">The text these notes were made on has changed or gone. They are kept here.</p>
          <Cards {...props} views={groups.orphaned} unconfirmed={[]} />
        </section>
      )}
    </>
  )
}

/** `followed`: the cards are in reading order, so the panel can follow the text with them (use-follow-reading.ts). */
function Cards({ views, unconfirmed, drafts, actions, activeNoteId, readOnly, onShowPassage, followed = false }: NoteListProps & { unconfirmed: readonly NoteDraft[]; followed?: boolean }) {
  const fromDraft = draftsByNoteId(drafts ?? [])
  const cards = [
    ...views.map((view) => ({ view, draft: fromDraft.get(view.note.id) })),
    ...unconfirmed.map((draft) => ({ view: null, draft })),
  ]
  return (
    <ol className="note-cards">
      {cards.map(({ view, draft }) => (
        // A draft's key names its card before and after its note exists, so the editor keeps focus and text.
        <li key={draft?.key ?? view?.note.id} data-follow-block={followed ? view?.anchor.blockId : undefined}>
          <NoteCard
            view={view}
            draft={draft}
            active={activeNoteId !== null && (view?.note.id === activeNoteId || draft?.key === activeNoteId)}
            readOnly={readOnly}
            actions={actions}
            onShowPassage={onShowPassage}
          />
        </li>
      ))}
    </ol>
  )
}
