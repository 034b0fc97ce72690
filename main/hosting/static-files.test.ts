import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveStaticFile } from './static-files'

const root = path.resolve('/srv/reader/renderer')

describe('resolveStaticFile', () => {
  it('maps "/" and "" to index.html', () => {
    for (const pathname of ['/', '']) {
      expect(resolveStaticFile(root, pathname)).toEqual({ filePath: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' })
    }
  })

  it('maps asset paths to files under the root with their MIME type', () => {
    expect(resolveStaticFile(root, '/assets/index-abc123.js')).toEqual({
      filePath: path.join(root, 'assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
    })
    expect(resolveStaticFile(root, '/assets/app.CSS')?.contentType).toBe('text/css; charset=utf-8')
    expect(resolveStaticFile(root, '/fonts/serif.woff2')?.contentType).toBe('font/woff2')
    expect(resolveStaticFile(root, '/assets/index.js.map')).toBeNull()
  })

  it('decodes percent-encoded names', () => {
    expect(resolveStaticFile(root, '/assets/my%20file.svg')?.filePath).toBe(path.join(root, 'assets', 'my file.svg'))
  })

  it('keeps "/.." that stays inside the root, and absolute-looking paths, inside the root', () => {
    expect(resolveStaticFile(root, '/assets/../index.html')?.filePath).toBe(path.join(root, 'index.html'))
    expect(resolveStaticFile(root, '//etc/passwd.txt')?.filePath).toBe(path.join(root, 'etc', 'passwd.txt'))
  })

  it('refuses traversal out of the root, encoded or not', () => {
    for (const pathname of [
      '/../secret.txt',
      '/../../etc/passwd.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      // A sibling folder whose name starts with the root's.
      '/../renderer-evil/app.js',
    ]) {
      expect(resolveStaticFile(root, pathname), pathname).toBeNull()
    }
  })

  it('refuses NUL bytes and malformed percent-encoding', () => {
    for (const pathname of ['/index.html%00.js', '/%00', '/%', '/%E0%A4%A.js', '/%zz.js', '/assets/%C0%AF.js']) {
      expect(resolveStaticFile(root, pathname), pathname).toBeNull()
    }
  })

  it('refuses files with an unknown or no extension', () => {
    for (const pathname of ['/app.exe', '/package', '/assets', '/.env', '/notes.md', '/index.html.bak']) {
      expect(resolveStaticFile(root, pathname), pathname).toBeNull()
    }
  })

  it('is the root itself only when asked for "/"', () => {
    // The root folder has no extension, so it is never served as a file.
    expect(resolveStaticFile(root, '/.')).toBeNull()
  })
})
