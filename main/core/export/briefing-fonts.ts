/**
 * The briefing's own fonts: Source Serif 4 for the text and Inter for the
 * small labels, the reader's faces (@fontsource),
 * embedded in the print page as data: URLs so the PDF carries them and looks
 * the same on every machine. The page's CSP allows fonts from data: only.
 *
 * The files are found where the app keeps them: in development and in
 * browser mode in node_modules; in the packaged app in resources/fonts
 * (electron-builder's extraResources copies them there). Arabic and CJK
 * are not bundled (their Noto faces run to megabytes): they fall back to
 * the system's faces in the stack.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The embedded family names, first in the briefing's font stacks. */
export const BUNDLED_SERIF = 'Briefing Source Serif 4'
/** The labels' embedded family. */
export const BUNDLED_SANS = 'Briefing Inter'

/** A script subset: the file's subset name and the characters it covers (as @fontsource declares them). */
const SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
} as const

interface Face {
  readonly family: string
  /** File name without subset: `${prefix}-${subset}-${suffix}.woff2`. */
  readonly prefix: string
  readonly suffix: string
  readonly weight: 400 | 600
  readonly style: 'normal' | 'italic'
}

/**
 * Static cuts, not the variable faces the reader uses: Chromium's PDF
 * backend writes variable fonts as nameless Type 3 outlines (no text
 * search quality, no font names), static ones as embedded TrueType subsets.
 * The weights and styles are the ones the stylesheet sets.
 */
const FACES: readonly Face[] = [
  ...(['normal', 'italic'] as const).flatMap((style) =>
    ([400, 600] as const).map((weight) => ({ family: BUNDLED_SERIF, prefix: 'source-serif-4', suffix: `${weight}-${style}`, weight, style })),
  ),
  ...([400, 600] as const).map((weight) => ({ family: BUNDLED_SANS, prefix: 'inter', suffix: `${weight}-normal`, weight, style: 'normal' as const })),
]

/** Folders that may hold the font files, most likely first. */
export function bundledFontDirs(): string[] {
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return [
    path.resolve('node_modules', '@fontsource', 'source-serif-4', 'files'),
    path.resolve('node_modules', '@fontsource', 'inter', 'files'),
    ...(resources === undefined ? [] : [path.join(resources, 'fonts')]),
  ]
}

let cached: { key: string; css: string } | null = null

/**
 * @font-face rules with the bundled faces as data: URLs, for the print
 * page's stylesheet; read once and kept. Faces whose file is not found are
 * left out (the stack's system faces then print instead).
 */
export function bundledFontFaces(dirs: readonly string[] = bundledFontDirs()): string {
  const key = dirs.join('\n')
  if (cached?.key === key) return cached.css
  const listings = dirs.filter((dir) => existsSync(dir)).map((dir) => ({ dir, names: readdirSync(dir) }))
  const rules = FACES.flatMap((face) =>
    Object.entries(SUBSETS).flatMap(([subset, range]) => {
      const base = `${face.prefix}-${subset}-${face.suffix}`
      const file = findFile(listings, base)
      if (file === null) return []
      const data = readFileSync(file).toString('base64')
      return [
        `@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weight}; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${range}; }`,
      ]
    }),
  )
  cached = { key, css: rules.join('\n') }
  return cached.css
}

/** `base`.woff2 in the first folder that has it. */
function findFile(listings: ReadonlyArray<{ dir: string; names: readonly string[] }>, base: string): string | null {
  for (const { dir, names } of listings) {
    const name = names.find((candidate) => candidate === `${base}.woff2`)
    if (name !== undefined) return path.join(dir, name)
  }
  return null
}
