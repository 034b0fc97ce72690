/** The packaging config: valid for the installed electron-builder, with the hardening fuses set. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const config = parse(readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean }

describe('electron-builder.yml', () => {
  it('is valid against the installed electron-builder’s schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema)
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })

  it('packs the app into app.asar and sets the fuses that make it the only, validated, code loaded', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})
