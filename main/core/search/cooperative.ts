/**
 * Long work written as generators that yield now and then, so one caller
 * can run it to the end at once and another can run it in slices, letting
 * the event loop answer other requests between them. A search runs on the
 * core's only thread: without slices, one heavy query holds every other
 * call (app.info included) until it is done.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'

/** Work that yields (undefined) at points where it may pause, and returns T. */
export type Steps<T> = Generator<undefined, T, undefined>

/** Longest a slice runs before giving the event loop a turn. */
export const SLICE_MS = 8

/** Runs `steps` to the end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs `steps` in slices of about `sliceMs`, giving the event loop a turn between them. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn()
      sliceStart = performance.now()
    }
  }
}
