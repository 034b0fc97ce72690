/** Renames a tag on every note that has it: one change, with Undo. */
import { useEffect, useId, useRef, useState } from 'react'
import { tidyTag } from './tag-changes'
import { MAX_TAG_LENGTH } from '../../../shared/notes/note-model'

/** The form for renaming `tag` (used by `count` notes). */
export function TagRenameForm({ tag, count, onRename, onCancel }: { tag: string; count: number; onRename: (to: string) => void; onCancel: () => void }) {
  const id = useId()
  const [name, setName] = useState(tag)
  const inputRef = useRef<HTMLInputElement>(null)
  const cleaned = tidyTag(name)
  useEffect(() => {
    // Opened from a group heading far down the list: the form comes into view with focus.
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [])
  return (
    <form
      className="tag-rename"
      aria-label={`Rename tag ${tag}`}
      onSubmit={(event) => {
        event.preventDefault()
        if (cleaned !== '' && cleaned !== tag) onRename(cleaned)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <label htmlFor={id}>
        New name for the tag “{tag}” ({count === 1 ? 'on 1 note' : `on ${count.toLocaleString('en')} notes`})
      </label>
      <input id={id} ref={inputRef} maxLength={MAX_TAG_LENGTH} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button button-small button-primary" disabled={cleaned === '' || cleaned === tag}>
        Rename
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
