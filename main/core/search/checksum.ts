/**
 * The checksum the library file records for its search index: one native
 * hash over the file's text finds any damage, where checking each of the
 * index's numbers would cost more than loading it.
 */
import { createHash } from 'node:crypto'

/** SHA-256 of `text` (UTF-8), as lower-case hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
