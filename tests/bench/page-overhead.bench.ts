/**
 * Page overhead of the readers, side by side in one run: the same large Photos page (6,000+
 * elements, then 500 DOM mutations a second for 10 s) in Chromium with and without the extension.
 * The V8 sampling profiler attributes main-thread script time to the extension's own scripts
 * (chrome-extension://<id>/…) or to the page's; figures are medians over the rounds. Nothing here
 * asserts a speed: it reports.
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchChromium } from '../e2e/harness';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { median, report } from './report';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The profiler records wall time between samples (0.1 ms apart). When the renderer thread is
 * descheduled on a busy machine, the next sample carries the whole gap (seen: 5–10 ms charged to
 * `new MutationObserver`), whatever was on the stack. Capping each gap estimates CPU time instead;
 * both figures are reported.
 */
export const GAP_CAP_MS = 1;

export interface Attribution {
  /** Sampled wall time under the extension's scripts and the page's own, in ms. */
  extension: number;
  page: number;
  /** The same with each gap between samples capped at GAP_CAP_MS: an estimate of CPU time. */
  extensionCpu: number;
  pageCpu: number;
}

/** Milliseconds of samples under the extension's scripts, and under the page's own scripts. */
export function attribute(profile: Profile, extensionOrigin: string): Attribution {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owner = new Map<number, 'extension' | 'page' | null>();
  const ownerOf = (id: number): 'extension' | 'page' | null => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    // The innermost frame with a script URL decides: our fetch wrapper called by the page is ours.
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = url.startsWith(extensionOrigin)
      ? 'extension'
      : url.startsWith('https://')
        ? 'page'
        : up === undefined
          ? null
          : ownerOf(up);
    owner.set(id, result);
    return result;
  };
  const totals = { extension: 0, page: 0, extensionCpu: 0, pageCpu: 0 };
  const hot = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const who = ownerOf(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (who) {
      totals[who] += ms;
      totals[`${who}Cpu`] += Math.min(ms, GAP_CAP_MS);
    }
    const frame = byId.get(id)?.callFrame;
    if (who === 'extension' && frame) {
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`;
      hot.set(key, (hot.get(key) ?? 0) + ms);
    }
  });
  // BENCH_DEBUG=1 prints where the extension's time goes (self time by function).
  if (process.env.BENCH_DEBUG) console.log([...hot].sort((a, b) => b[1] - a[1]).slice(0, 12));
  return totals;
}

async function launch(
  server: FixtureServer,
  withExtension: boolean,
): Promise<{ context: BrowserContext; dir: string; origin: string }> {
  const { context, userDataDir } = await launchChromium(server, { withExtension });
  let origin = 'chrome-extension://none/';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    origin = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  return { context, dir: userDataDir, origin };
}

interface Round {
  load: Attribution;
  mutate: Attribution;
}

async function round(context: BrowserContext, origin: string): Promise<Round> {
  const page: Page = await context.newPage();
  await page.goto('https://www.icloud.com/bench/blank.html').catch(() => undefined);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

  await cdp.send('Profiler.start');
  await page.goto('https://www.icloud.com/bench/');
  await page.waitForTimeout(2000);
  const load = attribute((await cdp.send('Profiler.stop')).profile as Profile, origin);

  const photos = page.frames().find((f) => f.url().includes('/photos3/'));
  if (!photos) throw new Error('no Photos frame');
  await cdp.send('Profiler.start');
  await photos.evaluate(() => (window as unknown as { startMutations(): void }).startMutations());
  await photos.waitForFunction(() => (window as unknown as { mutationsDone: boolean }).mutationsDone, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(1500);
  const mutate = attribute((await cdp.send('Profiler.stop')).profile as Profile, origin);
  await page.close();
  return { load, mutate };
}

it('measures the readers’ added main-thread script time on a large Photos page', async () => {
  const server = await startFixtureServer();
  server.route('www.icloud.com', '/bench/blank.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>blank</title>');
  });
  const withExt = await launch(server, true);
  const without = await launch(server, false);
  const rounds: { with: Round[]; without: Round[] } = { with: [], without: [] };
  try {
    for (let i = 0; i < ROUNDS; i++) {
      rounds.without.push(await round(without.context, without.origin));
      rounds.with.push(await round(withExt.context, withExt.origin));
    }
  } finally {
    await withExt.context.close();
    await without.context.close();
    await server.close();
    await rm(withExt.dir, { recursive: true, force: true });
    await rm(without.dir, { recursive: true, force: true });
  }
  const m = (list: Round[], phase: keyof Round, key: keyof Attribution): number =>
    Math.round(median(list.map((r) => r[phase][key])) * 100) / 100;
  const percent = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
  const loadCpu = m(rounds.with, 'load', 'extensionCpu');
  const ratioCpu = percent(m(rounds.with, 'mutate', 'extensionCpu'), m(rounds.with, 'mutate', 'pageCpu'));
  const ratioWall = percent(m(rounds.with, 'mutate', 'extension'), m(rounds.with, 'mutate', 'page'));
  expect(m(rounds.with, 'mutate', 'page')).toBeGreaterThan(0);
  report('page-overhead', [
    {
      name: `extension script time at load (CPU, gaps ≤ ${GAP_CAP_MS} ms)`,
      value: loadCpu,
      unit: 'ms',
      target: '≤ 5 ms',
      withinTarget: loadCpu <= 5,
    },
    {
      name: 'extension script time at load (sampled wall time)',
      value: m(rounds.with, 'load', 'extension'),
      unit: 'ms',
    },
    {
      name: `extension ÷ page while mutating (CPU, gaps ≤ ${GAP_CAP_MS} ms)`,
      value: ratioCpu,
      unit: '%',
      target: '≤ 2 %',
      withinTarget: ratioCpu <= 2,
    },
    { name: 'extension ÷ page while mutating (sampled wall time)', value: ratioWall, unit: '%' },
    {
      name: 'extension script time, 10 s of 500 mutations/s',
      value: m(rounds.with, 'mutate', 'extension'),
      unit: 'ms',
    },
    {
      name: 'page script time, same 10 s (with extension)',
      value: m(rounds.with, 'mutate', 'page'),
      unit: 'ms',
    },
    {
      name: 'page script time, same 10 s (without extension)',
      value: m(rounds.without, 'mutate', 'page'),
      unit: 'ms',
    },
    {
      name: 'page script time at load (with / without)',
      value: m(rounds.with, 'load', 'page'),
      unit: `/ ${m(rounds.without, 'load', 'page')} ms`,
    },
    {
      name: 'extension time without the extension (control)',
      value: m(rounds.without, 'mutate', 'extension'),
      unit: 'ms',
    },
  ]);
});
