/**
 * A note's text, formatted: the one component every view of a note uses
 * (Notes panel, All notes, the hover preview), so it reads the same
 * everywhere. `maxLength` shortens it on the parsed tree, for previews.
 */
import { useMemo } from 'react'
import { parseNoteText, truncateNoteText } from '../../shared/notes/note-text'
import { NoteTextBlocks } from '../../shared/notes/note-text-view'
import './note-markdown.css'

/** The note text as formatted, safe React elements. */
export function NoteText({ text, maxLength }: { text: string; maxLength?: number }) {
  const tree = useMemo(() => {
    const parsed = parseNoteText(text)
    return maxLength === undefined ? parsed : truncateNoteText(parsed, maxLength)
  }, [text, maxLength])
  return (
    <div className="note-markdown">
      <NoteTextBlocks tree={tree} />
    </div>
  )
}
