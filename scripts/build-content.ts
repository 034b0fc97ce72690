/**
 * `npm run build:content`: validates content/ (documents, timeline, glossary,
 * editorial links) and writes build/content/ (library.json and search-index.json). Skips the work when neither the
 * content nor the pipeline changed since the last build; --force rebuilds.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildLibrary, ContentValidationError } from './content/build-library'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const contentDir = path.join(root, 'content')
const outDir = path.join(root, 'build', 'content')
const stampFile = path.join(outDir, '.stamp')

/** Inputs whose change means the output is stale. */
const pipelineDirs = [contentDir, path.join(root, 'scripts', 'content'), path.join(root, 'shared'), path.join(root, 'main', 'core', 'search')]

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of pipelineDirs) {
    for (const file of await listFiles(dir)) {
      hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force')
  const hash = await inputsHash()
  const previous = await readFile(stampFile, 'utf8').catch(() => '')
  if (!force && previous === hash) {
    console.log('content: up to date')
    return
  }
  const started = performance.now()
  const { library, indexText } = await buildLibrary(contentDir, root)
  await mkdir(outDir, { recursive: true })
  await writeAtomically(path.join(outDir, 'library.json'), JSON.stringify(library))
  await writeAtomically(path.join(outDir, 'search-index.json'), indexText)
  await writeAtomically(stampFile, hash)
  const blocks = library.documents.reduce((sum, document) => sum + document.blocks.length, 0)
  console.log(
    `content: ${library.documents.length} document(s), ${blocks} blocks indexed, ${library.timeline.length} timeline entries, ` +
      `${library.glossary.length} glossary terms, ${library.editorial.length} editorial annotations ` +
      `in ${Math.round(performance.now() - started)} ms -> ${path.relative(root, outDir)}/`,
  )
}

main().catch((error: unknown) => {
  if (error instanceof ContentValidationError) {
    console.error(error.message)
  } else {
    console.error('content build failed:', error)
  }
  process.exitCode = 1
})
