import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/system-packages.ts'],
    // Rendering is CPU-bound and the machine has two cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
