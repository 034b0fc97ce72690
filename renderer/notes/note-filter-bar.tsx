/** Category, tag and text filters over a list of notes. */
import { useId } from 'react'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'
import type { NoteFilter } from './note-filters'

/** The filter controls. */
export function NoteFilterBar({ filter, tags, onChange }: { filter: NoteFilter; tags: readonly string[]; onChange: (filter: NoteFilter) => void }) {
  const id = useId()
  return (
    <div className="note-filters" role="group" aria-label="Filter notes">
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        Filter notes by text
      </label>
      <input
        id={`${id}-text`}
        type="search"
        className="note-filter-text"
        placeholder="Filter notes"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="note-filter-selects">
        <label className="visually-hidden" htmlFor={`${id}-category`}>
          Filter by category
        </label>
        <select id={`${id}-category`} value={filter.category} onChange={(event) => onChange({ ...filter, category: event.target.value as NoteCategory | 'all' })}>
          <option value="all">All categories</option>
          {NOTE_CATEGORY_IDS.map((category) => (
            <option key={category} value={category}>
              {NOTE_CATEGORIES[category].glyph} {NOTE_CATEGORIES[category].label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-tag`}>
          Filter by tag
        </label>
        <select id={`${id}-tag`} value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.target.value })} disabled={tags.length === 0}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
