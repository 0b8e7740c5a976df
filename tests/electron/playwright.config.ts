import { defineConfig } from '@playwright/test';

// The Electron suite: it needs Electron's own binary, which machines that reach only the npm
// registry do not have. There it skips, saying why; everything else still runs.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
