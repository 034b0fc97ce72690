import { describe, expect, it } from 'vitest'
import { isOpenedFile } from './opened-file'

describe('isOpenedFile', () => {
  it('takes a plain file name with its bytes', () => {
    expect(isOpenedFile({ fileName: 'draft.pdf', bytes: new Uint8Array([37, 80, 68, 70]) })).toBe(true)
  })

  it('refuses anything else arriving on the channel', () => {
    expect(isOpenedFile(null)).toBe(false)
    expect(isOpenedFile('draft.pdf')).toBe(false)
    expect(isOpenedFile({ fileName: 'draft.pdf', bytes: [37, 80] })).toBe(false)
    expect(isOpenedFile({ fileName: '', bytes: new Uint8Array() })).toBe(false)
    expect(isOpenedFile({ fileName: '../../etc/passwd', bytes: new Uint8Array() })).toBe(false)
    expect(isOpenedFile({ fileName: 'a'.repeat(256), bytes: new Uint8Array() })).toBe(false)
  })
})
