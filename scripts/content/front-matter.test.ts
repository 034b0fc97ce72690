import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error'
import { splitFrontMatter } from './front-matter'

const FILE = 'content/documents/example.md'

const VALID_FIELDS = ['id: example', 'title: "An Example"', 'kind: statement', 'date: "2018-10"', 'issuingBody: Freedom Online Coalition']

/** A file whose front matter has `fields` (one per line) and a body. */
function fileWith(fields: readonly string[], body = 'Body text.'): string {
  return ['---', ...fields, '---', body].join('\n')
}

/** The ContentError `splitFrontMatter` throws for `source`. */
function errorFor(source: string): ContentError {
  try {
    splitFrontMatter(FILE, source)
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  }
  throw new Error('expected a ContentError, but the front matter was accepted')
}

function replaceField(name: string, line: string | null): string[] {
  return VALID_FIELDS.flatMap((field) => (field.startsWith(`${name}:`) ? (line === null ? [] : [line]) : [field]))
}

describe('splitFrontMatter', () => {
  it('splits valid front matter from the body and gives the body its file line', () => {
    const result = splitFrontMatter(FILE, fileWith(VALID_FIELDS, 'First line.\nSecond line.'))
    expect(result.frontMatter).toEqual({
      id: 'example',
      title: 'An Example',
      kind: 'statement',
      date: '2018-10',
      issuingBody: 'Freedom Online Coalition',
    })
    expect(result.body).toBe('First line.\nSecond line.')
    // Line 1 is "---", lines 2-6 the fields, line 7 the closing "---".
    expect(result.bodyStartLine).toBe(8)
  })

  it('accepts a byte-order mark, CRLF line endings and an https source', () => {
    const source = `\uFEFF${fileWith([...VALID_FIELDS, 'source: https://example.org/statement'], 'Body.')}`.replace(/\n/g, '\r\n')
    const result = splitFrontMatter(FILE, source)
    expect(result.frontMatter.source).toBe('https://example.org/statement')
    expect(result.body).toBe('Body.')
  })

  it('rejects a file without an opening --- line', () => {
    const error = errorFor(VALID_FIELDS.join('\n'))
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/^content\/documents\/example\.md:1: front matter missing/)
  })

  it('rejects front matter that is never closed', () => {
    const error = errorFor(['---', ...VALID_FIELDS, 'Body text.'].join('\n'))
    expect(error.line).toBe(1)
    expect(error.message).toContain('not closed')
  })

  it('reports invalid YAML at the line of the file where it is', () => {
    // The unterminated quote opens on file line 3 and the parser gives up on line 4.
    const error = errorFor(fileWith(['id: example', 'title: "An Example', 'kind: statement']))
    expect(error.message).toContain('not valid YAML')
    expect(error.line).toBe(4)
    expect(error.message).toMatch(/^content\/documents\/example\.md:4: /)
  })

  it('reports a duplicate key at its own line', () => {
    const error = errorFor(fileWith([...VALID_FIELDS, 'id: again']))
    expect(error.message).toContain('not valid YAML')
    expect(error.line).toBe(7)
  })

  it('names the file, the missing field and a line', () => {
    const error = errorFor(fileWith(replaceField('issuingBody', null)))
    expect(error.file).toBe(FILE)
    expect(error.line).toBeTypeOf('number')
    expect(error.message).toBe(`${FILE}:1: front matter field "issuingBody" is missing`)
  })

  it('rejects an empty front matter by naming the first missing field', () => {
    const error = errorFor(fileWith([]))
    expect(error.message).toContain('field "id" is missing')
  })

  it('rejects front matter that is not a mapping', () => {
    const error = errorFor(fileWith(['- id', '- title']))
    expect(error.message).toContain('front matter:')
    expect(error.message).toContain('expected object')
  })

  it('rejects an unknown kind at the kind line', () => {
    const error = errorFor(fileWith(replaceField('kind', 'kind: poem')))
    expect(error.line).toBe(4)
    expect(error.message).toContain('front matter field "kind"')
    expect(error.message).toContain('statement')
  })

  it('rejects a malformed date at the date line', () => {
    for (const date of ['"2018-13"', '"18-10-29"', '"2018-10-32"', '"October 2018"']) {
      const error = errorFor(fileWith(replaceField('date', `date: ${date}`)))
      expect(error.line).toBe(5)
      expect(error.message).toContain('front matter field "date": expected YYYY, YYYY-MM or YYYY-MM-DD')
    }
  })

  it('says a field of the wrong type is wrong, not missing', () => {
    // YAML reads an unquoted 2018 as a number.
    const error = errorFor(fileWith(replaceField('date', 'date: 2018')))
    expect(error.line).toBe(5)
    expect(error.message).toContain('front matter field "date"')
    expect(error.message).not.toContain('missing')
    expect(error.message).toContain('expected string')
  })

  it('rejects an id that is not a lower-case slug', () => {
    const error = errorFor(fileWith(replaceField('id', 'id: Not A Slug')))
    expect(error.line).toBe(2)
    expect(error.message).toContain('lower-case letters, digits and hyphens')
  })

  it('rejects an empty title', () => {
    const error = errorFor(fileWith(replaceField('title', 'title: ""')))
    expect(error.line).toBe(3)
    expect(error.message).toContain('front matter field "title": must not be empty')
  })

  it('rejects unknown fields and names them', () => {
    const error = errorFor(fileWith([...VALID_FIELDS, 'author: someone', 'tags: [a]']))
    expect(error.message).toContain('unknown field(s): "author", "tags"')
  })

  it('rejects a source that is not an http(s) URL', () => {
    for (const source of ['not a url', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/x']) {
      const error = errorFor(fileWith([...VALID_FIELDS, `source: "${source}"`]))
      expect(error.line).toBe(7)
      expect(error.message).toContain('front matter field "source"')
    }
  })
})
