// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'

// Layer boundaries. Each zone lists what its files may not import, as regexes on the import specifier,
// so one definition serves both static imports (no-restricted-imports) and `import()` (no-restricted-syntax).
// Relative specifiers are matched by the top-level folder they climb into (`../../main/…`): no folder inside a
// zone shares a name with a top-level one, so the match is exact for this tree.

/** A forbidden import: the specifier regex and the reason shown to whoever writes it. */
const ban = (/** @type {string} */ regex, /** @type {string} */ message) => ({ regex, message })
/** Relative imports that climb into one of the given top-level folders. */
const into = (/** @type {string[]} */ dirs) => `^(?:\\.\\./)+(?:${dirs.join('|')})/`

const noNode = ban(
  `^(?:node:.*|(?:${builtinModules.join('|')})(?:/.*)?)$`,
  'Node built-ins do not exist in the sandboxed renderer; keep this code pure or move it to main/.',
)
const noElectron = ban('^electron(?:/.*)?$', 'Only main/electron may import Electron.')
// Packages that need Node; the renderer and shared/ run in a browser page.
const noNodeOnlyPackages = ban(
  '^(?:write-file-atomic|esbuild|tsx|vite|electron-builder|@doyensec/electronegativity|@playwright/test|@axe-core/playwright)(?:/.*)?$',
  'This package needs Node; the renderer and shared/ run in a browser page.',
)

const rendererBans = [
  noNode, noElectron, noNodeOnlyPackages,
  ban(into(['main', 'scripts', 'e2e', 'content', 'build', 'dist', 'resources']), 'The renderer imports only renderer/ and shared/: it talks to the core through the API contract.'),
]
const sharedBans = [
  noNode, noElectron, noNodeOnlyPackages,
  ban(into(['main', 'renderer', 'scripts', 'e2e', 'content', 'build', 'dist', 'resources']), 'shared/ is pure: it imports nothing from the rest of the tree.'),
]
const coreFixtureBans = [
  noElectron,
  ban(into(['electron', 'browser', 'renderer']), 'main/core runs under plain Node with no host: it never imports a host or the renderer.'),
]
const coreBans = [...coreFixtureBans, ban(into(['scripts']), 'main/core ships in the app; scripts/ is build and benchmark tooling.')]
const hostingBans = [noElectron, ban(into(['electron', 'browser', 'renderer', 'scripts']), 'main/hosting is shared by both hosts: it imports neither host, the renderer nor scripts/.')]
const browserHostBans = [noElectron, ban(into(['electron', 'renderer', 'scripts']), 'Browser mode runs without Electron: no main/electron, renderer or scripts/ import.')]
const electronHostBans = [ban(into(['browser', 'renderer', 'scripts']), 'The Electron shell loads the renderer as a page; it imports no browser-mode host, renderer or scripts/ code.')]
const scriptsBans = [noElectron, ban(into(['renderer']), 'Scripts run under Node: no renderer import.')]

/** The two rules that enforce one zone's bans, for static and dynamic imports alike. */
function layerRules(/** @type {{ regex: string, message: string }[]} */ bans) {
  return {
    'no-restricted-imports': ['error', { patterns: bans }],
    // esquery regexes cannot hold a '/', so it is spelt \x2F there.
    'no-restricted-syntax': ['error', ...bans.map(({ regex, message }) => ({
      selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
      message,
    }))],
  }
}

/** Tests and their fixture builders: they may use scripts/ (the real content pipeline builds their library). */
const coreTestFiles = ['main/core/**/*.test.ts', 'main/core/**/testing/**/*.ts']

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'release/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRules(rendererBans),
    },
  },
  { files: ['shared/**/*.{ts,tsx}'], rules: layerRules(sharedBans) },
  { files: ['main/core/**/*.{ts,tsx}'], rules: layerRules(coreBans) },
  { files: coreTestFiles, rules: layerRules(coreFixtureBans) },
  { files: ['main/hosting/**/*.ts'], rules: layerRules(hostingBans) },
  { files: ['main/browser/**/*.ts'], rules: layerRules(browserHostBans) },
  { files: ['main/electron/**/*.ts'], rules: layerRules(electronHostBans) },
  { files: ['scripts/**/*.ts'], rules: layerRules(scriptsBans) },
)
