import { describe, expect, it } from 'vitest'
import { apiMethods } from '../../shared/api-contract'
import { decodeApiMethodsArg, encodeApiMethodsArg } from './preload-args'

describe('api methods argument', () => {
  it('round-trips every contract method', () => {
    const argv = ['/opt/foc-reader/foc-reader', '--type=renderer', encodeApiMethodsArg(apiMethods), '--enable-sandbox']
    expect([...decodeApiMethodsArg(argv)]).toEqual(apiMethods)
  })

  it('yields no methods when the argument is missing', () => {
    expect(decodeApiMethodsArg(['electron', '--type=renderer']).size).toBe(0)
  })

  it('keeps names with dots intact and drops empty entries', () => {
    expect([...decodeApiMethodsArg([encodeApiMethodsArg(['notes.list', '', 'app.info'])])]).toEqual(['notes.list', 'app.info'])
  })
})
