/**
 * Tags of a note: removable chips and an input that adds a tag on Enter or
 * comma, suggesting the tags already in use (tag-suggestions.tsx). Tags
 * are plain text.
 */
import { useId, useState } from 'react'
import { MAX_TAG_LENGTH } from '../../shared/notes/note-model'
import { IsolatedText } from '../ui/isolated-text'
import { useTagSuggestionsId } from './tag-suggestions'
import { tidyTag } from './all-notes/tag-changes'
import './tag-editor.css'

/** Edits `tags`; calls `onChange` with the new list. */
export function TagEditor({ tags, onChange, disabled }: { tags: readonly string[]; onChange: (tags: string[]) => void; disabled: boolean }) {
  const [draft, setDraft] = useState('')
  const inputId = useId()
  const suggestions = useTagSuggestionsId()

  const commit = () => {
    const tag = tidyTag(draft)
    setDraft('')
    if (tag === '' || tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) return
    onChange([...tags, tag])
  }

  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            <IsolatedText text={tag} />
            {!disabled && (
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((existing) => existing !== tag))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <>
          <label className="visually-hidden" htmlFor={inputId}>
            Add a tag
          </label>
          <input
            id={inputId}
            className="tag-input"
            placeholder="Add tag"
            maxLength={MAX_TAG_LENGTH}
            list={suggestions}
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ',') {
                event.preventDefault()
                commit()
              } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
                onChange(tags.slice(0, -1))
              }
            }}
            onBlur={commit}
          />
        </>
      )}
    </div>
  )
}
