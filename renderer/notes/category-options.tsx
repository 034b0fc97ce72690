/** The categories as a select's options, each with its glyph, in the menus' order. */
import { NOTE_CATEGORIES, NOTE_CATEGORY_IDS } from '../../shared/notes/categories'

/** One option per category ("★ Key point"), valued by its id. */
export function CategoryOptions() {
  return NOTE_CATEGORY_IDS.map((category) => (
    <option key={category} value={category}>
      {NOTE_CATEGORIES[category].glyph} {NOTE_CATEGORIES[category].label}
    </option>
  ))
}
