import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { failedText, SaveStatus } from './save-status'

const render = (state: 'idle' | 'saving' | 'saved' | 'failed', error: string | null = null): string => renderToStaticMarkup(createElement(SaveStatus, { state, error }))

describe('the notes header save status', () => {
  it('says Saving… and Saved as they happen', () => {
    expect(render('saving')).toContain('>Saving…<')
    expect(render('saved')).toContain('>Saved<')
  })

  it('shows only "Not saved" on a failure, the reason in its tooltip and for screen readers', () => {
    const reason = 'Not saved: the disk is full. Free some space, then retry; your text is kept.'
    const html = render('failed', reason)
    expect(html).toMatch(/^<span class="save-status save-status-failed" role="status" title="Not saved: the disk is full\. Free some space, then retry; your text is kept\.">Not saved<span class="visually-hidden">: the disk is full\./)
  })

  it('has nothing to hide when the failure came without a reason', () => {
    expect(render('failed')).toBe('<span class="save-status save-status-failed" role="status" title="Not saved.">Not saved</span>')
  })
})

describe('failedText', () => {
  it('does not say "Not saved" twice', () => {
    expect(failedText('Not saved: the folder is read-only.')).toBe('Not saved: the folder is read-only.')
    expect(failedText('the core stopped')).toBe('Not saved: the core stopped')
  })
})
