/**
 * Literal text inside a regular expression. Pure: runs in the renderer,
 * under Node, in Electron and in the end-to-end tests.
 */

/**
 * `text` with every regular-expression syntax character escaped, so
 * `new RegExp(escapeRegExp(text))` matches exactly `text`. Safe with the `u`
 * flag too: only syntax characters are escaped (`\-` would be an error there).
 * Not for use inside a character class.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
