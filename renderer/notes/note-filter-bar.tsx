/** Category, tag and text filters over a list of notes. */
import { useId } from 'react'
import { MAX_QUERY_LENGTH } from '../../shared/api-contract'
import type { NoteCategory } from '../../shared/notes/categories'
import { foldTag } from './all-notes/tag-changes'
import { CategoryOptions } from './category-options'
import type { NoteFilter, NoteSearchStatus } from './note-filters'
import './note-filter-bar.css'

/** Props of the filter controls. */
export interface NoteFilterBarProps {
  readonly filter: NoteFilter
  readonly tags: readonly string[]
  /** How many notes carry each tag (by its folded form, see tag-changes.ts), shown beside it; absent for none. */
  readonly tagCounts?: ReadonlyMap<string, number> | undefined
  /** What the text box does, as its label and placeholder: "Filter notes by text", "Search this document’s notes". */
  readonly textLabel: string
  /** A line under the text box (a query the search cannot read, how many match), announced as it changes; undefined for none. */
  readonly status?: NoteSearchStatus | null
  onChange(filter: NoteFilter): void
}

/** The filter controls. */
export function NoteFilterBar({ filter, tags, tagCounts, textLabel, status, onChange }: NoteFilterBarProps) {
  const id = useId()
  const statusId = `${id}-status`
  return (
    <div className="note-filters" role="group" aria-label="Filter notes">
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {textLabel}
      </label>
      <input
        id={`${id}-text`}
        type="search"
        className="field note-filter-text"
        placeholder={textLabel}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        value={filter.text}
        aria-describedby={status !== undefined ? statusId : undefined}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="note-filter-selects">
        <label className="visually-hidden" htmlFor={`${id}-category`}>
          Filter by category
        </label>
        <select id={`${id}-category`} className="field" value={filter.category} onChange={(event) => onChange({ ...filter, category: event.target.value as NoteCategory | 'all' })}>
          <option value="all">All categories</option>
          <CategoryOptions />
        </select>
        <label className="visually-hidden" htmlFor={`${id}-tag`}>
          Filter by tag
        </label>
        <select id={`${id}-tag`} className="field" value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.target.value })} disabled={tags.length === 0}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tagCounts ? `${tag} (${(tagCounts.get(foldTag(tag)) ?? 0).toLocaleString('en')})` : tag}
            </option>
          ))}
        </select>
      </div>
      {status !== undefined && (
        // Always in the page, so screen readers announce each change of its text.
        <p id={statusId} className={`note-search-status${status?.tone === 'error' ? ' note-search-error' : ''}`} role="status">
          {status?.message}
        </p>
      )}
    </div>
  )
}
