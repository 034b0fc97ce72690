/** A content problem that names the file, the line where known, and what is wrong. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`)
    this.name = 'ContentError'
  }
}
