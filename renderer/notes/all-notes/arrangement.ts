/**
 * All notes' Sort by and Group by, remembered between visits in this
 * browser profile's localStorage (a view preference, not reading settings).
 */
import { z } from 'zod'
import { NOTE_GROUPINGS, type NoteGrouping } from './note-grouping'
import { NOTE_SORTS, type NoteSort } from './note-order'

/** How All notes orders and groups its list. */
export interface Arrangement {
  readonly sort: NoteSort
  readonly grouping: NoteGrouping
}

/** What a first visit shows. */
export const DEFAULT_ARRANGEMENT: Arrangement = { sort: 'position', grouping: 'document' }

/** The localStorage key. */
export const ARRANGEMENT_KEY = 'foc-reader.all-notes.arrangement'

const storedSchema = z.object({ sort: z.string().optional(), grouping: z.string().optional() })

/** Reads a stored arrangement; a missing, unknown or corrupt value takes the default, field by field. */
export function parseArrangement(raw: string | null): Arrangement {
  if (raw === null) return DEFAULT_ARRANGEMENT
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return DEFAULT_ARRANGEMENT
  }
  const parsed = storedSchema.safeParse(json)
  if (!parsed.success) return DEFAULT_ARRANGEMENT
  const sort = NOTE_SORTS.find(([value]) => value === parsed.data.sort)?.[0] ?? DEFAULT_ARRANGEMENT.sort
  const grouping = NOTE_GROUPINGS.find(([value]) => value === parsed.data.grouping)?.[0] ?? DEFAULT_ARRANGEMENT.grouping
  return { sort, grouping }
}

/** The arrangement last chosen in `storage` (default when storage is unavailable). */
export function loadArrangement(storage: Pick<Storage, 'getItem'> | undefined): Arrangement {
  try {
    return parseArrangement(storage?.getItem(ARRANGEMENT_KEY) ?? null)
  } catch {
    return DEFAULT_ARRANGEMENT
  }
}

/** Keeps `arrangement` for the next visit; a full or blocked storage only loses the preference. */
export function saveArrangement(storage: Pick<Storage, 'setItem'> | undefined, arrangement: Arrangement): void {
  try {
    storage?.setItem(ARRANGEMENT_KEY, JSON.stringify(arrangement))
  } catch {
    // Not remembering a view preference is harmless.
  }
}
