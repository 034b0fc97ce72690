/**
 * Reading settings in the renderer. The data folder holds them (reading.get);
 * this window's local storage keeps a copy only to paint the first frame in
 * the right theme. Cached values are validated field by field on read.
 */
import { readingSettingsAttributes, settingsFrom, type ReadingSettings } from '../../shared/reading-state'

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

/** The part of an element the settings are written to (the root element's attributes). */
export interface SettingsTarget {
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
}

/** Every attribute readingSettingsAttributes may write, so a setting turned back on removes its attribute. */
const SETTINGS_ATTRIBUTES = ['data-theme', 'data-text-size', 'data-line-spacing', 'data-column-width', 'data-typeface', 'data-paragraph-numbers'] as const

/**
 * Writes `settings` to the root element as the data attributes the
 * stylesheets follow (readingSettingsAttributes: the same ones the hosts put
 * into the first paint).
 */
export function applyReadingSettings(root: SettingsTarget, settings: ReadingSettings): void {
  const attributes = readingSettingsAttributes(settings)
  for (const name of SETTINGS_ATTRIBUTES) {
    const value = attributes[name]
    if (value === undefined) root.removeAttribute(name)
    else root.setAttribute(name, value)
  }
}
