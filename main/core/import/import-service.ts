/**
 * The import use case, in two steps the user sees: preview (read and
 * validate the whole file, plan the merge, change nothing, show the summary)
 * and confirm (read and plan again against the notes as they are now, back
 * up the notes file, then apply). A file that is not valid gets its first
 * problem and where it is; the store is not touched.
 */
import type { ImportFileError, ImportResult, ImportSummary } from '../../../shared/import-model'
import { documentIdFromUrn, noteContent, type Note } from '../../../shared/notes/note-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import type { NotesService } from '../notes/notes-service'
import { NotesStoreError } from '../notes/notes-store'
import { apiFailureOfStoreError } from '../notes/store-failure'
import { applyMerge, StaleMergePlanError } from './apply-merge'
import { planMerge, type MergeEntry, type MergePlan } from './merge-plan'
import { parseImport } from './parse-import'

/** A preview: what the import would do, or why the file cannot be imported. */
export type ImportPreview = { readonly ok: true; readonly summary: ImportSummary } | { readonly ok: false; readonly error: ImportFileError }

/** A confirmed import: what it did and where the backup is, or why the file cannot be imported. */
export type ImportOutcome = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly error: ImportFileError }

/** Longest excerpt the summary shows for a note. */
const EXCERPT_LENGTH = 80

/** The import use case over a library and the notes, which it changes only through the notes service. */
export class ImportService {
  constructor(
    private readonly library: Library,
    private readonly notes: NotesService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Reads `text` and says what importing it would do; changes nothing. */
  previewImport(text: string): ImportPreview {
    const planned = this.plan(text)
    if (!planned.ok) return planned
    return { ok: true, summary: summarizePlan(planned.plan, planned.items, this.library) }
  }

  /**
   * Reads `text` again, plans against the notes as they are now, and applies
   * the plan after backing up the notes file. Store failures (read-only, a
   * failed save) throw ApiFailure with a message for the user.
   */
  async confirmImport(text: string): Promise<ImportOutcome> {
    const planned = this.plan(text)
    if (!planned.ok) return planned
    try {
      const applied = await applyMerge(this.notes, planned.plan, this.now())
      return { ok: true, result: { summary: summarizePlan(planned.plan, planned.items, this.library), backupPath: applied.backupPath } }
    } catch (error) {
      if (error instanceof StaleMergePlanError) throw new ApiFailure('user-input', error.message)
      if (error instanceof NotesStoreError) throw apiFailureOfStoreError(error)
      throw error
    }
  }

  private plan(text: string): { ok: true; plan: MergePlan; items: number } | { ok: false; error: ImportFileError } {
    const parsed = parseImport(text, this.library, this.now())
    if (!parsed.ok) return parsed
    return { ok: true, plan: planMerge(this.notes.storedNotes(), parsed.items), items: parsed.items.length }
  }
}

/** The summary the user sees for a plan: each item of the file in one list, with its document and an excerpt. */
export function summarizePlan(plan: MergePlan, items: number, library: Library): ImportSummary {
  const entry = (merge: MergeEntry, detail?: string) => ({
    id: merge.note.id,
    path: merge.path,
    documentTitle: documentTitle(merge.note, library),
    excerpt: excerpt(merge.note),
    ...(detail ? { detail } : {}),
    ...(merge.futureTime === undefined ? {} : { futureTime: merge.futureTime }),
  })
  const unchangedDetail = { identical: 'the same as your note', 'store-is-newer': 'your note was changed more recently; it is kept', 'copy-exists': 'imported before as a copy' } as const
  return {
    items,
    new: plan.new.map((merge) => entry(merge)),
    updated: plan.updated.map((merge) => entry(merge)),
    unchanged: plan.unchanged.map((merge) => entry(merge, unchangedDetail[merge.reason])),
    conflicting: plan.conflicting.map((merge) => entry(merge, `differs from your note ${merge.existing.id} made at the same time; both are kept`)),
    rejected: plan.rejected.map((rejection) => ({ path: rejection.item.path, label: rejection.item.label, reason: rejection.reason })),
  }
}

function documentTitle(note: Note, library: Library): string {
  const id = documentIdFromUrn(note.target.source) ?? note.target.source
  return library.getDocument(id)?.title ?? id
}

/** The start of the note's quote, else of its text, else its tags: enough to recognise it. */
function excerpt(note: Note): string {
  const content = noteContent(note)
  const text = (note.target.selector?.[0].exact ?? (content.text || content.tags.join(', '))).replace(/\s+/g, ' ').trim()
  const points = [...text]
  return points.length > EXCERPT_LENGTH ? `${points.slice(0, EXCERPT_LENGTH - 1).join('')}…` : text || '(whole document)'
}
