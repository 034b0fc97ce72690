/**
 * The worker thread that parses one user file (see parse-runner.ts): a
 * hostile or huge file then costs this thread, which the app can stop,
 * never the one that answers API calls. Bundled as its own entry
 * (dist/main/parse-worker.cjs) by scripts/build-main.ts.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { DocumentRefusal } from './document-refusal'
import { parseUserFile, type UserFile } from './parse-file'

const port = parentPort
if (port) {
  const input = workerData as UserFile
  parseUserFile({ fileName: input.fileName, bytes: input.bytes }).then(
    (parsed) => port.postMessage({ ok: true, parsed }),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        refusal: error instanceof DocumentRefusal ? error.message : null,
        detail: error instanceof Error ? error.message : String(error),
      }),
  )
}
