import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/system-packages.ts'],
    // Rendering is CPU-bound and the machine has two cores.
    pool: 'forks',
    maxWorkers: 2,
    // Timeouts catch hangs, not slowness: on a shared machine at load 20–30 a PostgreSQL start or a
    // render-pool start takes minutes, and a tight bound failed healthy suites (issue 17). No test or
    // hook sets its own shorter bound (tests/suite-timeouts.test.ts keeps it so).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
