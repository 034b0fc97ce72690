/**
 * The All notes view: every note across documents, with the same filters
 * and search as the panel (the search running over every document's
 * notes), sorted and grouped as the user chooses, in a virtualized list.
 * Notes can be ticked (Shift-click for a range, Ctrl/Cmd+A for all the
 * filter shows) and changed, exported or deleted together, each bulk
 * change undone with one Undo; a tag can be renamed everywhere.
 */
import { useMemo, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { textsWithEarlierRevisions, type DocumentSummary } from '../../shared/document-model'
import type { ListSelection } from '../../shared/export-model'
import type { NoteCategory } from '../../shared/notes/categories'
import { documentIdFromUrn } from '../../shared/notes/note-model'
import { NOTE_CATEGORIES } from '../../shared/notes/categories'
import type { ApiClient } from '../api-client/api-client'
import { NOTES_ROUTE } from '../routing/route'
import { ArrangeControls } from './all-notes/arrange-controls'
import { listedNoteIds, listRows } from './all-notes/list-rows'
import { groupNotesBy, type NoteGrouping } from './all-notes/note-grouping'
import { sortNotes, type NoteSort } from './all-notes/note-order'
import { clickNote, keepExisting, NO_SELECTION, selectAll, type NoteSelection } from './all-notes/note-selection'
import { SelectionBar } from './all-notes/selection-bar'
import { addTagUpdates, categoryUpdates, foldTag, removeTagUpdates, renameTagUpdates, tagCounts, type NoteUpdate } from './all-notes/tag-changes'
import { TagRenameForm } from './all-notes/tag-rename-form'
import { VirtualNoteList } from './all-notes/virtual-note-list'
import { NoNotesMatch } from './no-notes-match'
import { allTags, isFiltering, NO_FILTER, type NoteFilter } from './note-filters'
import { NoteFilterBar } from './note-filter-bar'
import { SaveStatus } from './save-status'
import { TagSuggestions } from './tag-suggestions'
import { useNoteFilter } from './use-note-filter'
import type { NotesController } from './use-notes'
import './notes-panel.css'
import './all-notes-view.css'

/** "3 notes", "1 note". */
function notesCount(count: number): string {
  return count === 1 ? '1 note' : `${count.toLocaleString('en')} notes`
}

/** Every note, sorted, grouped and selectable. */
export function AllNotesView({
  client,
  documents,
  documentId,
  arrangement,
  onArrange,
  controller,
  onShowPassage,
  onExport,
  onImport,
}: {
  client: ApiClient
  documents: readonly DocumentSummary[]
  /** Narrows the view to one document's notes (the timeline's "n notes of yours"), or null for every note. */
  documentId: string | null
  /** Sort and grouping, remembered with the reading settings in the data folder. */
  arrangement: { readonly sort: NoteSort; readonly grouping: NoteGrouping }
  onArrange: (next: { sort: NoteSort; grouping: NoteGrouping }) => void
  controller: NotesController
  onShowPassage: (view: NoteView) => void
  onExport: (selection: ListSelection | null) => void
  onImport: () => void
}) {
  const scoped = useMemo(
    () => (documentId === null ? controller.views : controller.views.filter((view) => documentIdFromUrn(view.note.target.source) === documentId)),
    [controller.views, documentId],
  )
  const scopeTitle = documentId === null ? null : (documents.find((document) => document.id === documentId)?.title ?? documentId)
  const notesFilter = useNoteFilter(client, documentId, scoped)
  const { filter, filtered } = notesFilter
  const readOnly = controller.store?.readOnly ?? false
  const { sort, grouping } = arrangement
  const arrange = onArrange
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [rawSelection, setSelection] = useState<NoteSelection>(NO_SELECTION)
  const [renaming, setRenaming] = useState<string | null>(null)

  const documentIds = useMemo(() => documents.map((document) => document.id), [documents])
  const sorted = useMemo(() => sortNotes(filtered, sort, documentIds), [filtered, sort, documentIds])
  // Notes kept on an earlier revision are grouped under that revision's title.
  const texts = useMemo(() => textsWithEarlierRevisions(documents), [documents])
  const groups = useMemo(() => groupNotesBy(sorted, grouping, { documents: texts }), [sorted, grouping, texts])
  const rows = useMemo(() => listRows(groups, collapsed, grouping !== 'none'), [groups, collapsed, grouping])
  const order = useMemo(() => listedNoteIds(groups), [groups])
  const counts = useMemo(() => tagCounts(scoped), [scoped])
  const byId = useMemo(() => new Map(scoped.map((view) => [view.note.id, view])), [scoped])
  const selection = useMemo(() => keepExisting(rawSelection, new Set(byId.keys())), [rawSelection, byId])
  const selectedViews = useMemo(() => [...selection.ids].flatMap((id) => byId.get(id) ?? []), [selection, byId])
  const selectedTags = useMemo(() => allTags(selectedViews), [selectedViews])

  // A new filter starts a new selection: no note the list no longer shows stays ticked unseen.
  const changeFilter = (next: NoteFilter) => {
    notesFilter.setFilter(next)
    setSelection(NO_SELECTION)
  }
  const bulk = (updates: NoteUpdate[], message: (count: number) => string) => void controller.updateMany(updates, message(updates.length))
  const rename = (from: string, to: string) => {
    const updates = renameTagUpdates(controller.views, from, to)
    setRenaming(null)
    if (filter.tag !== '' && foldTag(filter.tag) === foldTag(from)) notesFilter.setFilter({ ...filter, tag: to })
    bulk(updates, (count) => `Tag “${from}” renamed to “${to}” on ${notesCount(count)}.`)
  }
  const categoryName = (category: NoteCategory | null) => (category === null ? 'no category' : NOTE_CATEGORIES[category].label)

  return (
    <section className="all-notes" aria-labelledby="all-notes-title">
      <TagSuggestions tags={notesFilter.tags}>
        <header className="all-notes-header">
          <h1 id="all-notes-title">All notes</h1>
          <p className="all-notes-summary">
            {scopeTitle === null ? (
              notesCount(scoped.length)
            ) : (
              <span>
                {notesCount(scoped.length)} on <cite>{scopeTitle}</cite> · <a href={NOTES_ROUTE}>Show all notes</a>
              </span>
            )}{' '}
            <SaveStatus state={controller.saveState} error={controller.saveError} />
          </p>
          <div className="notes-panel-actions">
            <button type="button" className="button button-small" onClick={() => onExport(notesFilter.exportSelection() ?? (documentId !== null ? { scope: 'filter', documentId } : null))}>
              Export notes…
            </button>
            {!readOnly && (
              <button type="button" className="button button-small" onClick={onImport}>
                Import notes…
              </button>
            )}
          </div>
        </header>
        {scoped.length > 0 && (
          <>
            <NoteFilterBar filter={filter} tags={notesFilter.tags} tagCounts={counts} textLabel={scopeTitle === null ? 'Search all notes' : 'Search these notes'} status={notesFilter.status} onChange={changeFilter} />
            <div className="all-notes-tools">
              <ArrangeControls sort={sort} grouping={grouping} onSort={(next) => arrange({ ...arrangement, sort: next })} onGroup={(next) => arrange({ ...arrangement, grouping: next })} />
              {filter.tag !== '' && !readOnly && renaming === null && (
                <button type="button" className="link-button" onClick={() => setRenaming(filter.tag)}>
                  Rename tag “{filter.tag}”…
                </button>
              )}
            </div>
          </>
        )}
        {renaming !== null && (
          <TagRenameForm tag={renaming} count={counts.get(foldTag(renaming)) ?? 0} onRename={(to) => rename(renaming, to)} onCancel={() => setRenaming(null)} />
        )}
        <SelectionBar
          count={selection.ids.size}
          tags={selectedTags}
          readOnly={readOnly}
          actions={{
            changeCategory: (category) => bulk(categoryUpdates(selectedViews, category), (count) => `Category changed to ${categoryName(category)} on ${notesCount(count)}.`),
            addTag: (tag) => bulk(addTagUpdates(selectedViews, tag), (count) => `Tag “${tag}” added to ${notesCount(count)}.`),
            removeTag: (tag) => bulk(removeTagUpdates(selectedViews, tag), (count) => `Tag “${tag}” removed from ${notesCount(count)}.`),
            exportSelection: () => onExport({ scope: 'notes', noteIds: [...selection.ids] }),
            deleteSelection: () => {
              void controller.removeMany([...selection.ids])
              setSelection(NO_SELECTION)
            },
            clear: () => setSelection(NO_SELECTION),
          }}
        />
        {scoped.length === 0 && (
          <p className="notes-empty">{scopeTitle === null ? 'No notes yet. Open a document, select a passage and choose Highlight or Add note.' : 'No notes on this document yet.'}</p>
        )}
        {scoped.length > 0 && filtered.length === 0 && isFiltering(filter) && (
          <NoNotesMatch filter={filter} found={notesFilter.found} onClear={() => changeFilter(NO_FILTER)} />
        )}
        <VirtualNoteList
          rows={rows}
          selected={selection.ids}
          readOnly={readOnly}
          actions={controller}
          onToggleNote={(id, shift) => setSelection(clickNote(selection, id, order, shift))}
          onSelectAll={() => setSelection(selectAll(order))}
          onToggleGroup={(key) =>
            setCollapsed((current) => {
              const next = new Set(current)
              if (!next.delete(key)) next.add(key)
              return next
            })
          }
          onRenameTag={setRenaming}
          onShowPassage={onShowPassage}
        />
      </TagSuggestions>
    </section>
  )
}
