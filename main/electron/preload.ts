/**
 * The sandboxed preload: exposes `window.readerApi` with exactly the
 * `ReaderApi` shape and nothing else. ipcRenderer itself never reaches the
 * page, so page script can only invoke the contract's methods. Kept tiny and
 * free of zod (types only from the contract): it runs on every page load.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { ApiInput, ApiMethod, ApiResult, ReaderApi } from '../../shared/api-contract'
import { isMenuCommand, MENU_COMMAND_CHANNEL } from '../../shared/menu-commands'
import { isOpenedFile, OPENED_FILE_CHANNEL } from '../../shared/opened-file'
import { decodeApiMethodsArg } from './preload-args'

/** The contract's method names, passed in by window.ts via additionalArguments. */
const methods = decodeApiMethodsArg(process.argv)

/** The API the renderer sees as `window.readerApi`. */
const readerApi: ReaderApi = {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
    // Only contract methods become IPC channels: page script cannot name any
    // other channel, whatever string it passes at runtime.
    if (typeof method !== 'string' || !methods.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'bad-request', message: `Unknown API method "${String(method).slice(0, 100)}".` } })
    }
    // Resolve, never reject: a refused or broken transport becomes the
    // contract's error envelope, as with the HTTP transport's failures.
    return (ipcRenderer.invoke(method, input) as Promise<ApiResult<M>>).catch(
      (error: unknown): ApiResult<M> => ({
        ok: false,
        error: { code: 'internal', message: `${method} could not reach the app: ${error instanceof Error ? error.message : String(error)}` },
      }),
    )
  },
  onMenuCommand(listener) {
    // Only a known command reaches the page; the event object (with its sender) never does.
    const handler = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler)
    }
  },
  onOpenedFile(listener) {
    // As with menu commands: only a well-formed file reaches the page, never the event.
    const handler = (_event: unknown, file: unknown) => {
      if (isOpenedFile(file)) listener({ fileName: file.fileName, bytes: file.bytes })
    }
    ipcRenderer.on(OPENED_FILE_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(OPENED_FILE_CHANNEL, handler)
    }
  },
}

contextBridge.exposeInMainWorld('readerApi', readerApi)
