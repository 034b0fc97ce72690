import { describe, expect, it } from 'vitest'
import type { LibraryDocument } from '../../shared/document-model'
import { DEFAULT_SETTINGS } from '../../shared/reading-state'
import { ENTRY_META, prepaintInputFor, prepaintMarkup, withPrepaint } from './prepaint'

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chunk-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-123.css">
  </head>
  <body>
    <div id="root"></div>
    <script src="./prepaint-route.js"></script>
  </body>
</html>`

function document(id: string, title: string): LibraryDocument {
  return {
    id,
    title,
    kind: 'statement',
    blocks: [
      { id: 'title', type: 'heading', level: 1, text: title, range: [0, title.length], inlines: [{ type: 'text', text: title, marks: [] }] },
      {
        id: 'p1',
        type: 'paragraph',
        text: 'We <recognise> "rights" & duties.',
        range: [0, 33],
        inlines: [
          { type: 'text', text: 'We <recognise> ', marks: [] },
          { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: '"rights"', marks: ['emphasis'] }] },
          { type: 'text', text: ' & duties.', marks: [] },
        ],
      },
      { id: 'l1', type: 'list', ordered: false, text: 'one\ntwo', range: [0, 7], items: [[{ type: 'text', text: 'one', marks: [] }], [{ type: 'text', text: 'two', marks: [] }]] },
    ],
  } as unknown as LibraryDocument
}

describe('the first paint', () => {
  const statement = document('statement', 'Joint Statement')

  it('puts the document into #root as inert text hidden from assistive technology, escaped', () => {
    const page = withPrepaint(TEMPLATE, { document: statement, settings: DEFAULT_SETTINGS })
    expect(page).toContain('<div id="root"><div id="prepaint" class="prepaint" aria-hidden="true" inert data-document-id="statement">')
    expect(page).toContain('We &#60;recognise&#62; &#34;rights&#34; &#38; duties.')
    expect(page).not.toContain('<recognise>')
    // Links are painted as their text only: nothing in the first paint can be followed or focused.
    expect(page).not.toContain('href="https://example.org"')
    expect(page).toContain('<div class="block-row"><span class="block-anchor" data-paragraph-number="¶2"></span><ul class="block block-list" data-block-id="l1"><li>one</li><li>two</li></ul></div>')
  })

  it('numbers paragraphs as the reader does', () => {
    const markup = prepaintMarkup({ document: statement, settings: DEFAULT_SETTINGS })
    expect(markup).toMatch(/<span class="block-anchor" data-paragraph-number="¶ ?1"><\/span><p class="block block-paragraph" data-block-id="p1">/)
  })

  it('carries the reading settings as the root attributes the stylesheets follow', () => {
    const page = withPrepaint(TEMPLATE, { document: statement, settings: { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large', showParagraphNumbers: false } })
    expect(page).toMatch(/<html lang="en" data-theme="dark" data-text-size="large" [^>]*data-paragraph-numbers="off">/)
  })

  it('defers the app script until after the first frame: the entry moves to a <meta>, preloads go', () => {
    const page = withPrepaint(TEMPLATE, { document: statement, settings: DEFAULT_SETTINGS })
    expect(page).toContain(`<meta name="${ENTRY_META}" content="./assets/index-abc.js" />`)
    expect(page).not.toMatch(/<script type="module"/)
    expect(page).not.toContain('modulepreload')
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-123.css">')
    expect(page).toContain('<script src="./prepaint-route.js"></script>')
  })

  it('leaves a page it does not recognise unchanged, so the app still starts', () => {
    const noRoot = TEMPLATE.replace('<div id="root"></div>', '<div id="app"></div>')
    const noEntry = TEMPLATE.replace(/<script type="module"[^<]*<\/script>/, '')
    expect(withPrepaint(noRoot, { document: statement, settings: DEFAULT_SETTINGS })).toBe(noRoot)
    expect(withPrepaint(noEntry, { document: statement, settings: DEFAULT_SETTINGS })).toBe(noEntry)
  })

  it('paints the document read last, else the first one, as the renderer opens them', () => {
    const documents = [statement, document('hrc-20-8', 'HRC 20/8')]
    expect(prepaintInputFor(documents, { lastDocumentId: 'hrc-20-8', settings: DEFAULT_SETTINGS })?.document.id).toBe('hrc-20-8')
    expect(prepaintInputFor(documents, { lastDocumentId: null, settings: DEFAULT_SETTINGS })?.document.id).toBe('statement')
    expect(prepaintInputFor(documents, { lastDocumentId: 'removed', settings: DEFAULT_SETTINGS })?.document.id).toBe('statement')
    expect(prepaintInputFor([], { lastDocumentId: null, settings: DEFAULT_SETTINGS })).toBeNull()
  })
})
