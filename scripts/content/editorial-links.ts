/**
 * Editorial links (content/editorial/*.yaml): each file names a library
 * document and lists words in its text to annotate, each pointing to a
 * timeline entry (a cited text) or a glossary term:
 *
 *     document: foc-pp18-joint-statement
 *     links:
 *       - quote: "26/13"
 *         entry: hrc-26-13
 *       - quote: Plenipotentiary Conference
 *         occurrence: 2          # the second time the words occur (default: the first)
 *         term: plenipotentiary-conference
 *
 * The pipeline finds each quote in the document's plain text, word for word,
 * and anchors it with the same W3C selectors user notes carry. A quote that
 * is not there, an unknown entry or term, or two passages that overlap fail
 * the build with the file and line.
 */
import { z } from 'zod'
import { CodePointIndex } from '../../shared/anchoring/code-points'
import { describeRange } from '../../shared/anchoring/describe-range'
import type { LibraryDocument } from '../../shared/document-model'
import {
  contentIdSchema,
  sortEditorial,
  type Citation,
  type EditorialAnnotation,
  type GlossaryTerm,
  type TimelineEntryContent,
} from '../../shared/timeline-model'
import { ContentError } from './content-error'
import { issueErrors, YamlSource } from './yaml-content'

/** One link as written. Exactly one of `entry` and `term`. */
export const editorialLinkSchema = z
  .object({
    /** The exact words in the document's plain text. */
    quote: z.string().min(1, 'must not be empty'),
    /** Which occurrence of the quote (1-based), counting only those after `prefix` if given. */
    occurrence: z.number().int().min(1).optional(),
    /** Text that must come right before the quote, to pick an occurrence by its context. */
    prefix: z.string().min(1, 'must not be empty').optional(),
    entry: contentIdSchema.optional(),
    term: contentIdSchema.optional(),
  })
  .strict()
  .superRefine((link, context) => {
    if ((link.entry === undefined) === (link.term === undefined)) {
      context.addIssue({ code: 'custom', path: [], message: 'give exactly one of "entry" (a timeline entry id) or "term" (a glossary term id)' })
    }
  })

/** One link as written. */
export type EditorialLink = z.infer<typeof editorialLinkSchema>

/** An editorial links file as written. */
export const editorialLinksFileSchema = z
  .object({
    document: z.string().min(1, 'must not be empty'),
    links: z.array(editorialLinkSchema).min(1, 'list at least one link'),
  })
  .strict()

/** A link with where it was written. */
export interface LocatedLink {
  readonly link: EditorialLink
  readonly file: string
  readonly line: number
  /** Lines of the link's fields, for errors about them. */
  readonly fieldLines: { readonly quote: number; readonly target: number }
}

/** A links file read and validated: its document and links, or errors. */
export interface EditorialLinksFile {
  readonly file: string
  readonly documentId: string | undefined
  readonly documentLine: number
  readonly links: readonly LocatedLink[]
  readonly errors: readonly ContentError[]
}

/** Reads and validates one links file (not yet anchored). */
export function readEditorialLinks(file: string, source: string): EditorialLinksFile {
  let yaml: YamlSource
  try {
    yaml = YamlSource.parse(file, source)
  } catch (error) {
    if (error instanceof ContentError) return { file, documentId: undefined, documentLine: 1, links: [], errors: [error] }
    throw error
  }
  const parsed = editorialLinksFileSchema.safeParse(yaml.data() ?? {})
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      const [first, index] = issue.path
      if (first !== 'links' || typeof index !== 'number') return issueErrors(yaml, [], 'links file', [issue])
      const quote = yaml.scalarAt(['links', index, 'quote'])
      const what = typeof quote === 'string' ? `link ${index + 1} ("${quote}")` : `link ${index + 1}`
      return issueErrors(yaml, ['links', index], what, [{ ...issue, path: issue.path.slice(2) }])
    })
    return { file, documentId: undefined, documentLine: 1, links: [], errors }
  }
  const links = parsed.data.links.map((link, index) => ({
    link,
    file,
    line: yaml.lineAt(['links', index]),
    fieldLines: {
      quote: yaml.lineAt(['links', index, 'quote']),
      target: yaml.lineAt(['links', index, link.entry !== undefined ? 'entry' : 'term']),
    },
  }))
  return { file, documentId: parsed.data.document, documentLine: yaml.lineAt(['document']), links, errors: [] }
}

