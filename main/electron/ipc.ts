/**
 * The IPC transport: one `ipcMain.handle` channel per API method, named after
 * the method. Each call is checked for its sender, then handed to the same
 * `dispatch` the browser-mode host uses, which validates the payload.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { apiMethods, type ApiMethod, type ApiResult } from '../../shared/api-contract'
import { dispatch } from '../core/api'
import type { ReaderCore } from '../core/reader-core'
import { isTrustedIpcSender } from './url-policy'

/**
 * Registers a handler for every contract method. `getWindow` returns the
 * reader window (or null while none is open); only its top-level frame,
 * showing app://reader, may call. Anything else is rejected before the core
 * sees it, so a stray or injected frame cannot read or write notes.
 */
export function registerIpcHandlers(core: ReaderCore, getWindow: () => BrowserWindow | null): void {
  for (const method of apiMethods) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResult<ApiMethod>> => {
      if (!isFromReaderWindow(event, getWindow())) {
        console.warn(`[ipc] refused ${method} from webContents ${event.sender.id}`)
        // Rejecting (rather than returning an error envelope) tells the
        // caller nothing about the API; the real renderer never sees this.
        return Promise.reject(new Error(`${method}: refused, the caller is not the reader window`))
      }
      return dispatch(core, method, payload)
    })
  }
}

/** Collects the facts about the sender and applies the pure policy. */
function isFromReaderWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  try {
    const frame = event.senderFrame
    const contents = window !== null && !window.isDestroyed() ? window.webContents : null
    const mainFrame = contents?.mainFrame ?? null
    const live = frame !== null && !frame.detached
    return isTrustedIpcSender({
      senderContentsId: event.sender.id,
      windowContentsId: contents?.id ?? null,
      // The main frame of our window, compared by process and routing id,
      // not merely some frame without a parent.
      isMainFrame:
        live &&
        mainFrame !== null &&
        frame.parent === null &&
        frame.processId === mainFrame.processId &&
        frame.routingId === mainFrame.routingId,
      frameUrl: live ? frame.url : null,
    })
  } catch {
    // Electron throws when a frame is disposed mid-call: such a caller is refused.
    return false
  }
}
