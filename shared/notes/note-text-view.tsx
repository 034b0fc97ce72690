/**
 * A note's text as React elements: paragraphs, lists, emphasis, strong and
 * line breaks, from the subset's tree (see note-text.ts) and nothing else.
 * The one rendering of note text: the reader's views render it in the page,
 * the briefing on the server with renderToStaticMarkup. React escapes every
 * string, and the tree holds no node that could become a link or raw HTML.
 */
import type { ReactNode } from 'react'
import type { NoteBlock, NoteInline, NoteListItem, NoteTextTree } from './note-text'

/** The blocks of a note, with no wrapper of their own. */
export function NoteTextBlocks({ tree }: { tree: NoteTextTree }) {
  return <>{tree.children.map(renderBlock)}</>
}

function renderBlock(block: NoteBlock, key: number): ReactNode {
  // Each paragraph and item takes its direction from its own first letter: a note in Arabic reads right to left.
  if (block.type === 'paragraph')
    return (
      <p key={key} dir="auto">
        {block.children.map(renderInline)}
      </p>
    )
  const items = block.children.map(renderItem)
  // A list that starts at 3 shows 3, as the user typed it.
  return block.ordered ? (
    <ol key={key} start={block.start !== null && block.start !== undefined && block.start !== 1 ? block.start : undefined}>
      {items}
    </ol>
  ) : (
    <ul key={key}>{items}</ul>
  )
}

/** A tight item's paragraph is its text; an item of several paragraphs keeps them apart. */
function renderItem(item: NoteListItem, key: number): ReactNode {
  const paragraphs = item.children.filter((child) => child.type === 'paragraph').length
  return (
    <li key={key} dir="auto">
      {item.children.map((child, index) => (child.type === 'paragraph' && paragraphs === 1 ? child.children.map(renderInline) : renderBlock(child, index)))}
    </li>
  )
}

function renderInline(inline: NoteInline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.value
    case 'break':
      return <br key={key} />
    case 'emphasis':
      return <em key={key}>{inline.children.map(renderInline)}</em>
    case 'strong':
      return <strong key={key}>{inline.children.map(renderInline)}</strong>
  }
}
