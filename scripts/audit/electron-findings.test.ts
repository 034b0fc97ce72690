import { describe, expect, it } from 'vitest'
import { auditVerdict, isBlocking, type Finding, type ScanResult } from './electron-findings'

const SEVERITY = { HIGH: 3, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0 } as const
const CONFIDENCE = { CERTAIN: 2, FIRM: 1, TENTATIVE: 0 } as const

const finding = (id: string, severity: keyof typeof SEVERITY, confidence: keyof typeof CONFIDENCE): Finding => ({
  id,
  file: '/repo/main/electron/window.ts',
  location: { line: 12, column: 4 },
  severity: { value: SEVERITY[severity], name: severity },
  confidence: { value: CONFIDENCE[confidence], name: confidence },
})

const scan = (issues: Finding[], errors: ScanResult['errors'] = []): ScanResult => ({ issues, errors })

describe('isBlocking', () => {
  it('blocks MEDIUM or HIGH severity at FIRM or CERTAIN confidence', () => {
    for (const [severity, confidence] of [['MEDIUM', 'FIRM'], ['MEDIUM', 'CERTAIN'], ['HIGH', 'FIRM'], ['HIGH', 'CERTAIN']] as const) {
      expect(isBlocking(finding('X', severity, confidence)), `${severity}/${confidence}`).toBe(true)
    }
  })

  it('lets lower severities and tentative findings through as advisories', () => {
    for (const [severity, confidence] of [['LOW', 'CERTAIN'], ['INFORMATIONAL', 'CERTAIN'], ['HIGH', 'TENTATIVE'], ['MEDIUM', 'TENTATIVE']] as const) {
      expect(isBlocking(finding('X', severity, confidence)), `${severity}/${confidence}`).toBe(false)
    }
  })
})

describe('auditVerdict', () => {
  it('passes with only advisories, and lists them as notes with a relative path', () => {
    const verdict = auditVerdict([scan([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'TENTATIVE')])], '/repo')
    expect(verdict).toEqual({ passed: true, lines: ['note OPEN_EXTERNAL_JS_CHECK (MEDIUM/TENTATIVE) at main/electron/window.ts:12'] })
  })

  it('fails on a blocking finding in any scan, listing it first', () => {
    const verdict = auditVerdict([scan([finding('LOW_ONE', 'LOW', 'CERTAIN')]), scan([finding('AUXCLICK_JS_CHECK', 'MEDIUM', 'FIRM')])], '/repo')
    expect(verdict.passed).toBe(false)
    expect(verdict.lines[0]).toBe('FAIL AUXCLICK_JS_CHECK (MEDIUM/FIRM) at main/electron/window.ts:12')
  })

  it('fails when a file could not be parsed (it was not checked), but not on a tolerable warning', () => {
    expect(auditVerdict([scan([], [{ file: '/repo/main/x.ts', message: 'Unexpected token', tolerable: false }])], '/repo').passed).toBe(false)
    expect(auditVerdict([scan([], [{ file: '/repo/main/x.ts', message: 'minor', tolerable: true }])], '/repo').passed).toBe(true)
  })
})
