/**
 * Bundles the main-process entry points with esbuild: the Electron main and
 * preload (CommonJS, as a sandboxed preload must be), the `npm start`
 * entry (ESM for Node; its runtime dependencies stay external) and the
 * worker that parses added documents (CommonJS, self-contained).
 */
import { build, type BuildOptions } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'dist', 'main')

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
}

const entries: BuildOptions[] = [
  { ...common, entryPoints: ['main/browser/start.ts'], outfile: path.join(outdir, 'start.mjs'), format: 'esm', packages: 'external' },
  {
    ...common,
    entryPoints: ['main/electron/app.ts'],
    outfile: path.join(outdir, 'electron-main.cjs'),
    format: 'cjs',
    // The window's host always reads added files in the worker below, which has pdf.js bundled in: the main
    // bundle does not carry pdf.js's 3.7 MB, which would only slow its start.
    external: ['electron', 'pdfjs-dist'],
  },
  // The parser of added documents runs in a worker thread, in both hosts: everything it needs is bundled in.
  { ...common, entryPoints: ['main/core/documents/parse-worker.ts'], outfile: path.join(outdir, 'parse-worker.cjs'), format: 'cjs' },
  {
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    format: 'cjs',
    platform: 'node',
    external: ['electron'],
  },
]

await Promise.all(entries.map((entry) => build(entry)))
console.log(`main: bundled ${entries.length} entry point(s) -> dist/main/`)
