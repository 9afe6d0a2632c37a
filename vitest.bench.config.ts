import { defineConfig } from 'vitest/config';

// Benchmarks are measurements, not pass/fail checks of speed: each file prints its figures
// (medians and ratios measured side by side in one run) and writes them to .output/bench/.
export default defineConfig({
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.bench.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
