// Builds the extension for Chrome and Firefox and checks what was built, deterministically:
// - each manifest equals its reviewed snapshot in tests/build/ (a change to permissions, hosts or
//   scripts must be looked at and committed: `npm run check:build -- --update` rewrites them);
// - the scripts on every iCloud.com frame (what the manifest runs there, and the readers' script
//   they load) stay within their budget, and those at document_start within 3 KB;
// - the popup (every script and style popup.html loads) stays within 20 KB gzipped.
// Times are not checked here; they stay in the benchmark.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = process.env.CC_OUT_DIR ?? '.output';
const TARGETS = ['chrome', 'firefox'];
// The target is 10 KB; the readers' evidence rules, plan names and upload answers took it to 12.7 KB.
// Until the readers are cut back, this budget stops any further growth.
const EVERY_FRAME_BUDGET = 13 * 1024;
const DOCUMENT_START_BUDGET = 3 * 1024;
/** Loaded by the content script in every frame once it has loaded (content/load-script.ts). */
const LOADED_IN_EVERY_FRAME = ['icloud-readers.js'];
const ICLOUD = 'https://www.icloud.com/*';
const update = process.argv.includes('--update');

/** Sorted keys, so a snapshot compares and diffs by content, not by the order keys were written. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}

const gzipped = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const problems = [];
for (const target of TARGETS) {
  const built = spawnSync('npx', ['wxt', 'build', '-b', target], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error(`check-build: the ${target} build failed`);
    process.exit(1);
  }
  const dir = join(OUT, `${target}-mv3`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const snapshotFile = join('tests', 'build', `manifest.${target}.json`);
  const actual = `${JSON.stringify(canonical(manifest), null, 2)}\n`;
  if (update) {
    writeFileSync(snapshotFile, actual);
    console.log(`check-build: wrote ${snapshotFile}`);
  } else {
    let expected = null;
    try {
      expected = `${JSON.stringify(canonical(JSON.parse(readFileSync(snapshotFile, 'utf8'))), null, 2)}\n`;
    } catch {
      problems.push(`${snapshotFile} is missing or not JSON`);
    }
    if (expected !== null && expected !== actual) {
      const want = expected.split('\n');
      const got = actual.split('\n');
      const first = want.findIndex((line, i) => line !== got[i]);
      problems.push(
        `the ${target} manifest differs from ${snapshotFile} (review the change, then ` +
          `\`npm run check:build -- --update\` and commit); first difference:\n` +
          `  snapshot: ${want.slice(first, first + 3).join(' ')}\n  built:    ${got.slice(first, first + 3).join(' ')}`,
      );
    }
  }

  const onIcloud = (manifest.content_scripts ?? []).filter((cs) => cs.matches.includes(ICLOUD));
  const atStart = onIcloud.filter((cs) => (cs.run_at ?? 'document_idle') === 'document_start');
  const startFiles = atStart.flatMap((cs) => cs.js ?? []);
  const everyFrame = [...onIcloud.flatMap((cs) => cs.js ?? []), ...LOADED_IN_EVERY_FRAME];
  if (!onIcloud.every((cs) => cs.all_frames === true))
    problems.push(`${target}: an iCloud.com script skips frames`);
  const startBytes = startFiles.reduce((sum, f) => sum + gzipped(dir, f), 0);
  const frameBytes = everyFrame.reduce((sum, f) => sum + gzipped(dir, f), 0);
  console.log(
    `check-build: ${target}: every-frame scripts ${kb(frameBytes)} gzipped (≤ ${kb(EVERY_FRAME_BUDGET)}), ` +
      `document_start ${kb(startBytes)} (≤ ${kb(DOCUMENT_START_BUDGET)}) [${everyFrame.join(', ')}]`,
  );
  if (startFiles.length === 0) problems.push(`${target}: no script at document_start on iCloud.com`);
  if (frameBytes > EVERY_FRAME_BUDGET) {
    problems.push(
      `${target}: every-frame scripts are ${kb(frameBytes)} gzipped, over ${kb(EVERY_FRAME_BUDGET)}`,
    );
  }
  if (startBytes > DOCUMENT_START_BUDGET) {
    problems.push(
      `${target}: document_start scripts are ${kb(startBytes)} gzipped, over ${kb(DOCUMENT_START_BUDGET)}`,
    );
  }
}

// The popup: everything popup.html loads (its scripts, preloaded chunks and styles), gzipped.
const POPUP_BUDGET = 20 * 1024;
for (const target of TARGETS) {
  const dir = join(OUT, `${target}-mv3`);
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipped(dir, f), 0);
  console.log(
    `check-build: ${target}: popup JS + CSS ${kb(bytes)} gzipped (≤ ${kb(POPUP_BUDGET)}) [${files.join(', ')}]`,
  );
  if (!files.some((f) => f.endsWith('.js'))) problems.push(`${target}: popup.html loads no script`);
  if (bytes > POPUP_BUDGET)
    problems.push(`${target}: the popup is ${kb(bytes)} gzipped, over ${kb(POPUP_BUDGET)}`);
}

for (const problem of problems) console.error(`check-build: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
