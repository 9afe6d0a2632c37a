/**
 * The build a benchmark compares against, made from a git commit of this repository: its files
 * (`git archive`, no checkout, no work tree) in a temporary directory beside this one's
 * node_modules, built there for Chrome. Built once per commit and kept in the system's temporary
 * directory, so the next run measures at once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built Chrome extension of `ref` (a branch, tag or commit): its `chrome-mv3` directory. */
export function baseBuild(ref: string): { commit: string; dir: string } {
  const root = resolve(new URL('../..', import.meta.url).pathname);
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const tree = join(tmpdir(), `cloud-checkup-base-${commit.slice(0, 12)}`);
  const dir = join(tree, '.output', 'chrome-mv3');
  if (existsSync(join(dir, 'manifest.json'))) return { commit, dir };
  mkdirSync(tree, { recursive: true });
  const archive = spawnSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed`);
  const untar = spawnSync('tar', ['-x', '-C', tree], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`could not unpack ${commit}`);
  if (!existsSync(join(tree, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  const env = { ...process.env };
  delete env.CC_OUT_DIR;
  const built = spawnSync('npx', ['wxt', 'build'], {
    cwd: tree,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(join(dir, 'manifest.json')))
    throw new Error(`the build of ${commit} failed`);
  return { commit, dir };
}
