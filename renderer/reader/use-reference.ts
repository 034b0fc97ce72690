/**
 * The bundled reference layer as React state: the timeline and glossary
 * (loaded once), and the publisher's annotations of the open document.
 */
import { useEffect, useState } from 'react'
import type { ApiOutput } from '../../shared/api-contract'
import type { ApiClient } from '../api-client/api-client'

/** Timeline and glossary; empty until loaded (or if loading failed). */
export type ReferenceData = ApiOutput<'reference.get'>

const EMPTY_REFERENCE: ReferenceData = { timeline: [], glossary: [] }

/** Loads the timeline and glossary once. */
export function useReference(client: ApiClient): ReferenceData {
  const [data, setData] = useState<ReferenceData>(EMPTY_REFERENCE)
  useEffect(() => {
    client.request('reference.get', {}).then(setData, (error: unknown) => console.warn('The timeline and glossary could not be loaded:', error))
  }, [client])
  return data
}

/** The publisher's annotations of one document with their anchors. */
export type EditorialAnnotations = ApiOutput<'editorial.list'>['annotations']

const NO_ANNOTATIONS: EditorialAnnotations = []

/** Loads the publisher's annotations of `documentId` while `enabled`. */
export function useEditorial(client: ApiClient, documentId: string, enabled: boolean): EditorialAnnotations {
  const [loaded, setLoaded] = useState<{ documentId: string; annotations: EditorialAnnotations } | null>(null)
  useEffect(() => {
    if (!enabled) return
    let current = true
    client.request('editorial.list', { documentId }).then(
      ({ annotations }) => current && setLoaded({ documentId, annotations }),
      (error: unknown) => console.warn('The publisher’s notes could not be loaded:', error),
    )
    return () => {
      current = false
    }
  }, [client, documentId, enabled])
  return enabled && loaded?.documentId === documentId ? loaded.annotations : NO_ANNOTATIONS
}
