/** Which keyboard conventions the page should show: ⌘ on a Mac, Ctrl elsewhere. */

/** True on macOS (and iPadOS with a keyboard), where the mod key is ⌘. */
export function isMac(): boolean {
  return /^(Mac|iP)/.test(navigator.platform)
}

/** True if `target` takes typed text, so single-key shortcuts such as "?" must leave it alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(target.type)
}
