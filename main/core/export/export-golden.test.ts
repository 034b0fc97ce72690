/**
 * Golden files for the W3C annotation JSON: an interchange format other
 * tools read, so its output for the fixture notes (every script, Markdown
 * and HTML in bodies, a whole-document note, one needing review, orphans)
 * must match __golden__/ byte for byte. The briefing (HTML and Markdown) is
 * tested for its structure instead (briefing-html.test.ts, markdown.test.ts),
 * so a change of style does not mean a new golden file. After an intended
 * change, look at the new output and refresh the files with
 * UPDATE_GOLDEN=1 npx vitest run main/core/export/export-golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ExportFormat, ExportSelection } from '../../../shared/export-model'
import { ExportService } from './export-service'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE } from './testing/export-fixtures'

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__')
const update = process.env['UPDATE_GOLDEN'] === '1'

function exportAs(format: Exclude<ExportFormat, 'docx'>, selection: ExportSelection = { scope: 'all' }): string {
  const library = exportTestLibrary()
  const views = exportTestViews(library)
  const service = new ExportService(library, { list: () => views }, { ...FIXED_STYLE, now: () => FIXED_NOW, newId: () => 'urn:uuid:00000000-0000-4000-8000-00000000c011', appVersion: '0.1.0' })
  return service.exportNotes({ selection, format }).content
}

function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name)
  if (update || !existsSync(file)) {
    writeFileSync(file, actual)
    if (!update) throw new Error(`${name} did not exist; it was written. Check it and run the test again.`)
    return
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('golden files', () => {
  it('W3C annotation JSON', () => {
    expectGolden('annotations.json', exportAs('json'))
  })

  it('W3C annotation JSON of one document', () => {
    expectGolden('annotations-one-document.json', exportAs('json', { scope: 'document', documentId: 'sample-resolution' }))
  })
})
