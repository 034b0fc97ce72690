/**
 * Why a write of the notes failed, in the user's terms: the disk is full, the
 * app may not write there, or the disk reported an error. The store words
 * its error from this; the API passes the cause on as the failure's code, so
 * the note editor can say "Not saved: the disk is full" and offer a retry.
 */
import { ApiFailure } from '../api-failure'
import { errorCode, errorMessage } from './durable-files'

/** The cause of a failed write. */
export type WriteFailureKind = 'disk-full' | 'permission-denied' | 'io-error'

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])
const PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS'])

/** Sorts a file-system error by what the user can do about it. */
export function writeFailureKind(error: unknown): WriteFailureKind {
  const code = errorCode(error) ?? ''
  if (DISK_FULL.has(code) || /disk is full|no space left/i.test(errorMessage(error))) return 'disk-full'
  if (PERMISSION.has(code)) return 'permission-denied'
  return 'io-error'
}

/** The sentence the user sees; it begins "Not saved: " and says what to do. */
export function writeFailureMessage(kind: WriteFailureKind, dataDir: string, error: unknown): string {
  switch (kind) {
    case 'disk-full':
      return `Not saved: the disk is full. Free some space on the drive that holds ${dataDir}, then retry; your text is kept.`
    case 'permission-denied':
      return `Not saved: FOC Reader may not write to ${dataDir}. Check the folder's permissions, then retry; your text is kept. (${errorMessage(error)})`
    case 'io-error':
      return `Not saved: the disk reported an error. Retry; your text is kept. (${dataDir}: ${errorMessage(error)})`
  }
}

/**
 * The API failure for a refused or failed store call: a failed write keeps
 * its cause as the code ('disk-full', …); read-only and invalid notes are the
 * user's to fix; a closed store is an internal matter.
 */
export function apiFailureOfStoreError(error: { readonly code: string; readonly message: string; readonly failure: WriteFailureKind | null }): ApiFailure {
  if (error.code === 'write-failed') return new ApiFailure(error.failure ?? 'io-error', error.message)
  return new ApiFailure(error.code === 'closed' ? 'internal' : 'user-input', error.message)
}
