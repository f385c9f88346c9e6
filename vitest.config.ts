import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fresh TMPDIR for the run, which must be empty at the end; each file removes its temp folders.
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // LibreOffice checks are slow; two cores.
    maxWorkers: 2,
  },
});
