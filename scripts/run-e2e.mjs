// Runs the end-to-end tests against the built extension in every browser installed here: the
// Debian Chromium (Chrome build) and Firefox ESR (Firefox build). Under CI=true a missing browser
// is a failure; elsewhere its tests are skipped, loudly. The summary says which browsers ran.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  {
    name: 'chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: 'CHROMIUM_PATH',
    apt: 'chromium',
    build: ['wxt', 'build'],
  },
  {
    name: 'firefox',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    env: 'FIREFOX_PATH',
    apt: 'firefox-esr',
    build: ['wxt', 'build', '-b', 'firefox'],
  },
];

const run = (cmd, args, env = process.env) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: false, env }).status ?? 1;
const versionOf = (path) => {
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' });
  // Debian's chromium wrapper prints shell noise on stderr; the version is stdout's last line.
  return (out.stdout ?? '').trim().split('\n').pop() || 'version unknown';
};

const present = [];
const missing = [];
for (const browser of BROWSERS) (existsSync(browser.path) ? present : missing).push(browser);

for (const browser of missing) {
  const how = `Install it with \`sudo apt-get update && sudo apt-get install -y ${browser.apt}\`, or set ${browser.env}.`;
  if (process.env.CI === 'true') {
    console.error(`End-to-end tests need ${browser.name} at ${browser.path} and CI=true: failing. ${how}`);
    process.exit(1);
  }
  console.warn(`\nSKIPPED the ${browser.name} end-to-end tests: nothing at ${browser.path}. ${how}\n`);
}
if (present.length === 0) process.exit(0);

for (const browser of present) {
  const status = run('npx', browser.build);
  if (status !== 0) process.exit(status);
}
const names = present.map((b) => b.name).join(',');
const status = run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  ...process.env,
  E2E_BROWSERS: names,
});
console.log(`\nEnd-to-end browsers: ${present.map((b) => `${b.name} (${versionOf(b.path)})`).join(', ')}`);
if (missing.length > 0) console.log(`Not run (not installed): ${missing.map((b) => b.name).join(', ')}`);
process.exit(status);
