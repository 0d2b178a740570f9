import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser end-to-end tests share one Chromium and one server per file; keep files parallel but bounded for 2 cores.
    maxWorkers: 2,
  },
});
