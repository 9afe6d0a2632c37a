// Builds the extension for Chrome and Firefox and checks what was built, deterministically:
// - each manifest equals its reviewed snapshot in tests/build/ (a change to permissions, hosts or
//   scripts must be looked at and committed: `npm run check:build -- --update` rewrites them);
// - each iCloud.com frame role, at its worst, loads at most 10 KB gzipped of our scripts: what the
//   manifest runs in every frame, plus what that role loads on demand (content/role-scripts.ts);
//   and the scripts at document_start stay within 3 KB. The tip card (tip-ui.js) is loaded only
//   while a tip is shown, and is printed beside them, not counted.
// - the popup (popup.html with its inlined stylesheet, and every script it loads) stays within
//   20 KB gzipped.
// Times are not checked here; they stay in the benchmark.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { popupSize } from './popup-size.mjs';

const OUT = process.env.CC_OUT_DIR ?? '.output';
const TARGETS = ['chrome', 'firefox'];
const FRAME_BUDGET = 10 * 1024;
const DOCUMENT_START_BUDGET = 3 * 1024;
/**
 * What each frame role loads on demand, beside the manifest's scripts (content/role-scripts.ts).
 * The top frame moves between the shell and the settings view without a reload: its one script
 * carries the tips and the storage view's readers.
 */
const LOADED_BY_ROLE = {
  'top frame (shell, settings view)': ['icloud-top.js'],
  'Photos frame': ['icloud-photos.js'],
  'settings app frame': ['icloud-storage-view.js'],
  'frames of people’s content (Mail, Drive, Notes …)': [],
};
/** Loaded only while a tip is shown (content/tips/lazy.ts). */
const TIP_CARD = 'tip-ui.js';
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
  const everyFrame = onIcloud.flatMap((cs) => cs.js ?? []);
  if (!onIcloud.every((cs) => cs.all_frames === true))
    problems.push(`${target}: an iCloud.com script skips frames`);
  const startBytes = startFiles.reduce((sum, f) => sum + gzipped(dir, f), 0);
  const everyFrameBytes = everyFrame.reduce((sum, f) => sum + gzipped(dir, f), 0);
  console.log(
    `check-build: ${target}: every frame ${kb(everyFrameBytes)} gzipped [${everyFrame.join(', ')}], ` +
      `of which at document_start ${kb(startBytes)} (≤ ${kb(DOCUMENT_START_BUDGET)})`,
  );
  if (startFiles.length === 0) problems.push(`${target}: no script at document_start on iCloud.com`);
  const resources = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources ?? []);
  for (const [role, files] of Object.entries(LOADED_BY_ROLE)) {
    const missing = files.filter((f) => !resources.includes(f));
    if (missing.length > 0)
      problems.push(`${target}: ${role} loads ${missing.join(', ')}, not web-accessible`);
    const bytes = everyFrameBytes + files.reduce((sum, f) => sum + gzipped(dir, f), 0);
    console.log(
      `check-build: ${target}: ${role}: ${kb(bytes)} gzipped at most (≤ ${kb(FRAME_BUDGET)})` +
        (files.length ? ` [+ ${files.join(', ')}]` : ' [nothing more]'),
    );
    if (bytes > FRAME_BUDGET)
      problems.push(`${target}: the ${role} loads ${kb(bytes)} gzipped, over ${kb(FRAME_BUDGET)}`);
  }
  console.log(
    `check-build: ${target}: tip card, only while a tip is shown: ${kb(gzipped(dir, TIP_CARD))} gzipped`,
  );
  if (startBytes > DOCUMENT_START_BUDGET) {
    problems.push(
      `${target}: document_start scripts are ${kb(startBytes)} gzipped, over ${kb(DOCUMENT_START_BUDGET)}`,
    );
  }
}

// The popup: popup.html and everything it loads, gzipped.
const POPUP_BUDGET = 20 * 1024;
for (const target of TARGETS) {
  const { files, bytes, scripts, styles } = popupSize(join(OUT, `${target}-mv3`));
  console.log(
    `check-build: ${target}: popup HTML + JS + CSS ${kb(bytes)} gzipped (≤ ${kb(POPUP_BUDGET)}) [${files.join(', ')}]`,
  );
  if (scripts === 0) problems.push(`${target}: popup.html loads no script`);
  if (styles === 0) problems.push(`${target}: popup.html has no stylesheet`);
  if (bytes > POPUP_BUDGET)
    problems.push(`${target}: the popup is ${kb(bytes)} gzipped, over ${kb(POPUP_BUDGET)}`);
}

for (const problem of problems) console.error(`check-build: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