/** What links are checked and anchored against. */
export interface EditorialTargets {
  readonly documents: ReadonlyMap<string, LibraryDocument>
  readonly entries: ReadonlyMap<string, TimelineEntryContent>
  readonly terms: ReadonlyMap<string, GlossaryTerm>
  /** Entry and term ids that exist but failed validation: links to them are not reported as unknown. */
  readonly invalidIds?: ReadonlySet<string>
}

/** Anchored annotations (in reading order) and the problems found. */
export interface AnchoredLinks {
  readonly annotations: readonly EditorialAnnotation[]
  readonly errors: readonly ContentError[]
}

interface Placed {
  readonly annotation: EditorialAnnotation
  readonly located: LocatedLink
}

/**
 * Anchors every link of `files` in its document. Annotation ids are the kind
 * and the target ("citation-hrc-26-13", "glossary-itu"), numbered from the
 * second link to the same target ("glossary-itu-2").
 */
export function anchorEditorialLinks(files: readonly EditorialLinksFile[], targets: EditorialTargets): AnchoredLinks {
  const errors: ContentError[] = []
  const placed: Placed[] = []
  const usedIds = new Set<string>()
  for (const linksFile of files) {
    errors.push(...linksFile.errors)
    if (linksFile.documentId === undefined) continue
    const document = targets.documents.get(linksFile.documentId)
    if (!document) {
      errors.push(new ContentError(linksFile.file, linksFile.documentLine, `document "${linksFile.documentId}" is not in the library`))
      continue
    }
    const text = new CodePointIndex(document.plainText)
    for (const located of linksFile.links) {
      const result = anchorLink(located, document, text, targets)
      if (result === null) continue
      if (result instanceof ContentError) {
        errors.push(result)
        continue
      }
      const { target, ...base } = result
      const id = uniqueId(`${target.kind}-${target.id}`, usedIds)
      const annotation: EditorialAnnotation =
        target.kind === 'citation' ? { id, ...base, kind: 'citation', entryId: target.id } : { id, ...base, kind: 'glossary', termId: target.id }
      placed.push({ located, annotation })
    }
  }
  errors.push(...overlapErrors(placed))
  const annotations = placed.map((each) => each.annotation)
  return { annotations: sortEditorial(annotations), errors }
}

/** A link found in its document, before its annotation id is given. */
interface Anchored {
  readonly documentId: string
  readonly blockId: string
  readonly selector: EditorialAnnotation['selector']
  readonly target: { readonly kind: 'citation' | 'glossary'; readonly id: string }
}

function anchorLink(
  located: LocatedLink,
  document: LibraryDocument,
  text: CodePointIndex,
  targets: EditorialTargets,
): Anchored | ContentError | null {
  const { link, file, fieldLines } = located
  // A link to an entry or term that failed validation (already reported) is checked for its quote only.
  const targetId = link.entry ?? link.term ?? ''
  const invalidTarget = targets.invalidIds?.has(targetId) === true
  const targetError = invalidTarget ? undefined : checkTarget(link, targets)
  if (targetError) return new ContentError(file, fieldLines.target, targetError)
  const found = findQuote(document.plainText, link)
  if (typeof found === 'string') return new ContentError(file, fieldLines.quote, `${found} in the text of document "${document.id}"`)
  const start = text.toCodePoint(found)
  const end = text.toCodePoint(found + link.quote.length, 'ceil')
  const block = document.blocks.find((each) => each.range.start <= start && end <= each.range.end)
  if (!block) return new ContentError(file, fieldLines.quote, `quote "${link.quote}" runs across two blocks of document "${document.id}"`)
  if (invalidTarget) return null
  const target = link.entry !== undefined ? { kind: 'citation', id: link.entry } : { kind: 'glossary', id: link.term ?? '' }
  return { documentId: document.id, blockId: block.id, selector: describeRange(text, start, end), target } as Anchored
}

