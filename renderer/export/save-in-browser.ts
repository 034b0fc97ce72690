/**
 * How browser mode hands an export to the user: a download for text files,
 * the browser's print dialog for the PDF briefing (opened in its own tab,
 * where "Save as PDF" is one click).
 */

/** Offers `content` as a download named `fileName`. */
export function downloadText(fileName: string, content: string, mediaType: string): void {
  download(fileName, new Blob([content], { type: mediaType }))
}

/** Offers a binary file (a Word briefing), sent by the API as base64, as a download. */
export function downloadBase64(fileName: string, base64: string, mediaType: string): void {
  download(fileName, new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: mediaType }))
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; free the blob soon after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Opens the briefing page and asks the browser to print it. False if the tab could not open. */
export function printBriefing(briefingPath: string): boolean {
  const tab = window.open(new URL(`.${briefingPath}`, window.location.href).href, '_blank')
  if (!tab) return false
  tab.addEventListener('load', () => tab.print(), { once: true })
  return true
}
