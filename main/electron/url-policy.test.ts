import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isAppUrl, isExternalLinkAllowed, isNetworkRequest, isTrustedIpcSender, type IpcSenderFacts } from './url-policy'

describe('isAppUrl', () => {
  it('accepts the entry page and any path or hash route on app://reader', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://reader/')).toBe(true)
    expect(isAppUrl('app://reader/assets/index-abc.js')).toBe(true)
    expect(isAppUrl('app://reader/index.html#/read/foc-statement/p-3')).toBe(true)
  })

  it('refuses other hosts, schemes, credentials and ports', () => {
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl('app://reader.evil/index.html')).toBe(false)
    expect(isAppUrl('app://reader@evil/index.html')).toBe(false)
    expect(isAppUrl('app://user:pw@reader/index.html')).toBe(false)
    expect(isAppUrl('app://reader:8080/index.html')).toBe(false)
    expect(isAppUrl('https://reader/index.html')).toBe(false)
    expect(isAppUrl('file:///index.html')).toBe(false)
    expect(isAppUrl('about:blank')).toBe(false)
    expect(isAppUrl('')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })
})

describe('isExternalLinkAllowed', () => {
  it('allows plain http and https links', () => {
    expect(isExternalLinkAllowed('https://freedomonlinecoalition.com/')).toBe(true)
    expect(isExternalLinkAllowed('http://www.itu.int/en/plenipotentiary/2018/')).toBe(true)
    expect(isExternalLinkAllowed('https://undocs.org/A/HRC/RES/32/13?lang=en#p5')).toBe(true)
  })

  it('refuses every other scheme and malformed input', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:someone@example.org',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://reader/index.html',
      'vbscript:msgbox',
      '//example.org/',
      '',
      'https://',
    ]) {
      expect(isExternalLinkAllowed(url), url).toBe(false)
    }
  })

  it('refuses links that carry credentials', () => {
    expect(isExternalLinkAllowed('https://user:secret@example.org/')).toBe(false)
    expect(isExternalLinkAllowed('https://user@example.org/')).toBe(false)
  })
})

describe('isNetworkRequest', () => {
  it('flags anything that would leave the machine', () => {
    expect(isNetworkRequest('https://example.org/tracker.js')).toBe(true)
    expect(isNetworkRequest('http://127.0.0.1:8080/')).toBe(true)
    expect(isNetworkRequest('wss://example.org/socket')).toBe(true)
    expect(isNetworkRequest('ws://localhost/')).toBe(true)
    expect(isNetworkRequest('ftp://example.org/file')).toBe(true)
    expect(isNetworkRequest('garbage')).toBe(true)
  })

  it('lets local schemes through', () => {
    expect(isNetworkRequest('app://reader/assets/index.css')).toBe(false)
    expect(isNetworkRequest('devtools://devtools/bundled/inspector.html')).toBe(false)
    expect(isNetworkRequest('data:image/png;base64,AAAA')).toBe(false)
  })
})

describe('isTrustedIpcSender', () => {
  const trusted: IpcSenderFacts = {
    senderContentsId: 7,
    windowContentsId: 7,
    isMainFrame: true,
    frameUrl: 'app://reader/index.html#/read/doc/p-1',
  }

  it('trusts the reader window top frame on app://reader', () => {
    expect(isTrustedIpcSender(trusted)).toBe(true)
  })

  it('refuses other webContents, subframes, foreign pages and closed windows', () => {
    expect(isTrustedIpcSender({ ...trusted, senderContentsId: 8 })).toBe(false)
    expect(isTrustedIpcSender({ ...trusted, windowContentsId: null })).toBe(false)
    expect(isTrustedIpcSender({ ...trusted, isMainFrame: false })).toBe(false)
    expect(isTrustedIpcSender({ ...trusted, frameUrl: null })).toBe(false)
    expect(isTrustedIpcSender({ ...trusted, frameUrl: 'https://evil.example/' })).toBe(false)
    expect(isTrustedIpcSender({ ...trusted, frameUrl: 'app://other/index.html' })).toBe(false)
  })
})
