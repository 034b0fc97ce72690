/**
 * A parsed HTML page for structural tests: the briefing is checked as a
 * browser reads it (elements, attributes, text), not as a string.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'

/** An element of a parsed page. */
export type HtmlElement = DefaultTreeAdapterTypes.Element
type HtmlParent = DefaultTreeAdapterTypes.ParentNode

/** Parses a whole HTML document, as a browser would. */
export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html)
}

/** The elements under `root` (in document order) matching a simple selector: "tag", ".class", "tag.class" or "*". */
export function select(root: HtmlParent, selector: string): HtmlElement[] {
  const [tag = '', className] = selector.split('.')
  const found: HtmlElement[] = []
  const walk = (node: HtmlParent) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      const tagMatches = tag === '' || tag === '*' || child.tagName === tag
      if (tagMatches && (className === undefined || classesOf(child).includes(className))) found.push(child)
      walk(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child)
    }
  }
  walk(root)
  return found
}

/** The one element matching `selector`; throws if there is none or more than one. */
export function selectOne(root: HtmlParent, selector: string): HtmlElement {
  const found = select(root, selector)
  if (found.length !== 1) throw new Error(`expected one "${selector}", found ${found.length}`)
  return found[0] as HtmlElement
}

/** An attribute's value, or undefined. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** The element's classes. */
export function classesOf(element: HtmlElement): string[] {
  return (attribute(element, 'class') ?? '').split(/\s+/).filter((name) => name !== '')
}

/** The text a reader sees in `node`, with "\n" for each <br>. */
export function textOf(node: DefaultTreeAdapterTypes.Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value
  if (node.nodeName === 'br') return '\n'
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''
}

/** The element children of `element`, as "tag.class" labels, for checking what comes in which order. */
export function childOutline(element: HtmlElement): string[] {
  return element.childNodes.filter((child): child is HtmlElement => 'tagName' in child).map((child) => [child.tagName, ...classesOf(child)].join('.'))
}
