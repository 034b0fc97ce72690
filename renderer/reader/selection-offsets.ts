/**
 * Maps a DOM position inside a rendered block to an offset in the block's
 * plain text. The block renders its text as text nodes and <br> elements
 * (one "\n" each, as is the start of every list item after the first), and nothing else (category glyphs are CSS pseudo-elements),
 * so counting them reproduces block.text.
 */

/** The block element (carrying data-block-id) that contains `node`, or null. */
export function blockElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  return element?.closest<HTMLElement>('[data-block-id]') ?? null
}

/** The UTF-16 offset in `block`'s plain text of the DOM point (container, offset). */
export function textOffsetInBlock(block: HTMLElement, container: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(block, 0)
  range.setEnd(container, offset)
  return plainTextLength(range.cloneContents())
}

function plainTextLength(root: Node): number {
  let length = 0
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) length += (node as Text).data.length
    else if (node.nodeName === 'BR') length += 1
    // List items are joined by "\n" in the block's text.
    else if (node.nodeName === 'LI' && node.previousSibling?.nodeName === 'LI') length += 1
  }
  return length
}
