/**
 * The Word briefing opened by LibreOffice: converted to PDF headless (as a
 * ministry's LibreOffice would open it) and read back with pdftotext, so a
 * .docx that LibreOffice cannot read, or reads without its text, fails.
 * Skipped, with the reason, where soffice or pdftotext are missing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing-options'
import { noteContent } from '../../../shared/notes/note-model'
import { ExportService } from './export-service'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

function missingTool(): string | null {
  for (const [tool, flag] of [
    ['soffice', '--version'],
    ['pdftotext', '-v'],
  ] as const) {
    try {
      execFileSync(tool, [flag], { stdio: 'ignore', timeout: 60_000 })
    } catch {
      return `${tool} is not installed`
    }
  }
  return null
}

const missing = missingTool()
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe.skipIf(missing !== null)(`the Word briefing in LibreOffice${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('converts to a PDF that has the title, the author, the marking, the Key points heading and words of every note', async () => {
    const library = exportTestLibrary()
    const views = exportTestViews(library)
    const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, appVersion: '0.1.0' })
    const briefing = { ...DEFAULT_BRIEFING_OPTIONS, title: 'Delegation briefing 7731', preparedBy: 'Test Delegate', marking: 'official' as const, structure: 'category' as const }
    const file = await service.exportFile({ selection: { scope: 'all' }, format: 'docx', briefing })
    const dir = await mkdtemp(path.join(os.tmpdir(), 'foc-docx-lo-'))
    dirs.push(dir)
    const docx = path.join(dir, 'briefing.docx')
    await writeFile(docx, Buffer.from(file.content, 'base64'))
    // A profile of its own, so a LibreOffice the user has open does not take the conversion over.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 })
    expect(await readdir(dir)).toContain('briefing.pdf')
    const text = execFileSync('pdftotext', [path.join(dir, 'briefing.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Delegation briefing 7731')
    expect(text).toContain('Test Delegate')
    expect(text.toUpperCase()).toContain('FOR OFFICIAL USE ONLY')
    expect(text.indexOf('Key points')).toBeGreaterThan(-1)
    for (const view of views) {
      const words = noteContent(view.note).text.replace(/[*_#>`[\]()-]/g, ' ').split(/\s+/).filter((word) => word.length > 3).slice(0, 2)
      for (const word of words) expect(text).toContain(word)
    }
  }, 180_000)
})
