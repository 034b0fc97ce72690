import { describe, expect, it } from 'vitest'
import { parseStartArgs, USAGE } from './cli-args'

describe('parseStartArgs', () => {
  it('defaults to Electron, any free port, the default data folder, and opening a browser', () => {
    expect(parseStartArgs([])).toEqual({ browser: false, port: 0, dataDir: undefined, open: true })
  })

  it('reads every option', () => {
    expect(parseStartArgs(['--browser', '--port', '8123', '--data-dir', '/tmp/notes', '--no-open'])).toEqual({
      browser: true,
      port: 8123,
      dataDir: '/tmp/notes',
      open: false,
    })
    expect(parseStartArgs(['--port=0', '--data-dir=relative/dir'])).toMatchObject({ port: 0, dataDir: 'relative/dir' })
  })

  it('accepts ports from 0 to 65535', () => {
    for (const port of ['0', '1', '80', '65535', '00080']) {
      expect(parseStartArgs(['--port', port]), port).toMatchObject({ port: Number(port) })
    }
  })

  it('rejects ports that are not whole numbers in range, naming the value', () => {
    for (const port of ['65536', '99999', '123456', 'abc', '8080x', '1e3', '0x50', '8.5', '', ' 80']) {
      expect(() => parseStartArgs(['--port', port]), JSON.stringify(port)).toThrow(`--port must be a number from 0 to 65535, not "${port}"`)
    }
  })

  it('rejects a negative port and a missing port value', () => {
    expect(() => parseStartArgs(['--port', '-1'])).toThrow()
    expect(() => parseStartArgs(['--port'])).toThrow(/--port/)
  })

  it('rejects an empty data folder', () => {
    for (const dir of ['', '   ']) {
      expect(() => parseStartArgs(['--data-dir', dir])).toThrow('--data-dir needs a folder')
    }
  })

  it('rejects unknown flags and stray arguments with an error naming them', () => {
    expect(() => parseStartArgs(['--brwoser'])).toThrow(/--brwoser/)
    expect(() => parseStartArgs(['-x'])).toThrow(/-x/)
    expect(() => parseStartArgs(['serve'])).toThrow(/serve/)
    expect(() => parseStartArgs(['--browser=yes'])).toThrow(/--browser/)
  })

  it('returns "help" for --help and -h, whatever else is given', () => {
    expect(parseStartArgs(['--help'])).toBe('help')
    expect(parseStartArgs(['-h'])).toBe('help')
    expect(parseStartArgs(['--browser', '--port', '99999', '--help'])).toBe('help')
  })

  it('documents every option in the usage text', () => {
    for (const option of ['--browser', '--port', '--data-dir', '--no-open']) expect(USAGE).toContain(option)
  })
})
