/**
 * An expected failure of an API call, carried to the renderer as a coded,
 * human-readable error rather than as a crash.
 */
import type { ApiErrorCode } from '../../shared/api-contract'

/** Throw from a core function to fail a call with `code` and a message for people. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}
