import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, loadReadingSettings, saveReadingSettings } from './reading-settings'

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('reading settings', () => {
  it('starts from the defaults', () => {
    expect(loadReadingSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS)
  })

  it('round-trips saved settings', () => {
    const storage = memoryStorage()
    saveReadingSettings(storage, { theme: 'dark', textSize: 'large', publisherLayer: false })
    expect(loadReadingSettings(storage)).toEqual({ theme: 'dark', textSize: 'large', publisherLayer: false })
  })

  it('falls back to defaults on damaged or foreign values', () => {
    for (const raw of ['{not json', '"dark"', '{"theme":"neon","textSize":"large"}', 'null']) {
      expect(loadReadingSettings(memoryStorage({ 'foc-reader.reading-settings': raw }))).toEqual(DEFAULT_SETTINGS)
    }
  })

  it('fills a missing field with its default', () => {
    expect(loadReadingSettings(memoryStorage({ 'foc-reader.reading-settings': '{"theme":"light"}' }))).toEqual({
      theme: 'light',
      textSize: 'medium',
      publisherLayer: true,
    })
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
