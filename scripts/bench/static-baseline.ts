/**
 * The best start-up possible on this machine, in the same run (issue 15): a
 * static HTML page holding the statement's text with the app's own CSS and
 * fonts, served by the app's own browser-mode server. The app's time to first
 * paragraph is reported as a ratio to this page's.
 *
 * The page is written into dist/renderer for the length of the benchmark (the
 * server serves only that folder) and removed afterwards.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import type { LibraryDocument } from '../../shared/document-model'

/** The page's file name in dist/renderer. */
export const STATIC_PAGE_FILE = 'bench-static-page.html'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The stylesheet links of the built index.html, so the static page loads exactly the app's CSS (and, through it, its fonts). */
export function stylesheetHrefs(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((match) => {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1]
    return href ? [href] : []
  })
}

/** The scripts index.html loads before first paint: module entry points and module preloads. */
export function initialScriptHrefs(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((match) => match[1] ?? '')
  const preloads = [...indexHtml.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].flatMap((match) => {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1]
    return href ? [href] : []
  })
  return [...scripts, ...preloads].filter((href) => href !== '')
}

/** A static page with the document's headings and paragraphs, marked up as the reader marks them up. */
export function staticPageHtml(document: Pick<LibraryDocument, 'title' | 'blocks'>, stylesheets: readonly string[]): string {
  const blocks = document.blocks.map((block) => {
    if (block.type === 'heading') {
      const level = Math.max(2, block.level)
      return `<h${level} class="block block-heading">${escapeHtml(block.text)}</h${level}>`
    }
    // A list is one block of text here: the baseline needs the words on screen, not list markup.
    return `<p class="block block-${block.type}">${escapeHtml(block.text)}</p>`
  })
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(document.title)}</title>`,
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    '</head><body>',
    `<main><article class="document" aria-label="${escapeHtml(document.title)}"><h1>${escapeHtml(document.title)}</h1>`,
    ...blocks,
    '</article></main></body></html>',
  ].join('\n')
}

/** Writes the static page beside the built renderer; the returned function removes it. */
export async function writeStaticPage(rendererDir: string, document: Pick<LibraryDocument, 'title' | 'blocks'>): Promise<() => Promise<void>> {
  const indexHtml = await readFile(path.join(rendererDir, 'index.html'), 'utf8')
  const file = path.join(rendererDir, STATIC_PAGE_FILE)
  await writeFile(file, staticPageHtml(document, stylesheetHrefs(indexHtml)))
  return () => rm(file, { force: true })
}

/** Gzipped size, in KB, of the JavaScript the renderer loads before its first paint. */
export async function initialScriptKilobytes(rendererDir: string): Promise<{ kilobytes: number; files: string[] }> {
  const indexHtml = await readFile(path.join(rendererDir, 'index.html'), 'utf8')
  const files = initialScriptHrefs(indexHtml)
  let bytes = 0
  for (const href of files) bytes += gzipSync(await readFile(path.join(rendererDir, href))).length
  return { kilobytes: Math.round((bytes / 1024) * 10) / 10, files }
}
