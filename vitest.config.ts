import { defineConfig } from 'vitest/config'

/** Unit tests live beside the code as *.test.ts; e2e specs are Playwright's. */
export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // `npm run test:unit -- --coverage`: every source file counts, tested or not; no threshold.
    coverage: {
      provider: 'v8',
      include: ['main/**/*.{ts,tsx}', 'shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.ts'],
      // Tests and their fixtures (testing/ folders) are not what is measured.
      exclude: ['**/*.test.{ts,tsx}', '**/testing/**', '**/*.d.ts'],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
})
