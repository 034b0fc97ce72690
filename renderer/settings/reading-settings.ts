/**
 * Reading settings in the renderer. The data folder holds them (reading.get);
 * this window's local storage keeps a copy only to paint the first frame in
 * the right theme. Cached values are validated field by field on read.
 */
import { settingsFrom, type ReadingSettings } from '../../shared/reading-state'

export { DEFAULT_SETTINGS, type ReadingSettings } from '../../shared/reading-state'

const STORAGE_KEY = 'foc-reader.reading-settings'

/** Reads the cached settings from `storage`; anything missing or invalid becomes its default. */
export function loadReadingSettings(storage: Pick<Storage, 'getItem'>): ReadingSettings {
  try {
    const raw = storage.getItem(STORAGE_KEY)
    return settingsFrom(raw ? JSON.parse(raw) : null)
  } catch {
    return settingsFrom(null)
  }
}

/** Caches settings; a full or unavailable storage only costs the first frame's theme. */
export function saveReadingSettings(storage: Pick<Storage, 'setItem'>, settings: ReadingSettings): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // The data folder is the truth; the cache is a convenience.
  }
}

/** The part of an element the settings are written to (the root element's data attributes). */
export interface SettingsTarget {
  readonly dataset: DOMStringMap
}

/**
 * Writes `settings` to the root element as data attributes, which the
 * stylesheets follow: data-theme, data-text-size, data-line-spacing,
 * data-column-width, data-typeface, and data-paragraph-numbers="off" when the
 * numbers are hidden (absent when shown).
 */
export function applyReadingSettings(root: SettingsTarget, settings: ReadingSettings): void {
  root.dataset['theme'] = settings.theme
  root.dataset['textSize'] = settings.textSize
  root.dataset['lineSpacing'] = settings.lineSpacing
  root.dataset['columnWidth'] = settings.columnWidth
  root.dataset['typeface'] = settings.typeface
  if (settings.showParagraphNumbers) delete root.dataset['paragraphNumbers']
  else root.dataset['paragraphNumbers'] = 'off'
}
