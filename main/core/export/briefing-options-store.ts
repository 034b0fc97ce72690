/**
 * The briefing options of the last export, kept in the data folder
 * (briefing-options.json) so the next export starts from them. A small
 * versioned file: read through zod, so a damaged or foreign file gives the
 * defaults rather than a crash (it is a convenience, not the user's work,
 * and it is overwritten by the next save); written atomically.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { briefingOptionsSchema, DEFAULT_BRIEFING_OPTIONS, type BriefingOptions, type BriefingOptionsInput } from '../../../shared/briefing-options'
import { ApiFailure } from '../api-failure'
import { atomicWrite, errorMessage, syncDirectory } from '../notes/durable-files'
import { writeFailureKind } from '../notes/store-failure'

/** The file's name in the data folder. */
export const BRIEFING_OPTIONS_FILE = 'briefing-options.json'

/** The file's format version. */
const VERSION = 1

const fileSchema = z.object({ version: z.literal(VERSION), options: briefingOptionsSchema })

/** Reads and writes the remembered briefing options. */
export class BriefingOptionsStore {
  private readonly file: string

  constructor(private readonly dataDir: string) {
    this.file = path.join(dataDir, BRIEFING_OPTIONS_FILE)
  }

  /** The remembered options; the defaults when there are none, or the file cannot be read or is not ours. */
  async get(): Promise<BriefingOptions> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      return DEFAULT_BRIEFING_OPTIONS
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return DEFAULT_BRIEFING_OPTIONS
    }
    const parsed = fileSchema.safeParse(json)
    return parsed.success ? parsed.data.options : DEFAULT_BRIEFING_OPTIONS
  }

  /** Remembers `options` (cleaned) and returns them; a failed write is an ApiFailure naming its cause. */
  async set(options: BriefingOptionsInput): Promise<BriefingOptions> {
    const cleaned = briefingOptionsSchema.parse(options)
    const data = Buffer.from(`${JSON.stringify({ version: VERSION, options: cleaned }, null, 2)}\n`, 'utf8')
    try {
      await atomicWrite(this.file, data)
      await syncDirectory(this.dataDir)
    } catch (error) {
      // The export itself still runs: only remembering the choices failed.
      throw new ApiFailure(writeFailureKind(error), `The briefing options could not be remembered in ${this.dataDir}: ${errorMessage(error)}`)
    }
    return cleaned
  }
}
