/**
 * Reading settings (theme and text size), kept in the window's local
 * storage. Stored values are validated on read: a damaged entry falls back
 * to the defaults instead of breaking the reader.
 */
import { z } from 'zod'

/** The colour theme; "system" follows the operating system. */
export const themeSchema = z.enum(['system', 'light', 'dark'])

/** Text size steps for the reading column. */
export const textSizeSchema = z.enum(['small', 'medium', 'large', 'x-large'])

/** The persisted settings. */
export const readingSettingsSchema = z.object({
  theme: themeSchema,
  textSize: textSizeSchema,
  /** Show the publisher's layer: references to cited texts and glossary terms. */
  publisherLayer: z.boolean(),
})

/** The persisted settings. */
export type ReadingSettings = z.infer<typeof readingSettingsSchema>

/** What a new reader starts with. */
export const DEFAULT_SETTINGS: ReadingSettings = { theme: 'system', textSize: 'medium', publisherLayer: true }

const STORAGE_KEY = 'foc-reader.reading-settings'

/** Reads settings from `storage`; anything missing or invalid becomes the default. */
export function loadReadingSettings(storage: Pick<Storage, 'getItem'>): ReadingSettings {
  try {
    const raw = storage.getItem(STORAGE_KEY)
    if (!raw) return DEFAULT_SETTINGS
    const parsed = readingSettingsSchema.partial().safeParse(JSON.parse(raw))
    return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS
  } catch {
    return DEFAULT_SETTINGS
  }
}

/** Saves settings; a full or unavailable storage only loses the preference. */
export function saveReadingSettings(storage: Pick<Storage, 'setItem'>, settings: ReadingSettings): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // Preferences are a convenience; failing to keep one must not break reading.
  }
}
