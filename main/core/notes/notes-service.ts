/**
 * The notes use cases: create, edit, delete and restore notes, and report
 * where each one sits in its document's current text. Selectors are built
 * here from the bundled text, never trusted from the renderer.
 */
import { randomUUID } from 'node:crypto'
import type { NoteAnchor, NoteView, StoreStatus } from '../../../shared/api-contract'
import { describeRange } from '../../../shared/anchoring/describe-range'
import { parseRevisionDocumentId, type LibraryDocument } from '../../../shared/document-model'
import type { NoteCategory } from '../../../shared/notes/categories'
import {
  ANNOTATION_CONTEXT,
  documentIdFromUrn,
  documentUrn,
  MAX_QUOTE_LENGTH,
  noteBodies,
  noteContent,
  versionUrn,
  type Note,
} from '../../../shared/notes/note-model'
import { cleanNote, cleanNoteTags } from '../../../shared/notes/note-hygiene'
import { stripControlCharacters } from '../../../shared/text-hygiene'
import { ApiFailure } from '../api-failure'
import { PassageAnchors } from '../passage-anchors'
import type { Library } from '../library'
import { NotesStoreError, type NotesStore } from './notes-store'
import { apiFailureOfStoreError } from './store-failure'

/** What a new note is made of. */
export interface NewNote {
  readonly documentId: string
  readonly range?: { readonly start: number; readonly end: number }
  readonly motivation: Note['motivation']
  readonly text?: string
  readonly tags?: readonly string[]
  readonly category?: NoteCategory | null
}

/** Changes to a note; absent fields stay as they are. */
export interface NoteChanges {
  readonly text?: string
  readonly tags?: readonly string[]
  readonly category?: NoteCategory | null
  readonly acceptAnchor?: boolean
}

/** A saved change to the notes, for views kept beside them (the search index). */
export type NoteChange = { readonly type: 'put'; readonly view: NoteView } | { readonly type: 'remove'; readonly id: string }

/** The notes service over a library and a store. */
export class NotesService {
  private readonly listeners = new Set<(change: NoteChange) => void>()
  /** Anchors are costly to recompute; a note's anchor only changes when the note does. */
  private readonly anchors = new Map<string, { modified: string; anchor: NoteAnchor }>()
  private readonly passages = new PassageAnchors()

  constructor(
    private readonly library: Library,
    private readonly store: NotesStore,
    private readonly now: () => Date = () => new Date(),
    /** An earlier revision of an added document, by its revision id, for notes kept on one. */
    private readonly earlierRevision: (id: string) => LibraryDocument | undefined = () => undefined,
  ) {}

  /** The store's state (read-only, recovered from backup, …). */
  get status(): StoreStatus {
    return this.store.status
  }

