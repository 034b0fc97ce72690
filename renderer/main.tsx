/** Renderer entry: connects to the core and mounts the app. */
import '@fontsource-variable/source-serif-4/opsz.css'
import '@fontsource-variable/source-serif-4/opsz-italic.css'
import '@fontsource-variable/inter/index.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/controls.css'
import './shell/prepaint.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { connect } from './api-client/connect'
import { App } from './app'
import { ReadingStateProvider } from './reading-state/reading-state-context'
import { holdPrepaint } from './shell/prepaint'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const painted = holdPrepaint(document, container)
const connection = connect()
if (connection.ok) {
  // What the first screen needs, asked for at once rather than one answer after another as the app mounts.
  for (const method of ['reading.get', 'library.list', 'app.info'] as const) connection.client.prefetch(method, {})
  if (painted) connection.client.prefetch('document.get', { id: painted })
}
createRoot(container).render(
  <StrictMode>
    {connection.ok ? (
      <ReadingStateProvider client={connection.client}>
        <App client={connection.client} />
      </ReadingStateProvider>
    ) : (
      <div className="notice notice-error notice-page" role="alert">
        {connection.reason}
      </div>
    )}
  </StrictMode>,
)
