// Builds the Firefox package and runs Mozilla's addons-linter (what `web-ext lint` runs) on it.
// Fails on any error; warnings are printed for a person to read.
import { spawnSync } from 'node:child_process';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts });
if (run('npx', ['wxt', 'build', '-b', 'firefox']).status !== 0) process.exit(1);
const lint = spawnSync('npx', ['addons-linter', '--output', 'json', '.output/firefox-mv3'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error('addons-linter gave no report:', lint.stdout, lint.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? [])
    console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
const { errors, warnings, notices } = report.summary ?? {};
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(report.summary?.errors === 0 ? 0 : 1);
