/**
 * A user's file that cannot be added, with a sentence for people that names
 * the file and says why. Nothing is changed when one is thrown.
 */
export class DocumentRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DocumentRefusal'
  }
}

/** The file's name as messages quote it. */
export function quoteFileName(fileName: string): string {
  return `“${fileName}”`
}
