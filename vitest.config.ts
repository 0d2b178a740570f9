import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for an outcome (a save landing, a dialog's text); 1 s, vitest's default, is too
    // short on 2 shared cores under load, where an e2e debounce and round trip can take several seconds.
    expect: { poll: { timeout: 15_000 } },
    // Browser end-to-end tests share one Chromium and one server per file; keep files parallel but bounded for 2 cores.
    maxWorkers: 2,
  },
});
