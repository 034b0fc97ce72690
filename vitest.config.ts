import { defineConfig } from 'vitest/config'

/** Unit tests live beside the code as *.test.ts; e2e specs are Playwright's. */
export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
