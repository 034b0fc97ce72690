/**
 * Resolves a request path to a file inside the renderer build, refusing
 * anything that would escape it. Shared by the Electron protocol handler and
 * the browser-mode server.
 */
import path from 'node:path'
import { STATIC_MIME_TYPES } from './content-security-policy'

/** A file to serve, or null when the path is outside the root or malformed. */
export interface StaticFile {
  readonly filePath: string
  readonly contentType: string
}

/** Maps a URL pathname ("/", "/assets/x.js") to a file under `root`. */
export function resolveStaticFile(root: string, pathname: string): StaticFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const resolvedRoot = path.resolve(root)
  const filePath = path.resolve(resolvedRoot, relative)
  if (filePath !== resolvedRoot && !filePath.startsWith(resolvedRoot + path.sep)) return null
  const contentType = STATIC_MIME_TYPES[path.extname(filePath).toLowerCase()]
  if (!contentType) return null
  return { filePath, contentType }
}
