/**
 * Hands the contract's method names from the main process to the sandboxed
 * preload through `webPreferences.additionalArguments` (appended to the
 * renderer's process.argv). The preload then needs neither zod nor a copy of
 * the list, and the contract stays the only place methods are named.
 * No imports, so the preload bundle stays tiny.
 */

/** The argument's prefix; the value is the method names, comma-separated. */
export const API_METHODS_ARG_PREFIX = '--foc-reader-api-methods='

/** Builds the argument for `additionalArguments`. */
export function encodeApiMethodsArg(methods: readonly string[]): string {
  return `${API_METHODS_ARG_PREFIX}${methods.join(',')}`
}

/** Reads the method names back from the renderer's argv; empty when absent (every call is then refused). */
export function decodeApiMethodsArg(argv: readonly string[]): ReadonlySet<string> {
  const arg = argv.find((entry) => entry.startsWith(API_METHODS_ARG_PREFIX))
  if (arg === undefined) return new Set()
  return new Set(
    arg
      .slice(API_METHODS_ARG_PREFIX.length)
      .split(',')
      .filter((name) => name !== ''),
  )
}
