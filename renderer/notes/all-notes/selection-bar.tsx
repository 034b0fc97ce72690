/**
 * The bar over All notes while notes are ticked: how many, and what can be
 * done to all of them at once (change category, add or remove a tag,
 * export, delete), each one change with one Undo.
 */
import { useId, useState } from 'react'
import type { NoteCategory } from '../../../shared/notes/categories'
import { MAX_TAG_LENGTH } from '../../../shared/notes/note-model'
import { CategoryOptions } from '../category-options'
import { tidyTag } from './tag-changes'
import { useTagSuggestionsId } from '../tag-suggestions'

/** What the bar can do to the ticked notes. */
export interface SelectionActions {
  changeCategory(category: NoteCategory | null): void
  addTag(tag: string): void
  removeTag(tag: string): void
  exportSelection(): void
  deleteSelection(): void
  clear(): void
}

/** Props of the selection bar. */
export interface SelectionBarProps {
  readonly count: number
  /** Tags of the ticked notes, for "remove a tag". */
  readonly tags: readonly string[]
  readonly readOnly: boolean
  readonly actions: SelectionActions
}

/** The bar; nothing while no note is ticked. */
export function SelectionBar({ count, tags, readOnly, actions }: SelectionBarProps) {
  const id = useId()
  const suggestions = useTagSuggestionsId()
  const [category, setCategory] = useState<NoteCategory | ''>('')
  const [newTag, setNewTag] = useState('')
  const [oldTag, setOldTag] = useState('')
  if (count === 0) return null
  const removable = tags.includes(oldTag) ? oldTag : (tags[0] ?? '')
  const tagToAdd = tidyTag(newTag)

  return (
    <div className="selection-bar" role="region" aria-label="Selected notes">
      <p className="selection-count" role="status">
        {count.toLocaleString('en')} selected
      </p>
      {!readOnly && (
        <>
          <div className="selection-action">
            <label className="visually-hidden" htmlFor={`${id}-category`}>
              New category
            </label>
            <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value as NoteCategory | '')}>
              <option value="">No category</option>
              <CategoryOptions />
            </select>
            <button type="button" className="button button-small" onClick={() => actions.changeCategory(category === '' ? null : category)}>
              Change category
            </button>
          </div>
          <form
            className="selection-action"
            onSubmit={(event) => {
              event.preventDefault()
              if (tagToAdd === '') return
              actions.addTag(tagToAdd)
              setNewTag('')
            }}
          >
            <label className="visually-hidden" htmlFor={`${id}-add-tag`}>
              Tag to add
            </label>
            <input
              id={`${id}-add-tag`}
              className="selection-tag-input"
              placeholder="Tag"
              maxLength={MAX_TAG_LENGTH}
              autoComplete="off"
              list={suggestions}
              value={newTag}
              onChange={(event) => setNewTag(event.target.value)}
            />
            <button type="submit" className="button button-small" disabled={tagToAdd === ''}>
              Add tag
            </button>
          </form>
          {tags.length > 0 && (
            <div className="selection-action">
              <label className="visually-hidden" htmlFor={`${id}-remove-tag`}>
                Tag to remove
              </label>
              <select id={`${id}-remove-tag`} value={removable} onChange={(event) => setOldTag(event.target.value)}>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
              <button type="button" className="button button-small" onClick={() => actions.removeTag(removable)}>
                Remove tag
              </button>
            </div>
          )}
        </>
      )}
      <div className="selection-action">
        <button type="button" className="button button-small" onClick={actions.exportSelection}>
          Export selection…
        </button>
        {!readOnly && (
          <button type="button" className="button button-small" onClick={actions.deleteSelection}>
            Delete {count === 1 ? 'note' : `${count.toLocaleString('en')} notes`}
          </button>
        )}
        <button type="button" className="link-button" onClick={actions.clear}>
          Clear selection
        </button>
      </div>
    </div>
  )
}
