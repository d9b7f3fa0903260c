/**
 * Runs bench/search.bench.ts (a vitest file, because the repo has no other
 * TypeScript runner for Node 20): one forked worker with --expose-gc so heap
 * figures are measured after a full collection.
 *   npx vitest run --config bench/vitest.bench.config.ts
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    execArgv: ['--expose-gc', '--max-old-space-size=4096'],
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
  },
});
