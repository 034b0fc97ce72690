import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentRefusal } from './document-refusal'
import { createParseRunner } from './parse-runner'
import { bundleParseWorker } from './testing/bundle-parse-worker'
import { makePdf } from './testing/make-pdf'

let dir: string
let workerPath: string
// The worker as the app runs it: bundled into one CommonJS file, as scripts/build-main.ts does.
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'foc-parse-worker-'))
  workerPath = await bundleParseWorker(path.join(dir, 'parse-worker.cjs'))
}, 60_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('createParseRunner in a worker thread', () => {
  it('parses a file off this thread and checks the answer', async () => {
    const parse = createParseRunner({ workerPath })
    const parsed = await parse({ fileName: 'w.md', bytes: bytes('# Worker\n\nParsed elsewhere.') })
    expect(parsed.title).toBe('Worker')
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Worker', 'Parsed elsewhere.'])
  })

  it('reads a Word file there (mammoth bundled in)', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph({ text: 'Bundled worker', heading: HeadingLevel.HEADING_1 }), new Paragraph('Body text.')] }] })
    const parse = createParseRunner({ workerPath })
    const parsed = await parse({ fileName: 'w.docx', bytes: new Uint8Array(await Packer.toBuffer(document)) })
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Bundled worker', 'Body text.'])
  })

  it('reads a PDF there (pdf.js bundled in, its worker side run in that thread)', async () => {
    const pdf = makePdf({ pages: [{ lines: [{ text: 'Bundled PDF reader', x: 72, y: 700, size: 20 }, { text: 'Body text of the file, read in the worker.', x: 72, y: 670, size: 11 }] }] })
    const parse = createParseRunner({ workerPath })
    const parsed = await parse({ fileName: 'w.pdf', bytes: pdf })
    expect(parsed.blocks.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'Bundled PDF reader'],
      ['paragraph', 'Body text of the file, read in the worker.'],
    ])
  })

  it('passes on a refusal as it was worded', async () => {
    const parse = createParseRunner({ workerPath })
    await expect(parse({ fileName: 'e.md', bytes: new Uint8Array() })).rejects.toThrow(new DocumentRefusal('“e.md” is empty: there is nothing to add.'))
  })

  it('stops a parse that takes longer than the limit and says so', async () => {
    const parse = createParseRunner({ workerPath, timeLimitMs: 1 })
    await expect(parse({ fileName: 'slow.md', bytes: bytes('text') })).rejects.toThrow('“slow.md” took longer than 1 second to read, so it was not added.')
  })
})

describe('createParseRunner in this thread', () => {
  it('parses, and turns an unexpected failure into a refusal naming the file', async () => {
    const parse = createParseRunner()
    expect((await parse({ fileName: 't.txt', bytes: bytes('one\n\ntwo') })).blocks).toHaveLength(2)
  })
})
