import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Builds the renderer into dist/renderer with relative asset paths, so it loads from app:// and http alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Inline assets would need a laxer CSP (data: scripts/styles); keep them as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
})
