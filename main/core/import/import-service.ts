/**
 * The import use case, in two steps the user sees: preview (read and
 * validate the whole file, plan the merge, change nothing, show the summary)
 * and confirm (read and plan again against the notes as they are now, back
 * up the notes file, then apply the notes the user ticked). A file that
 * cannot be read as a whole gets its problem and where it is; the store is
 * not touched.
 */
import type { ImportFileError, ImportResult, ImportSummary } from '../../../shared/import-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import type { NotesService } from '../notes/notes-service'
import { NotesStoreError } from '../notes/notes-store'
import { apiFailureOfStoreError } from '../notes/store-failure'
import { applyMerge, StaleMergePlanError } from './apply-merge'
import { choosePlan, planMerge, type MergePlan } from './merge-plan'
import { parseImport } from './parse-import'
import { summarizePlan } from './summarize-plan'

/** A preview: what the import would do, or why the file cannot be imported. */
export type ImportPreview = { readonly ok: true; readonly summary: ImportSummary } | { readonly ok: false; readonly error: ImportFileError }

/** A confirmed import: what it did and where the backup is, or why the file cannot be imported. */
export type ImportOutcome = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly error: ImportFileError }

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
   * the plan after backing up the notes file: only the notes whose ids are
   * in `chosen` (the preview's entry ids the user left ticked), or all of
   * them when `chosen` is undefined. Store failures (read-only, a failed
   * save) throw ApiFailure with a message for the user.
   */
  async confirmImport(text: string, chosen?: readonly string[]): Promise<ImportOutcome> {
    const planned = this.plan(text)
    if (!planned.ok) return planned
    const { plan, skipped } = chosen === undefined ? { plan: planned.plan, skipped: [] } : choosePlan(planned.plan, new Set(chosen))
    try {
      const applied = await applyMerge(this.notes, plan, this.now())
      return { ok: true, result: { summary: summarizePlan(plan, planned.items, this.library, skipped), backupPath: applied.backupPath } }
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
