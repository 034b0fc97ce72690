/**
 * Runs a user file's parse off the request path with a time limit: in a
 * worker thread when the host names the bundled worker (it is stopped when
 * the time is up), else in this thread (tests, development), where the time
 * limit bounds the wait. The worker's answer is checked like any data
 * crossing a boundary.
 */
import { Worker } from 'node:worker_threads'
import { z } from 'zod'
import { addedDocumentFormatSchema, blockSchema } from '../../../shared/document-model'
import { DocumentRefusal, quoteFileName } from './document-refusal'
import { parseUserFile, type ParsedFile, type UserFile } from './parse-file'

/** How long one file may take to read. */
export const PARSE_TIME_LIMIT_MS = 60_000

/** Heap a parse may use: a 50 MB file and its trees fit; a decompression bomb does not. */
const WORKER_HEAP_MB = 1536

/** How a parse runs. */
export interface ParseRunnerOptions {
  /** The bundled worker script (dist/main/parse-worker.cjs); absent: in this thread. */
  readonly workerPath?: string
  readonly timeLimitMs?: number
}

/** Parses a user file. */
export type ParseFile = (file: UserFile) => Promise<ParsedFile>

const parsedFileSchema = z.object({
  title: z.string().min(1),
  format: addedDocumentFormatSchema,
  blocks: z.array(blockSchema).min(1),
  plainText: z.string(),
  version: z.string().regex(/^[0-9a-f]{16}$/),
})

const workerAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), parsed: parsedFileSchema }),
  z.object({ ok: z.literal(false), refusal: z.string().nullable(), detail: z.string() }),
])

/** A parse function with the given options. */
export function createParseRunner(options: ParseRunnerOptions = {}): ParseFile {
  const limit = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS
  const workerPath = options.workerPath
  return (file) => (workerPath ? inWorker(workerPath, file, limit) : inThread(file, limit))
}

function tooSlow(file: UserFile, limit: number): DocumentRefusal {
  return new DocumentRefusal(`${quoteFileName(file.fileName)} took longer than ${seconds(limit)} to read, so it was not added.`)
}

function unreadable(file: UserFile): DocumentRefusal {
  return new DocumentRefusal(`${quoteFileName(file.fileName)} could not be read: it may be damaged. Nothing was added.`)
}

async function inThread(file: UserFile, limit: number): Promise<ParsedFile> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(file, limit)), limit)
  })
  try {
    return await Promise.race([parseUserFile(file), timeout])
  } catch (error) {
    if (error instanceof DocumentRefusal) throw error
    console.error(`[documents] reading ${file.fileName} failed:`, error)
    throw unreadable(file)
  } finally {
    clearTimeout(timer)
  }
}

function inWorker(workerPath: string, file: UserFile, limit: number): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, {
      workerData: { fileName: file.fileName, bytes: file.bytes },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // The worker is one self-contained bundle: it takes none of this process's flags, such as a TypeScript loader
      // (tsx, in benchmarks and scripts) that would compile its 6 MB again on every parse.
      execArgv: [],
    })
    let settled = false
    const settle = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      outcome()
      void worker.terminate()
    }
    const timer = setTimeout(() => settle(() => reject(tooSlow(file, limit))), limit)
    worker.once('message', (message: unknown) => {
      const answer = workerAnswerSchema.safeParse(message)
      if (!answer.success) return settle(() => reject(unreadable(file)))
      const value = answer.data
      if (value.ok) return settle(() => resolve(value.parsed))
      if (value.refusal === null) console.error(`[documents] reading ${file.fileName} failed: ${value.detail}`)
      settle(() => reject(value.refusal === null ? unreadable(file) : new DocumentRefusal(value.refusal)))
    })
    worker.once('error', (error) => {
      console.error(`[documents] the reader of ${file.fileName} stopped:`, error)
      settle(() => reject(unreadable(file)))
    })
    worker.once('exit', () => settle(() => reject(unreadable(file))))
  })
}

function seconds(ms: number): string {
  const count = Math.max(1, Math.round(ms / 1000))
  return `${count} second${count === 1 ? '' : 's'}`
}