  /** Calls `listener` after each change is saved; returns a function that stops it. */
  onChange(listener: (change: NoteChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Where the notes file is: an import keeps its backup copy beside it. */
  get notesPath(): string {
    return this.store.notesPath
  }

  /** Resolves once every change so far is on disk. */
  flush(): Promise<void> {
    return this.store.flush()
  }

  /** Every note as stored, without anchors: what an import plans its merge against. */
  storedNotes(): readonly Note[] {
    return this.store.list()
  }

  /** Note `id` as stored, without its anchor; undefined when there is none. */
  storedNote(id: string): Note | undefined {
    return this.store.get(id)
  }

  /**
   * Saves notes made elsewhere (an import's new notes, updates and conflict
   * copies), already validated, in one burst that the store writes as one
   * atomic save, and tells listeners of each as of any other change. When the
   * save fails the store still holds the notes in memory (and saves them with
   * the next change), so listeners hear of them either way.
   */
  async putAll(notes: readonly Note[]): Promise<void> {
    try {
      // Issued together, without awaiting in between: the store writes them in one save.
      await Promise.all(notes.map((note) => this.store.put(note)))
    } finally {
      for (const { id } of notes) {
        const stored = this.store.get(id)
        if (stored) this.emit({ type: 'put', view: this.view(stored) })
      }
    }
  }

  /** Tells listeners; one that fails must not fail the saved change. */
  private emit(change: NoteChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change)
      } catch (error) {
        console.error('[notes] a change listener failed:', error)
      }
    }
  }

  /**
   * A document the user added came or went: its notes are anchored afresh
   * (a removed document's show as "Passage not found") and listeners hear of each.
   */
  documentChanged(documentId: string): void {
    for (const note of this.store.list()) {
      const id = documentIdFromUrn(note.target.source)
      // Notes kept on its earlier revisions too: they go with a removed document.
      if (id !== documentId && parseRevisionDocumentId(id ?? '')?.documentId !== documentId) continue
      this.anchors.delete(note.id)
      this.emit({ type: 'put', view: this.view(note) })
    }
  }

  /** Notes of one document in reading order, or of all documents in library order. */
  list(documentId?: string): NoteView[] {
    const order = new Map(this.library.documents.map((document, index) => [document.id, index]))
    return this.store
      .list()
      .filter((note) => documentId === undefined || documentIdFromUrn(note.target.source) === documentId)
      .map((note) => this.view(note))
      .sort((a, b) => {
        const documentOrder = (order.get(documentIdFromUrn(a.note.target.source) ?? '') ?? 1e9) - (order.get(documentIdFromUrn(b.note.target.source) ?? '') ?? 1e9)
        return documentOrder || readingPosition(a) - readingPosition(b) || Date.parse(a.note.created) - Date.parse(b.note.created)
      })
  }

  /** Creates a note; resolves once it is durably saved. */
  async create(input: NewNote): Promise<NoteView> {
    this.assertWritable()
    const document = this.requireDocument(input.documentId)
    const timestamp = this.now().toISOString()
    const note: Note = {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:${randomUUID()}`,
      type: 'Annotation',
      motivation: input.motivation,
      created: timestamp,
      modified: timestamp,
      body: noteBodies({
        text: stripControlCharacters(input.text ?? ''),
        tags: cleanNoteTags(input.tags ?? []),
        category: input.category ?? null,
      }),
      target: {
        source: documentUrn(document.id),
        state: versionUrn(document.version),
        ...(input.range ? { selector: selectorsFor(document, input.range) } : {}),
      },
    }
    await this.save(() => this.store.put(note))
    return this.changed(note)
  }

  /** Applies `changes` to note `id`; resolves once saved. */
  async update(id: string, changes: NoteChanges): Promise<NoteView> {
    this.assertWritable()
    const updated = this.edited(this.requireNote(id), changes)
    await this.save(() => this.store.put(updated))
    return this.changed(updated)
  }

  /**
   * Applies each change to its note, all or none: every note must exist
   * before any is changed; then they are saved as one write (a bulk edit in
   * All notes, or its undo).
   */
  async updateMany(updates: readonly (NoteChanges & { readonly id: string })[]): Promise<NoteView[]> {
    this.assertWritable()
    const notes = distinctIds(updates.map((update) => update.id)).map((id) => this.requireNote(id))
    const edited = updates.map(({ id: _id, ...changes }, index) => this.edited(notes[index] as Note, changes))
    await this.saveBatch(edited.map((note) => () => this.store.put(note)))
    return edited.map((note) => this.changed(note))
  }

  /** Note `note` with `changes` applied and a later modified time. */
  private edited(note: Note, changes: NoteChanges): Note {
    const content = noteContent(note)
    let target = note.target
    if (changes.acceptAnchor) {
      const anchor = this.view(note).anchor
      const document = this.library.getDocument(documentIdFromUrn(note.target.source) ?? '')
      if (!document || anchor.start === undefined || anchor.end === undefined) {
        throw new ApiFailure('user-input', 'This note has no passage to accept: it could not be found in the current text.')
      }
      target = { source: note.target.source, state: versionUrn(document.version), selector: selectorsFor(document, { start: anchor.start, end: anchor.end }) }
    }
    return {
      ...note,
      modified: laterTimestamp(this.now().toISOString(), note.modified),
      body: noteBodies({
        text: changes.text === undefined ? content.text : stripControlCharacters(changes.text),
        tags: changes.tags === undefined ? content.tags : cleanNoteTags(changes.tags),
        category: changes.category === undefined ? content.category : changes.category,
      }),
      target,
    }
  }

  /** Deletes note `id` and returns it, so the user can undo. */
  async delete(id: string): Promise<Note> {
    this.assertWritable()
    const note = this.requireNote(id)
    await this.save(() => this.store.remove(id))
    this.anchors.delete(id)
    this.emit({ type: 'remove', id })
    return note
  }

  /** Puts back a deleted note exactly as it was (undo). */
  async restore(note: Note): Promise<NoteView> {
    this.assertWritable()
    if (this.store.get(note.id)) throw new ApiFailure('user-input', 'That note already exists; there is nothing to restore.')
    // The note comes back from the renderer: cleaned like any input (a clean note is kept exactly).
    const restored = cleanNote(note)
    await this.save(() => this.store.put(restored))
    return this.changed(restored)
  }

  /** Deletes every note of `ids`, all or none, in one write; returns them (in that order) for an undo. */
  async deleteMany(ids: readonly string[]): Promise<Note[]> {
    this.assertWritable()
    const notes = distinctIds(ids).map((id) => this.requireNote(id))
    await this.saveBatch(notes.map((note) => () => this.store.remove(note.id)))
    for (const { id } of notes) {
      this.anchors.delete(id)
      this.emit({ type: 'remove', id })
    }
    return notes
  }

  /** Puts back deleted notes exactly as they were (undo of a bulk delete), in one write; refused if any exists. */
  async restoreMany(notes: readonly Note[]): Promise<NoteView[]> {
    this.assertWritable()
    distinctIds(notes.map((note) => note.id))
    const existing = notes.filter((note) => this.store.get(note.id) !== undefined).length
    if (existing > 0) {
      throw new ApiFailure('user-input', `${existing === 1 ? 'One of these notes already exists' : `${existing} of these notes already exist`}; nothing was restored.`)
    }
    const restored = notes.map((note) => cleanNote(note))
    await this.saveBatch(restored.map((note) => () => this.store.put(note)))
    return restored.map((note) => this.changed(note))
  }

  /**
   * Runs store writes together, without awaiting in between, so the store
   * writes them as one save; failures become messages for the user.
   */
  private saveBatch(writes: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
    return this.save(() => Promise.all(writes.map((write) => write())))
  }

  /** The view of a just-saved note, told to listeners. */
  private changed(note: Note): NoteView {
    const view = this.view(note)
    this.emit({ type: 'put', view })
    return view
  }

  /** Runs a store write, turning its failures into messages for the user. */
  private async save(write: () => Promise<unknown>): Promise<void> {
    try {
      await write()
    } catch (error) {
      if (error instanceof NotesStoreError) {
        throw apiFailureOfStoreError(error)
      }
      throw error
    }
  }

  private view(note: Note): NoteView {
    const cached = this.anchors.get(note.id)
    if (cached && cached.modified === note.modified) return { note, anchor: cached.anchor }
    const anchor = this.anchor(note)
    this.anchors.set(note.id, { modified: note.modified, anchor })
    return { note, anchor }
  }

  private anchor(note: Note): NoteAnchor {
    const document = this.documentOf(note)
    if (!document) return { status: 'orphaned', reason: 'The document this note was made on is no longer in the library.' }
    const selector = note.target.selector
    if (!selector) return { status: 'document' }
    const [quote, position] = selector
    return this.passages.anchor(document, quote, position)
  }

  private documentOf(note: Note): LibraryDocument | undefined {
    const id = documentIdFromUrn(note.target.source) ?? ''
    return this.library.getDocument(id) ?? this.earlierRevision(id)
  }

  /**
   * Moves note `id` onto `revision`, an earlier revision of its document: its
   * passage is found in that text and the note is anchored there (kept on the
   * wording it was made on); refused when the passage is not in it.
   */
  async keepOnRevision(id: string, revision: LibraryDocument): Promise<NoteView> {
    this.assertWritable()
    const note = this.requireNote(id)
    const named = parseRevisionDocumentId(revision.id)
    if (!named || named.documentId !== documentIdFromUrn(note.target.source)) {
      throw new ApiFailure('user-input', `“${revision.title}” is not an earlier revision of the document this note is on.`)
    }
    const selector = note.target.selector
    if (!selector) throw new ApiFailure('user-input', 'This note is on the whole document, not on a passage: there is nothing to keep on an earlier revision.')
    const anchor = this.passages.anchor(revision, selector[0], selector[1])
    if ((anchor.status !== 'exact' && anchor.status !== 'moved') || anchor.start === undefined || anchor.end === undefined) {
      throw new ApiFailure('user-input', `The passage this note quotes is not in “${revision.title}”; the note stays where it is.`)
    }
    const moved: Note = {
      ...note,
      modified: laterTimestamp(this.now().toISOString(), note.modified),
      target: { source: documentUrn(revision.id), state: versionUrn(revision.version), selector: selectorsFor(revision, { start: anchor.start, end: anchor.end }) },
    }
    await this.save(() => this.store.put(moved))
    return this.changed(moved)
  }

  private assertWritable(): void {
    if (this.store.status.readOnly) {
      const notice = this.store.status.notices[0]
      throw new ApiFailure('user-input', `Notes are read-only right now. ${notice?.message ?? ''}`.trim())
    }
  }

  private requireDocument(id: string): LibraryDocument {
    const document = this.library.getDocument(id)
    if (!document) throw new ApiFailure('not-found', `There is no document "${id}" in the library.`)
    return document
  }

  private requireNote(id: string): Note {
    const note = this.store.get(id)
    if (!note) throw new ApiFailure('not-found', 'That note no longer exists.')
    return note
  }
}

function selectorsFor(document: LibraryDocument, range: { start: number; end: number }) {
  const length = [...document.plainText].length
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end <= range.start) {
    throw new ApiFailure('user-input', `The selection (${range.start}–${range.end}) is empty or not a range of the document: select some text to highlight.`)
  }
  if (range.end > length) {
    throw new ApiFailure('user-input', `The selection (${range.start}–${range.end}) is outside the document, which has ${length} characters.`)
  }
  if (range.end - range.start > MAX_QUOTE_LENGTH) {
    throw new ApiFailure('user-input', `The selection is too long to highlight: at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters.`)
  }
  const [quote, position] = describeRange(document.plainText, range.start, range.end)
  if (quote.exact.trim() === '') throw new ApiFailure('user-input', 'The selection holds no text to highlight.')
  return [quote, position] as [typeof quote, typeof position]
}


function readingPosition(view: NoteView): number {
  if (view.anchor.status === 'document') return -1
  return view.anchor.start ?? Number.MAX_SAFE_INTEGER
}

/** `ids` unchanged; a batch naming a note twice is refused, since its two changes would race. */
function distinctIds(ids: readonly string[]): readonly string[] {
  if (new Set(ids).size !== ids.length) throw new ApiFailure('user-input', 'The same note is named twice in one change; nothing was changed.')
  return ids
}

/** Clocks can step back; a note's modified time never does. */
function laterTimestamp(candidate: string, previous: string): string {
  // Compared as times: an imported note's timestamp may carry an offset, so its string does not sort with ours.
  return Date.parse(candidate) > Date.parse(previous) ? candidate : new Date(Date.parse(previous) + 1).toISOString()
}
