/**
 * Bundles the parse worker as scripts/build-main.ts does (one self-contained
 * CommonJS file), for tests and benchmarks that need the real worker
 * without a full build.
 */
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Writes the bundled worker to `outfile` and returns its path. */
export async function bundleParseWorker(outfile: string): Promise<string> {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'parse-worker.ts')
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' })
  return outfile
}
