/**
 * Checks, before anything opens it, that the data folder can hold notes: it
 * is a folder (or can be made one), this user may write in it, and a
 * notes.json in it is a readable file. Each problem becomes a DataDirError
 * whose message says what is wrong, where, and what to do, in two lines fit
 * for a terminal or a dialog, instead of a stack trace.
 */
import { constants } from 'node:fs'
import { access, mkdir, open, stat } from 'node:fs/promises'
import path from 'node:path'
import { errorCode } from './notes/durable-files'
import { NOTES_FILE_NAME } from './notes/notes-recovery'

/** An unusable data folder; `message` is two lines: the problem, then what to do. */
export class DataDirError extends Error {
  constructor(
    /** The folder or file at fault. */
    readonly path: string,
    readonly problem: string,
    readonly remedy: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}\n${remedy}`, options)
    this.name = 'DataDirError'
  }
}

/** The file-system calls the check makes, replaceable in tests (root passes every permission check). */
export interface DataDirProbe {
  access(file: string, mode: number): Promise<void>
}

const OTHER_FOLDER = 'or start FOC Reader with --data-dir and a folder you can write to'

/** Creates `dataDir` if need be; throws a DataDirError when notes cannot be kept there. */
export async function checkDataDir(dataDir: string, probe: DataDirProbe = { access }): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true })
  } catch (error) {
    throw folderError(dataDir, error)
  }
  const info = await stat(dataDir).catch((error: unknown) => {
    throw folderError(dataDir, error)
  })
  if (!info.isDirectory()) throw folderError(dataDir, null, 'EEXIST')
  try {
    await probe.access(dataDir, constants.W_OK | constants.X_OK)
  } catch (error) {
    throw new DataDirError(dataDir, `FOC Reader cannot write to its data folder ${dataDir} (${why(error)}).`, `Give yourself write permission on it, ${OTHER_FOLDER}.`, { cause: error })
  }
  await checkNotesFile(path.join(dataDir, NOTES_FILE_NAME), probe)
}

async function checkNotesFile(file: string, probe: DataDirProbe): Promise<void> {
  const info = await stat(file).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw new DataDirError(file, `FOC Reader cannot read your notes file ${file} (${why(error)}).`, 'Check that the disk is connected and readable, then start FOC Reader again.', { cause: error })
  })
  if (info === null) return
  if (!info.isFile()) {
    throw new DataDirError(
      file,
      `FOC Reader cannot read your notes: ${file} is a folder, not a file.`,
      'Move or rename that folder, then start FOC Reader again.',
    )
  }
  try {
    await probe.access(file, constants.R_OK)
    await (await open(file, 'r')).close()
  } catch (error) {
    throw new DataDirError(file, `FOC Reader cannot read your notes file ${file} (${why(error)}).`, 'Give yourself read and write permission on it, then start FOC Reader again.', { cause: error })
  }
}

function folderError(dataDir: string, error: unknown, code = errorCode(error)): DataDirError {
  if (code === 'EEXIST') {
    return new DataDirError(dataDir, `FOC Reader cannot use ${dataDir} as its data folder: it is a file, not a folder.`, `Move that file away, ${OTHER_FOLDER}.`, { cause: error })
  }
  if (code === 'ENOTDIR') {
    return new DataDirError(dataDir, `FOC Reader cannot use ${dataDir} as its data folder: part of that path is a file, not a folder.`, `Start FOC Reader with --data-dir and another folder.`, { cause: error })
  }
  return new DataDirError(dataDir, `FOC Reader cannot create its data folder ${dataDir} (${why(error)}).`, `Create it yourself, ${OTHER_FOLDER}.`, { cause: error })
}

/** A short reason for people, from an error code. */
function why(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EIO':
      return 'the disk could not be read'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
