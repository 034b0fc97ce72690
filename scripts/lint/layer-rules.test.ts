import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const layerRuleIds = new Set(['no-restricted-imports', 'no-restricted-syntax'])

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') })
})

/** Whether the project's lint config reports a layer violation for `code` written at `file` (repo-relative). */
async function isRefused(code: string, file: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).some((m) => m.ruleId !== null && layerRuleIds.has(m.ruleId))
}

/** A static and a dynamic import of `specifier`, each checked on its own. */
const staticImport = (specifier: string): string => `import '${specifier}'\n`
const dynamicImport = (specifier: string): string => `export const load = () => import('${specifier}')\n`

type Case = readonly [file: string, specifier: string]

const refused: Case[] = [
  // The renderer: only renderer/ and shared/, no Node, no Electron, no Node-only packages.
  ['renderer/notes/note-card.tsx', 'node:fs'],
  ['renderer/notes/note-card.tsx', 'fs/promises'],
  ['renderer/notes/note-card.tsx', 'path'],
  ['renderer/notes/note-card.tsx', 'electron'],
  ['renderer/notes/note-card.tsx', 'write-file-atomic'],
  ['renderer/notes/note-card.tsx', '../../main/core/api'],
  ['renderer/notes/note-card.tsx', '../../main/electron/preload'],
  ['renderer/notes/note-card.tsx', '../../scripts/content/parse-document'],
  ['renderer/app.tsx', '../main/browser/server'],
  ['renderer/notes/note-card.test.ts', '../../main/core/testing/test-library'],
  // shared/: pure.
  ['shared/notes/note-text.ts', 'node:path'],
  ['shared/notes/note-text.ts', 'crypto'],
  ['shared/notes/note-text.ts', 'electron'],
  ['shared/notes/note-text.ts', '../../renderer/notes/note-card'],
  ['shared/notes/note-text.ts', '../../main/core/api'],
  ['shared/api-contract.ts', '../scripts/content/parse-document'],
  // main/core: no host, no Electron, no renderer, no scripts/ in shipped code.
  ['main/core/notes/notes-service.ts', 'electron'],
  ['main/core/notes/notes-service.ts', 'electron/main'],
  ['main/core/notes/notes-service.ts', '../../electron/app'],
  ['main/core/api.ts', '../browser/server'],
  ['main/core/api.ts', '../../renderer/app'],
  ['main/core/notes/notes-service.ts', '../../../scripts/content/parse-document'],
  // Its tests may use scripts/, but still no Electron.
  ['main/core/notes/notes-service.test.ts', 'electron'],
  ['main/core/testing/test-library.ts', '../electron/app'],
  // The hosts keep to their own side.
  ['main/hosting/static-files.ts', '../electron/protocol'],
  ['main/browser/server.ts', 'electron'],
  ['main/electron/app.ts', '../browser/server'],
]

const allowed: Case[] = [
  ['renderer/notes/note-card.tsx', 'react'],
  ['renderer/notes/note-card.tsx', '../../shared/api-contract'],
  ['renderer/notes/note-card.tsx', '../search/search-marks'],
  // renderer/main.tsx is a file inside the renderer, not main/.
  ['renderer/notes/note-card.tsx', '../main'],
  ['shared/notes/note-text.ts', 'zod'],
  ['shared/notes/note-text.ts', '../anchoring/code-points'],
  ['main/core/api.ts', 'node:fs/promises'],
  ['main/core/api.ts', '../../shared/api-contract'],
  ['main/core/notes/notes-service.test.ts', '../../../scripts/content/parse-document'],
  ['main/core/testing/test-library.ts', '../../../scripts/content/parse-document'],
  ['main/electron/app.ts', 'electron'],
  ['main/electron/app.ts', '../core/reader-core'],
  ['main/browser/server.ts', '../core/api'],
]

describe('layer rules in eslint.config.js', () => {
  it.each(refused)('refuses %s importing %s', async (file, specifier) => {
    expect(await isRefused(staticImport(specifier), file), 'static import').toBe(true)
    expect(await isRefused(dynamicImport(specifier), file), 'dynamic import()').toBe(true)
  })

  it.each(allowed)('lets %s import %s', async (file, specifier) => {
    expect(await isRefused(staticImport(specifier), file), 'static import').toBe(false)
    expect(await isRefused(dynamicImport(specifier), file), 'dynamic import()').toBe(false)
  })
})
