/** A category's glyph and name, so it never relies on colour alone. */
import { NOTE_CATEGORIES, type NoteCategory } from '../../shared/notes/categories'
import './category-mark.css'

/** The glyph-and-label badge of a category (or "No category"). */
export function CategoryMark({ category }: { category: NoteCategory | null }) {
  if (!category) return <span className="category-mark category-none">No category</span>
  const style = NOTE_CATEGORIES[category]
  return (
    <span className="category-mark" data-category={category}>
      <span className="category-glyph" aria-hidden="true">
        {style.glyph}
      </span>
      {style.label}
    </span>
  )
}
