/** Subscribes a component to the location hash as a parsed {@link Route}. */
import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './route'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current route, re-rendering when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  // parseRoute is cheap and pure; the hash string is the stable snapshot.
  return parseRoute(hash)
}
