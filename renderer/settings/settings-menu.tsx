/**
 * The reading-settings menu in the top bar: theme, text size, line spacing,
 * column width, typeface, paragraph numbers and the publisher's layer. A
 * disclosure button with radio groups and checkboxes, closable with Escape.
 * Each change applies at once.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ReadingSettings } from './reading-settings'
import { CHOICE_GROUPS, TOGGLES } from './settings-choices'
import './settings-menu.css'

/** The settings button and its popover. */
export function SettingsMenu({ settings, onChange }: { settings: ReadingSettings; onChange: (next: ReadingSettings) => void }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  return (
    <div
      className="settings-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="icon-button-glyph">
          Aa
        </span>
        <span className="icon-button-label">Reading settings</span>
      </button>
      {open && (
        <div id={panelId} className="settings-panel" role="group" aria-label="Reading settings">
          {CHOICE_GROUPS.map(({ setting, legend, options }) => (
            <fieldset key={setting}>
              <legend>{legend}</legend>
              {options.map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${panelId}-${setting}`}
                    value={value}
                    checked={settings[setting] === value}
                    onChange={() => onChange({ ...settings, [setting]: value })}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          ))}
          {TOGGLES.map(({ setting, legend, label }) => (
            <fieldset key={setting}>
              <legend>{legend}</legend>
              <label className="choice">
                <input type="checkbox" checked={settings[setting]} onChange={(event) => onChange({ ...settings, [setting]: event.target.checked })} />
                {label}
              </label>
            </fieldset>
          ))}
        </div>
      )}
    </div>
  )
}
