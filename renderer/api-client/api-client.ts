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

/** Calls that only read, which start-up may make before the app asks for them. */
export type PrefetchableMethod = 'app.info' | 'library.list' | 'reading.get' | 'document.get'

/** Typed, validated access to the API. */
export class ApiClient {
  /** Answers started early, each taken by the first request that asks the same. */
  private readonly early = new Map<string, Promise<unknown>>()

  constructor(private readonly transport: ReaderApi) {}

  /**
   * Starts a read-only call now; the first identical request takes its
   * answer instead of asking again. Start-up uses it to ask the core for
   * what the first screen needs while the app's own code is still loading.
   */
  prefetch<M extends PrefetchableMethod>(method: M, input: ApiInput<M>): void {
    const key = requestKey(method, input)
    if (this.early.has(key)) return
    const answer = this.call(method, input)
    // A failure is the asking request's to report; until then it is not unhandled.
    answer.catch(() => undefined)
    this.early.set(key, answer)
  }

  /** Calls `method`; resolves with its validated output or rejects with {@link ApiCallError}. */
  request<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const key = requestKey(method, input)
    const early = this.early.get(key)
    if (early) {
      this.early.delete(key)
      return early as Promise<ApiOutput<M>>
    }
    return this.call(method, input)
  }

  private async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
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

function requestKey(method: ApiMethod, input: unknown): string {
  return `${method} ${JSON.stringify(input)}`
}
