import { defineConfig } from 'vitest/config';

// `npm run screenshots`: the built extension in real Chromium, one file per view, writing PNGs
// named <view>-<state>-<light|dark>-<width>.png into .output/screenshots/.
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
