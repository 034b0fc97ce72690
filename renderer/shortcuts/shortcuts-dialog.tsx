/**
 * The keyboard shortcuts dialog ("?"): every shortcut in the shared list,
 * grouped by where it applies, written for this platform (Ctrl or ⌘). A
 * native modal dialog: it traps focus, Esc closes it, and focus returns to
 * where it was.
 */
import { useEffect, useId, useRef } from 'react'
import { comboKeys, SHORTCUT_GROUPS, SHORTCUTS, type KeyCombo } from '../../shared/keyboard-shortcuts'
import { isMac } from '../ui/platform'
import '../export/modal.css'
import './shortcuts-dialog.css'

/** The dialog, open while mounted; `onClose` unmounts it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const mac = isMac()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog ref={dialogRef} className="modal shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {SHORTCUTS.filter((entry) => entry.group === group).map((entry) => (
              <div key={entry.id} className="shortcut-row" data-shortcut={entry.id}>
                <dt>{entry.description}</dt>
                <dd>
                  {entry.combos.map((combo, index) => (
                    <span key={index}>
                      {index > 0 && <span className="shortcut-or"> or </span>}
                      <Combo combo={combo} mac={mac} />
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="modal-actions">
        <button type="button" className="button button-primary" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}

function Combo({ combo, mac }: { combo: KeyCombo; mac: boolean }) {
  const keys = comboKeys(combo, mac)
  return (
    <kbd className="shortcut-combo">
      {keys.map((key, index) => (
        <span key={index}>
          {index > 0 && !mac && <span className="shortcut-plus">+</span>}
          <kbd>{key}</kbd>
        </span>
      ))}
    </kbd>
  )
}
