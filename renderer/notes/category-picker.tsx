/**
 * A note's category as a select that shows the category's glyph beside it
 * (the tint and glyph say it without colour alone).
 */
import { useId } from 'react'
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS, type NoteCategory } from '../../shared/notes/categories'

/** Chooses `category` (null: none). */
export function CategoryPicker({ category, onChange }: { category: NoteCategory | null; onChange(category: NoteCategory | null): void }) {
  const id = useId()
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        Category
      </label>
      <span className="category-select-wrap" data-category={category ?? 'none'}>
        <span className="category-glyph" aria-hidden="true">
          {category ? NOTE_CATEGORIES[category].glyph : '○'}
        </span>
        <select id={id} className="category-select" value={category ?? ''} onChange={(event) => onChange((event.target.value || null) as NoteCategory | null)}>
          <option value="">No category</option>
          {NOTE_CATEGORY_IDS.map((each) => (
            <option key={each} value={each}>
              {NOTE_CATEGORIES[each].label}
            </option>
          ))}
        </select>
      </span>
    </>
  )
}
