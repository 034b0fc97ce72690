/** For API tests: a call's value, checked against the contract's output schema. */
import { expect } from 'vitest'
import { apiContract, type ApiMethod, type ApiOutput, type ApiResult } from '../../../shared/api-contract'

/** The value of a successful `method` call (fails the test on an error or a value the contract refuses). */
export function expectApiValue<M extends ApiMethod>(method: M, result: ApiResult<ApiMethod>): ApiOutput<M> {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  expect(apiContract[method].output.safeParse(result.value).success).toBe(true)
  return result.value as ApiOutput<M>
}
