import { defineConfig } from 'vitest/config';

// Screenshots of every view in every state, light and dark, narrow and wide, from the built
// extension in Chromium: written to .output/screenshots/<view>-<state>-<light|dark>-<width>.png.
export default defineConfig({
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
  test: {
    environment: 'node',
    include: ['tests/screenshots/**/*.shots.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
