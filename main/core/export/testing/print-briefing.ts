/**
 * Test support: prints briefing HTML to PDF with the system Chromium (as
 * the e2e spec and Electron's printToPDF do) and reads it back with
 * poppler's pdftotext, page by page, so tests can check pagination and
 * fonts on a real PDF rather than on the HTML.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

/** Where the Debian Chromium lives on the test machines and in CI. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Why printing cannot be tested here, or null when Chromium and the poppler tools are present. */
export function printUnavailableReason(tools: readonly string[] = ['pdftotext']): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`
  for (const tool of tools) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' })
    } catch {
      return `${tool} (poppler-utils) is not installed`
    }
  }
  return null
}

/** Prints `html` to a PDF file in a fresh temporary folder; returns its path and a cleanup. */
export async function printHtmlToPdf(html: string): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'foc-briefing-print-'))
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    // Wait for the embedded faces, or Chromium prints with a fallback.
    await page.evaluate('document.fonts.ready.then(() => undefined)')
    const file = path.join(dir, 'briefing.pdf')
    await writeFile(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
    return { file, cleanup: () => rm(dir, { recursive: true, force: true }) }
  } finally {
    await browser.close()
  }
}

/** The text of each page of a PDF, laid out as printed (pdftotext -layout). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const pages = text.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** One printed page: how full its text area is (0 to 1) and the text of its last line above the footer. */
export interface PrintedPage {
  readonly fill: number
  readonly lastLine: string
}

/**
 * Each page's fill and last line, from pdftotext -bbox word boxes. The text
 * area is the page less the margins (which hold the running header and the
 * footer, left out here), in points.
 */
export function pdfPageLayout(file: string, margins: { top: number; bottom: number }): PrintedPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return xhtml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0)
      const bottom = height - margins.bottom
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map((match) => ({ x: Number(match[1]), top: Number(match[2]), base: Number(match[3]), text: decodeEntities(match[4] ?? '') }))
        .filter((word) => word.top >= margins.top && word.base <= bottom)
      const lowest = Math.max(margins.top, ...words.map((word) => word.base))
      const lastLine = words
        .filter((word) => word.base > lowest - 4)
        .sort((a, b) => a.x - b.x)
        .map((word) => word.text)
        .join(' ')
      return { fill: (lowest - margins.top) / (bottom - margins.top), lastLine }
    })
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
}

/** The font names pdffonts lists for a PDF. */
export function pdfFontNames(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2)
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // Columns end "emb sub uni object ID"; the type may be one word or two, so count from the end.
      const embedded = columns.at(-5) === 'yes'
      return { name: columns[0] ?? '', embedded }
    })
}
