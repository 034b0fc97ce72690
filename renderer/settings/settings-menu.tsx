/**
 * The reading-settings menu in the top bar: theme and text size. A
 * disclosure button with radio groups, closable with Escape.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ReadingSettings } from './reading-settings'
import './settings-menu.css'

const THEMES: ReadonlyArray<[ReadingSettings['theme'], string]> = [
  ['system', 'Match system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
]

const SIZES: ReadonlyArray<[ReadingSettings['textSize'], string]> = [
  ['small', 'Small'],
  ['medium', 'Medium'],
  ['large', 'Large'],
  ['x-large', 'Extra large'],
]

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
          <fieldset>
            <legend>Theme</legend>
            {THEMES.map(([value, label]) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="theme"
                  value={value}
                  checked={settings.theme === value}
                  onChange={() => onChange({ ...settings, theme: value })}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Publisher's notes</legend>
            <label className="choice">
              <input type="checkbox" checked={settings.publisherLayer} onChange={(event) => onChange({ ...settings, publisherLayer: event.target.checked })} />
              Show references and glossary terms
            </label>
          </fieldset>
          <fieldset>
            <legend>Text size</legend>
            {SIZES.map(([value, label]) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="text-size"
                  value={value}
                  checked={settings.textSize === value}
                  onChange={() => onChange({ ...settings, textSize: value })}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </div>
  )
}
