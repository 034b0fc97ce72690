import { describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../../main/hosting/content-security-policy'
import { devContentSecurityPolicy, isAllowedDevRequest } from './dev-server-guard'

/** A policy as a map from directive name to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ')
    return [name, sources]
  }))
}

describe('devContentSecurityPolicy', () => {
  const dev = directives(devContentSecurityPolicy('n0nce', 5173))
  const production = directives(RENDERER_CSP)

  it('keeps every production directive and adds only a nonce for scripts and styles and the HMR socket', () => {
    expect([...dev.keys()]).toEqual([...production.keys()])
    for (const [name, sources] of production) {
      const added = dev.get(name)?.filter((source) => !sources.includes(source))
      if (name === 'script-src' || name === 'style-src') expect(added).toEqual(["'nonce-n0nce'"])
      else if (name === 'connect-src') expect(added).toEqual(['ws://127.0.0.1:5173', 'ws://localhost:5173'])
      else expect(added).toEqual([])
    }
  })

  it('allows no inline or eval code beyond the nonce', () => {
    for (const sources of dev.values()) {
      expect(sources).not.toContain("'unsafe-inline'")
      expect(sources).not.toContain("'unsafe-eval'")
    }
  })

  it('leaves the production policy without a nonce', () => {
    expect(RENDERER_CSP).not.toContain('nonce')
    expect(RENDERER_CSP).not.toContain('ws:')
  })
})

describe('isAllowedDevRequest', () => {
  it('lets the dev server\'s own page, and callers naming no origin, reach the core', () => {
    expect(isAllowedDevRequest('/api/app.info', 'http://127.0.0.1:5173', 5173)).toBe(true)
    expect(isAllowedDevRequest('/api/app.info', 'http://localhost:5173', 5173)).toBe(true)
    expect(isAllowedDevRequest('/api/app.info', undefined, 5173)).toBe(true)
  })

  it('refuses core calls from any other page', () => {
    expect(isAllowedDevRequest('/api/app.info', 'http://evil.example', 5173)).toBe(false)
    expect(isAllowedDevRequest('/api/app.info', 'http://127.0.0.1:5174', 5173)).toBe(false)
    expect(isAllowedDevRequest('/api/app.info', 'null', 5173)).toBe(false)
    expect(isAllowedDevRequest('/briefing/abc', 'http://evil.example', 5173)).toBe(false)
  })

  it('leaves Vite\'s own files to Vite', () => {
    expect(isAllowedDevRequest('/main.tsx', 'http://evil.example', 5173)).toBe(true)
  })
})
