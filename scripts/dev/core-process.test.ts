import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserServer } from '../../main/browser/server'
import { parseReadyLine } from './core-process'

describe('parseReadyLine', () => {
  it('reads the origin and token from the line `npm start` prints for a real server', async () => {
    const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'foc-dev-'))
    const token = 'AbC-123_xyz'
    const server = await startBrowserServer({ rendererDir, token, port: 0, dispatch: () => Promise.reject(new Error('unused')) })
    try {
      // main/browser/start.ts prints exactly this.
      expect(parseReadyLine(`Reader ready at ${server.url}`)).toEqual({ origin: `http://127.0.0.1:${server.port}`, token })
    } finally {
      await server.close()
      await rm(rendererDir, { recursive: true, force: true })
    }
  })

  it('ignores every other line', () => {
    expect(parseReadyLine('Notes folder: /tmp/x. Press Ctrl+C to stop.')).toBeNull()
    expect(parseReadyLine('Reader ready at http://example.org:80/#token=abc')).toBeNull()
    expect(parseReadyLine('Reader ready at http://127.0.0.1:8080/')).toBeNull()
  })
})
