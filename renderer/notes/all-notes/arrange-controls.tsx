/** All notes' "Sort by" and "Group by" menus. */
import { useId } from 'react'
import { NOTE_GROUPINGS, type NoteGrouping } from './note-grouping'
import { NOTE_SORTS, type NoteSort } from './note-order'

/** The two menus. */
export function ArrangeControls({ sort, grouping, onSort, onGroup }: { sort: NoteSort; grouping: NoteGrouping; onSort: (sort: NoteSort) => void; onGroup: (grouping: NoteGrouping) => void }) {
  const id = useId()
  return (
    <div className="all-notes-arrange" role="group" aria-label="Arrange notes">
      <label htmlFor={`${id}-sort`}>Sort by</label>
      <select id={`${id}-sort`} className="field" value={sort} onChange={(event) => onSort(event.target.value as NoteSort)}>
        {NOTE_SORTS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-group`}>Group by</label>
      <select id={`${id}-group`} className="field" value={grouping} onChange={(event) => onGroup(event.target.value as NoteGrouping)}>
        {NOTE_GROUPINGS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
