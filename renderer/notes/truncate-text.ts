/** Short one-line forms of a passage, for labels. */

/** `text` on one line, cut to `length` characters with an ellipsis. */
export function truncateText(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
