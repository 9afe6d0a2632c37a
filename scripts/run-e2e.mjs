// Runs the end-to-end tests against the built extension in the Debian Chromium.
// Under CI=true a missing browser is a failure; elsewhere the tests are skipped, loudly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const how =
    'Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH.';
  if (process.env.CI === 'true') {
    console.error(`End-to-end tests need Chromium at ${chromium} and CI=true: failing. ${how}`);
    process.exit(1);
  }
  console.warn(`\nSKIPPED the end-to-end tests: no Chromium at ${chromium}. ${how}\n`);
  process.exit(0);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const extraArgs = process.argv.slice(2);
const status =
  run('npx', ['wxt', 'build']) || run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...extraArgs]);
process.exit(status);