/** Why the link's target is wrong, or undefined. */
function checkTarget(link: EditorialLink, targets: EditorialTargets): string | undefined {
  if (link.entry !== undefined) {
    return targets.entries.has(link.entry) ? undefined : `timeline entry "${link.entry}" does not exist (see content/timeline.yaml)`
  }
  const term = link.term === undefined ? undefined : targets.terms.get(link.term)
  if (!term) return `glossary term "${link.term ?? ''}" does not exist (see content/glossary.yaml)`
  // A glossary link marks a form of its term, so a definition never lands on unrelated words.
  const forms = [term.term, ...term.aliases].map(normalizeForm)
  if (!forms.includes(normalizeForm(link.quote))) {
    return `quote "${link.quote}" is not a form of glossary term "${term.id}": add it to the term's aliases, or link it elsewhere`
  }
  return undefined
}

function normalizeForm(form: string): string {
  return form.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en')
}

/**
 * The UTF-16 offset of the chosen occurrence of the link's quote (exact
 * match, after `prefix` if given), or why there is none.
 */
export function findQuote(plainText: string, link: Pick<EditorialLink, 'quote' | 'occurrence' | 'prefix'>): number | string {
  const wanted = link.occurrence ?? 1
  let count = 0
  for (let at = plainText.indexOf(link.quote); at >= 0; at = plainText.indexOf(link.quote, at + 1)) {
    if (link.prefix !== undefined && !plainText.slice(0, at).endsWith(link.prefix)) continue
    count++
    if (count === wanted) return at
  }
  const what = link.prefix === undefined ? `quote "${link.quote}"` : `quote "${link.quote}" after "${link.prefix}"`
  if (count === 0) return `${what} is not found`
  return `${what} occurs ${count} time${count === 1 ? '' : 's'}, so occurrence ${wanted} is not found`
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  return id
}

function overlapErrors(placed: readonly Placed[]): ContentError[] {
  const errors: ContentError[] = []
  const byDocument = new Map<string, Placed[]>()
  for (const each of placed) {
    const list = byDocument.get(each.annotation.documentId) ?? []
    list.push(each)
    byDocument.set(each.annotation.documentId, list)
  }
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.annotation.selector[1].start - b.annotation.selector[1].start)
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1]
      const current = list[i]
      if (!previous || !current) continue
      if (current.annotation.selector[1].start < previous.annotation.selector[1].end) {
        errors.push(
          new ContentError(
            current.located.file,
            current.located.line,
            `quote "${current.located.link.quote}" overlaps quote "${previous.located.link.quote}" (${previous.located.file}:${previous.located.line}): editorial passages must not overlap`,
          ),
        )
      }
    }
  }
  return errors
}

/**
 * Each entry's citing passages, from the citation annotations (which are in
 * reading order): entry id -> citations.
 */
export function citationsByEntry(annotations: readonly EditorialAnnotation[]): Map<string, Citation[]> {
  const byEntry = new Map<string, Citation[]>()
  for (const annotation of annotations) {
    if (annotation.kind !== 'citation') continue
    const list = byEntry.get(annotation.entryId) ?? []
    list.push({ documentId: annotation.documentId, blockId: annotation.blockId, quote: annotation.selector[0].exact, annotationId: annotation.id })
    byEntry.set(annotation.entryId, list)
  }
  return byEntry
}
