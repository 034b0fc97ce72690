/**
 * A web page (or a Word file converted to HTML) as blocks: parsed with
 * rehype-parse, stripped of everything that is not reading text (scripts,
 * styles, images, media, forms, embedded frames), converted to Markdown's
 * tree with hast-util-to-mdast and then to blocks like any Markdown. Only
 * text and http(s)/mailto links come through, so no attribute (event
 * handlers, styles) and no markup from the file ever reaches the reader.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { mdastToBlocks } from './mdast-to-blocks'
import type { ParsedBlocks } from './parse-markdown'

/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'picture',
  'source', 'svg', 'math', 'canvas', 'video', 'audio', 'track', 'map', 'area', 'form', 'input', 'button', 'select', 'option',
  'optgroup', 'textarea', 'datalist', 'output', 'meter', 'progress', 'dialog', 'head', 'link', 'meta', 'base', 'title',
])

/** An HTML document's blocks and its <title>, if any. */
export function htmlBlocks(html: string): ParsedBlocks {
  const tree = unified().use(rehypeParse).parse(html)
  const title = textOf(findElement(tree, 'title'))
  strip(tree)
  const mdast = toMdast(tree) as MdastRoot
  return { blocks: mdastToBlocks(mdast, { strict: false }), ...(title ? { title } : {}) }
}

/** The text of the first `tagName` element in `markup` (HTML, or XML read leniently as HTML), or "". */
export function firstElementText(markup: string, tagName: string): string {
  return textOf(findElement(unified().use(rehypeParse, { fragment: true }).parse(markup), tagName))
}

/** Removes dropped elements and comments, and every attribute but a link's href. */
function strip(node: HastRoot | Element): void {
  if (node.type === 'root') node.children = node.children.filter(kept)
  else node.children = node.children.filter(kept)
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const href = child.tagName === 'a' ? child.properties['href'] : undefined
    child.properties = typeof href === 'string' ? { href } : {}
    strip(child)
  }
}

/** Whether a child stays: not a comment, not a dropped element. */
function kept(child: HastNodes): boolean {
  return child.type !== 'comment' && !(child.type === 'element' && DROPPED.has(child.tagName))
}

function findElement(node: HastNodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = findElement(child, tagName)
    if (found) return found
  }
  return undefined
}

function textOf(node: HastNodes | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  return node.children.map(textOf).join('').replace(/\s+/g, ' ').trim()
}
