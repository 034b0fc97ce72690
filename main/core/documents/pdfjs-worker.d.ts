/**
 * pdf.js ships no types for its worker module; the reader only hands its
 * message handler back to pdf.js (see parse-pdf.ts), so that is all it needs.
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The handler pdf.js's in-thread ("fake") worker runs. */
  export const WorkerMessageHandler: unknown
}
