/** Data the shell loads from the core, and what to say when it cannot. */
import { ApiCallError } from '../api-client/api-client'

/** Something being loaded: on its way, there, or failed with a message for people. */
export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'failed'; readonly message: string }

/** A message for people about a failed load. */
export function loadFailureMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'Something went wrong while loading.'
}
