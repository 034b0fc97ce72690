import { describe, expect, it } from 'vitest'
import { applyReadingSettings, DEFAULT_SETTINGS, loadReadingSettings, saveReadingSettings } from './reading-settings'

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('reading settings cache', () => {
  it('starts from the defaults', () => {
    expect(loadReadingSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS)
    expect(DEFAULT_SETTINGS.showParagraphNumbers).toBe(true)
  })

  it('round-trips saved settings', () => {
    const storage = memoryStorage()
    const settings = { ...DEFAULT_SETTINGS, theme: 'sepia' as const, textSize: 'large' as const, typeface: 'sans' as const, showParagraphNumbers: false }
    saveReadingSettings(storage, settings)
    expect(loadReadingSettings(storage)).toEqual(settings)
  })

  it('falls back to defaults on damaged or foreign values', () => {
    for (const raw of ['{not json', '"dark"', 'null', '[]']) {
      expect(loadReadingSettings(memoryStorage({ 'foc-reader.reading-settings': raw }))).toEqual(DEFAULT_SETTINGS)
    }
  })

  it('keeps the valid fields of an older or damaged entry and defaults the rest', () => {
    const storage = memoryStorage({ 'foc-reader.reading-settings': '{"theme":"neon","textSize":"large","publisherLayer":false}' })
    expect(loadReadingSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large', publisherLayer: false })
  })

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadReadingSettings(broken)).toEqual(DEFAULT_SETTINGS)
    expect(() => saveReadingSettings(broken, DEFAULT_SETTINGS)).not.toThrow()
  })
})

/** A stand-in for the root element: its attributes as a map. */
function fakeRoot(): { attributes: Map<string, string>; setAttribute(name: string, value: string): void; removeAttribute(name: string): void } {
  const attributes = new Map<string, string>()
  return { attributes, setAttribute: (name, value) => void attributes.set(name, value), removeAttribute: (name) => void attributes.delete(name) }
}

describe('applying settings to the root element', () => {
  it('writes every setting as a data attribute the stylesheets follow', () => {
    const root = fakeRoot()
    applyReadingSettings(root, { ...DEFAULT_SETTINGS, theme: 'dark', lineSpacing: 'relaxed', columnWidth: 'narrow', typeface: 'sans' })
    expect(Object.fromEntries(root.attributes)).toEqual({
      'data-theme': 'dark',
      'data-text-size': 'medium',
      'data-line-spacing': 'relaxed',
      'data-column-width': 'narrow',
      'data-typeface': 'sans',
    })
  })

  it('marks hidden paragraph numbers with data-paragraph-numbers="off" and clears it when shown again', () => {
    const root = fakeRoot()
    applyReadingSettings(root, { ...DEFAULT_SETTINGS, showParagraphNumbers: false })
    expect(root.attributes.get('data-paragraph-numbers')).toBe('off')
    applyReadingSettings(root, DEFAULT_SETTINGS)
    expect(root.attributes.has('data-paragraph-numbers')).toBe(false)
  })
})
