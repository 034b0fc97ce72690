/**
 * The renderer's only way to reach the core. Wraps a transport (IPC or
 * HTTP) and validates every response against the shared contract, because
 * data crossing a process boundary is checked on both sides.
 */
import {
  apiContract,
  describeIssues,
  type ApiErrorCode,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ReaderApi,
} from '../../shared/api-contract'

/** A call that failed, with the core's code and a message for people. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'transport',
    message: string,
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

/** Typed, validated access to the API. */
export class ApiClient {
  constructor(private readonly transport: ReaderApi) {}

  /** Calls `method`; resolves with its validated output or rejects with {@link ApiCallError}. */
  async request<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    let result: unknown
    try {
      result = await this.transport.call(method, input)
    } catch (error) {
      throw new ApiCallError('transport', `Could not reach the reader's core (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (typeof result !== 'object' || result === null || !('ok' in result)) {
      throw new ApiCallError('transport', `The core sent a malformed reply to ${method}.`)
    }
    if (result.ok !== true) {
      const error = 'error' in result ? (result.error as { code?: ApiErrorCode; message?: string }) : {}
      throw new ApiCallError(error.code ?? 'internal', error.message ?? `${method} failed.`)
    }
    const parsed = apiContract[method].output.safeParse('value' in result ? result.value : undefined)
    if (!parsed.success) {
      throw new ApiCallError('transport', `The core's reply to ${method} is not valid: ${describeIssues(parsed.error.issues)}`)
    }
    return parsed.data as ApiOutput<M>
  }
}
