/** Paths the e2e suite needs, resolved from this file (e2e/support/). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The browser-mode entry built by `npm run build`. */
export const startScript = path.join(repoRoot, 'dist', 'main', 'start.mjs')

/** The Electron main-process bundle built by `npm run build`. */
export const electronMainScript = path.join(repoRoot, 'dist', 'main', 'electron-main.cjs')

/** The renderer build's entry page. */
export const rendererIndex = path.join(repoRoot, 'dist', 'renderer', 'index.html')
