import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDataDirArg } from './launch-args'

const cwd = path.resolve('/home/delegate')

describe('parseDataDirArg', () => {
  it('is absent when not given', () => {
    expect(parseDataDirArg(['/opt/FOC Reader/foc-reader'], cwd)).toEqual({ kind: 'absent' })
    expect(parseDataDirArg(['/usr/bin/electron', 'dist/main/electron-main.cjs', '--no-sandbox'], cwd)).toEqual({ kind: 'absent' })
  })

  it('reads the separate and the = forms, resolving relative folders', () => {
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir', '/tmp/notes'], cwd)).toEqual({ kind: 'given', dataDir: path.resolve('/tmp/notes') })
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir=test-data'], cwd)).toEqual({
      kind: 'given',
      dataDir: path.join(cwd, 'test-data'),
    })
  })

  it('finds it among Chromium switches, last one winning', () => {
    const argv = ['electron', '--inspect=0', 'main.cjs', '--data-dir', 'a', '--remote-debugging-port=0', '--data-dir=b']
    expect(parseDataDirArg(argv, cwd)).toEqual({ kind: 'given', dataDir: path.join(cwd, 'b') })
  })

  it('reports a missing or empty folder', () => {
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir'], cwd)).toMatchObject({ kind: 'invalid' })
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir', '--inspect'], cwd)).toMatchObject({ kind: 'invalid' })
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir='], cwd)).toMatchObject({ kind: 'invalid' })
    expect(parseDataDirArg(['electron', 'main.cjs', '--data-dir=  '], cwd)).toMatchObject({ kind: 'invalid' })
  })
})
