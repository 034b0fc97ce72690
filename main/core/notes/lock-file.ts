/**
 * What the notes lock file says: who holds the folder. Written whole before
 * it appears under its name (see notes-lock.ts), so a file that does not
 * parse was cut short by a crash or damaged, never half-written by a live
 * process for long.
 */
import { z } from 'zod'

/** The `format` field every lock file carries. */
export const LOCK_FILE_FORMAT = 'foc-reader-notes-lock'

/**
 * The lock file's content. Extra fields are allowed and `version` is any
 * integer, so a lock written by a newer version still names its holder
 * rather than reading as damaged (and being taken over).
 */
export const lockFileSchema = z.object({
  format: z.literal(LOCK_FILE_FORMAT),
  version: z.number().int().positive(),
  /** The holder's process id on `host`. */
  pid: z.number().int().positive(),
  /** Tells a reused pid from the holder (see process-identity.ts); null where the platform gives none. */
  startMark: z.string().min(1).max(300).nullable(),
  host: z.string().min(1).max(255),
  /** Random per acquisition: the holder checks it is still the owner before each write. */
  token: z.string().regex(/^[0-9a-f]{32}$/),
  /** When the lock was taken (ISO 8601). */
  since: z.iso.datetime(),
})

/** Who holds a notes folder. */
export type LockOwner = z.infer<typeof lockFileSchema>

/** The file's text for `owner`. */
export function serializeLockFile(owner: Omit<LockOwner, 'format' | 'version'>): string {
  return `${JSON.stringify({ format: LOCK_FILE_FORMAT, version: 1, ...owner }, null, 2)}\n`
}

/** The owner a lock file names, or null when it does not parse (damaged or cut short). */
export function parseLockFile(bytes: Buffer | string): LockOwner | null {
  let json: unknown
  try {
    json = JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'))
  } catch {
    return null
  }
  const parsed = lockFileSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}
