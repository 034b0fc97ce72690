/**
 * `npm start` with a data folder it cannot use: the built CLI says what is
 * wrong, where, and what to do in two lines, exits 1, prints no stack trace,
 * and names a log file that holds it.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from './fixtures'
import { repoRoot, startScript } from './support/paths'

/** Runs the built CLI in browser mode on `dataDir` until it exits. */
function runStart(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [startScript, '--browser', '--no-open', '--port', '0', '--data-dir', dataDir], { cwd: repoRoot, env: { ...process.env, CI: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

test.describe('an unusable data folder', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'runs the browser-mode CLI')
  test.beforeAll(() => {
    if (!existsSync(startScript)) throw new Error(`${startScript} does not exist: run \`npm run build\` first.`)
  })

  const cases: ReadonlyArray<{ name: string; setUp: (dir: string) => Promise<string>; problem: (target: string) => string }> = [
    {
      name: 'a data folder that is a file',
      setUp: async (dir) => {
        const file = path.join(dir, 'data')
        await writeFile(file, 'not a folder')
        return file
      },
      problem: (target) => `FOC Reader cannot use ${target} as its data folder: it is a file, not a folder.`,
    },
    {
      name: 'a data folder under a file',
      setUp: async (dir) => {
        await writeFile(path.join(dir, 'data'), 'not a folder')
        return path.join(dir, 'data', 'notes')
      },
      problem: (target) => `FOC Reader cannot use ${target} as its data folder: part of that path is a file, not a folder.`,
    },
    {
      name: 'notes.json that is a folder',
      setUp: async (dir) => {
        await mkdir(path.join(dir, 'notes.json'))
        return dir
      },
      problem: (target) => `FOC Reader cannot read your notes: ${path.join(target, 'notes.json')} is a folder, not a file.`,
    },
  ]

  for (const { name, setUp, problem } of cases) {
    test(`says what is wrong with ${name}, exits 1, and keeps the stack in a log`, async ({ dataDir }) => {
      const target = await setUp(dataDir)
      const { code, stdout, stderr } = await runStart(target)
      expect(code).toBe(1)
      expect(stdout).not.toContain('Reader ready')
      const lines = stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(2)
      expect(lines[0]).toBe(problem(target))
      expect(stderr).not.toMatch(/^\s+at /m)
      const log = /\(Details: (\S+\.log)\)$/.exec(lines[1] ?? '')?.[1]
      expect(log, lines[1]).toBeDefined()
      expect(await readFile(log ?? '', 'utf8')).toMatch(/DataDirError[\s\S]*\n\s+at /)
      await rm(log ?? '', { force: true })
    })
  }
})
