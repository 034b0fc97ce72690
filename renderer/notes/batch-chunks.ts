/**
 * Splits a bulk change into calls the API takes: at most `maxCount` items
 * and about `maxBytes` of JSON each (a restore of many long notes must stay
 * under the host's body limit).
 */

/** `items` in order, in chunks of at most `maxCount` items whose `bytesOf` add up to at most `maxBytes` (an item larger than that alone). */
export function chunkBatch<T>(items: readonly T[], maxCount: number, maxBytes: number, bytesOf: (item: T) => number): T[][] {
  const chunks: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const item of items) {
    const size = bytesOf(item)
    if (current.length > 0 && (current.length >= maxCount || bytes + size > maxBytes)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(item)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** An upper bound of an item's size as UTF-8 JSON: at most three bytes per UTF-16 unit. */
export function jsonBytesBound(item: unknown): number {
  return JSON.stringify(item).length * 3
}
