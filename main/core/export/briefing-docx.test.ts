import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing-options'
import { noteContent } from '../../../shared/notes/note-model'
import { ExportService, fileTitle } from './export-service'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

const library = exportTestLibrary()
const views = exportTestViews(library)
const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, appVersion: '0.1.0' })
const briefing = {
  ...DEFAULT_BRIEFING_OPTIONS,
  title: 'Delegation briefing 7731',
  preparedBy: 'Test Delegate',
  occasion: 'PP-18',
  marking: 'official' as const,
  structure: 'category' as const,
}

/** The .docx's parts, by path. */
async function unzipExport(options = briefing): Promise<{ fileName: string; parts: Record<string, string> }> {
  const file = await service.exportFile({ selection: { scope: 'all' }, format: 'docx', briefing: options })
  const entries = unzipSync(new Uint8Array(Buffer.from(file.content, 'base64')))
  return { fileName: file.fileName, parts: Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)])) }
}

/** The text of each paragraph of word/document.xml with the paragraph's style id ('' for Normal). */
function paragraphs(xml: string): Array<[string, string]> {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const inner = match[1] ?? match[2] ?? ''
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? ''
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join('')
    return [style, decode(text)]
  })
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

describe('the Word briefing', () => {
  it('is a .docx named after the title whose document.xml has the title, the marking and every note, in Word’s heading styles', async () => {
    const { fileName, parts } = await unzipExport()
    expect(fileName).toBe('Delegation briefing 7731.docx')
    const xml = parts['word/document.xml'] ?? ''
    const body = paragraphs(xml)
    expect(body).toContainEqual(['Title', 'Delegation briefing 7731'])
    expect(body.map(([, text]) => text)).toContain('FOR OFFICIAL USE ONLY')
    expect(body).toContainEqual(['', 'Prepared by: Test Delegate'])
    const headings1 = body.filter(([style]) => style === 'Heading1').map(([, text]) => text)
    // By category these fourteen notes run past three pages: a contents list follows the summary.
    expect(headings1).toEqual(['Summary', 'Contents', '★ Key points', '! Concerns', '→ Follow-ups', '? Questions', '§ References', 'Notes without a category'])
    const headings2 = body.filter(([style]) => style === 'Heading2').map(([, text]) => text)
    expect(headings2[0]).toBe('★ Key points')
    expect(headings2).toContain('Sample Joint Statement')
    const written = views.map((view) => noteContent(view.note).text.split('\n')[0]?.replace(/\*/g, '') ?? '').filter((line) => line !== '')
    expect(written).toHaveLength(13)
    for (const line of written) expect(body.some(([, paragraph]) => paragraph.includes(line.slice(0, 20)))).toBe(true)
    expect(body).toContainEqual(['Quote', 'accountability and transparency'])
    expect(xml).not.toContain('<script>')
    expect(parts['word/header1.xml'] ?? Object.entries(parts).find(([name]) => name.startsWith('word/header'))?.[1]).toContain('FOR OFFICIAL USE ONLY')
  })

  it('gives each note its number, category prefix, paragraph reference and flags on one line', async () => {
    const body = paragraphs((await unzipExport()).parts['word/document.xml'] ?? '')
    expect(body.map(([, text]) => text)).toContain('1. ★ Key point · ¶1')
    expect(body.map(([, text]) => text)).toContain('6. → Follow-up · About the Coalition, ¶3 · NEEDS REVIEW')
  })

  it('shows dates only when asked, and the key points in the summary as bullets', async () => {
    const plain = (await unzipExport()).parts['word/document.xml'] ?? ''
    expect(plain).not.toContain('Created ')
    expect(plain).toContain('<w:numPr>')
    const dated = (await unzipExport({ ...briefing, includeDates: true })).parts['word/document.xml'] ?? ''
    expect(dated).toContain('Created 20 February 2026 at 09:00 · Modified 20 February 2026 at 09:45')
  })
})

describe('fileTitle', () => {
  it('keeps the title, minus what file systems refuse', () => {
    expect(fileTitle('Delegation briefing 7731', '2026-03-01')).toBe('Delegation briefing 7731')
    expect(fileTitle('Briefing: A/HRC/RES/26/13 <draft>?', '2026-03-01')).toBe('Briefing A HRC RES 26 13 draft')
    expect(fileTitle(' ... ', '2026-03-01')).toBe('notes-briefing-2026-03-01')
  })
})
