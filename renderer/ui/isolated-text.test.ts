import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { IsolatedText } from './isolated-text'

describe('IsolatedText', () => {
  it('puts the text in a <bdi>, escaped as text', () => {
    expect(renderToStaticMarkup(createElement(IsolatedText, { text: '<b>tag</b>' }))).toBe('<bdi>&lt;b&gt;tag&lt;/b&gt;</bdi>')
  })

  it('closes an override the text leaves open and drops a PDI that would close the isolate early', () => {
    expect(renderToStaticMarkup(createElement(IsolatedText, { text: '\u2069\u202eevil' }))).toBe('<bdi>\u202eevil\u202c</bdi>')
  })
})
