/**
 * Renders a note body: plain text with line breaks, *emphasis*, **strong**
 * and simple lists. Parsed with a maintained Markdown parser, then mapped to
 * React elements node by node; anything else (HTML, links, images, code)
 * shows as the literal text the user typed. No HTML is ever interpreted.
 */
import type { Nodes, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { Fragment, type ReactNode } from 'react'

/** The note text as formatted, safe React elements. */
export function NoteMarkdown({ text }: { text: string }) {
  const tree = fromMarkdown(text)
  return <div className="note-markdown">{tree.children.map((node, index) => renderNode(node, index, text))}</div>
}

function renderChildren(nodes: readonly RootContent[], source: string): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, source))
}

function renderNode(node: RootContent, key: number, source: string): ReactNode {
  switch (node.type) {
    case 'paragraph':
      // Each paragraph takes its direction from its own first letter: a note in Arabic reads right to left.
      return (
        <p key={key} dir="auto">
          {renderChildren(node.children, source)}
        </p>
      )
    case 'text':
      return <Fragment key={key}>{withLineBreaks(node.value)}</Fragment>
    case 'emphasis':
      return <em key={key}>{renderChildren(node.children, source)}</em>
    case 'strong':
      return <strong key={key}>{renderChildren(node.children, source)}</strong>
    case 'break':
      return <br key={key} />
    case 'list': {
      const Tag = node.ordered ? 'ol' : 'ul'
      return <Tag key={key}>{renderChildren(node.children, source)}</Tag>
    }
    case 'listItem':
      return <li key={key} dir="auto">{node.children.flatMap((child, index) => (child.type === 'paragraph' ? renderChildren(child.children, source) : [renderNode(child, index, source)]))}</li>
    default:
      return <Fragment key={key}>{withLineBreaks(sourceOf(node, source))}</Fragment>
  }
}

/** Soft line breaks are kept: people type notes line by line. */
function withLineBreaks(text: string): ReactNode[] {
  return text.split('\n').flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))
}

/** The exact characters the user typed for a construct we do not format. */
function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined ? source.slice(start, end) : ''
}
