/**
 * Precision and recall of the readers on pages nobody tuned them to (./generated/storage-blocks.ts):
 * (a) Apple's storage block on the settings view, generated over the seven languages and the ways
 * it may be worded and marked up, must be read right at least 99.5 % of the time and never with a
 * wrong number; (b) decoys in every frame role must never raise a condition. Each page goes the
 * product's whole way: the script its frame role loads and that script's read (frameRead), the
 * message check, the background's evidence
 * check by the sender's frame, and the one evaluator. The seed is new each run and printed
 * (CC_SEED=<seed> replays a run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPhotosState } from '@/content/read-photos';
import { storageViewReader } from '@/content/read-storage-view';
import type { FrameReading } from '@/content/reporter';
import { roleScriptFor } from '@/content/role-scripts';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { identifyFrame, type FrameRole } from '@/lib/frame-role';
import { MESSAGE_VERSION, parseContentMessage } from '@/lib/messages';
import { admissible } from '@/lib/readings/evidence';
import { input, MIN, NOW } from '../lib/conditions/build';
import { decoy, genuineBlock, type FrameSpec } from './generated/storage-blocks';

const SEED = Number(process.env.CC_SEED ?? Date.now() % 2 ** 31);
const GENUINE_RUNS = 2500;
// Generous: a run takes some 20 s of CPU, and a shared machine stretches that.
const TIMEOUT_MS = 300_000;
const DECOY_RUNS = 10_000;

const parser = new DOMParser();
/** When the conditions are evaluated, and what they are then with nothing read from the page. */
const AT = [NOW, NOW + 20 * MIN];
const BASELINE = AT.map(
  (now) => new Set(evaluateConditions(input({ storage: null, photos: null, now })).map((c) => c.id)),
);
const EMPTY_MEMORY = { upload: null, quotaError: null };
const NOTHING: FrameReading = { storage: null, photos: null };

/**
 * What the frame reads: the script its role loads (none in frames of people's content), and in
 * the top frame the storage view's readers only on the settings view.
 */
function frameRead(role: FrameRole['kind'], top: boolean, doc: Document, location: URL): FrameReading {
  const script = roleScriptFor(role, top);
  if (script === 'photos')
    return { storage: null, photos: readPhotosState(doc, location.hash, EMPTY_MEMORY, null, NOW) };
  if (script === 'storage-view' || (script === 'top' && role === 'settings'))
    return storageViewReader.read(doc, doc.querySelector('main') ?? doc.body, location, NOW);
  return NOTHING;
}

/** A page as the frame's readers see it, through the background, to the conditions it raises. */
function throughProduct(frame: Pick<FrameSpec, 'url' | 'top'>, html: string, lang: string | null) {
  const doc = parser.parseFromString(
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${html}</body></html>`,
    'text/html',
  );
  const role = identifyFrame(frame.url, frame.top);
  const location = new URL(frame.url);
  if (role.kind === 'none') return { storage: null, photos: null, conditions: [] };
  const reading = frameRead(role.kind, frame.top, doc, location);
  const message = parseContentMessage({
    v: MESSAGE_VERSION,
    type: 'page-report',
    role: role.kind,
    ...reading,
  });
  const stored = message?.type === 'page-report' ? admissible(message, role.kind) : null;
  const storage = stored?.storage ?? null;
  const photos = stored?.photos ?? null;
  // At once, and after the stall window: an upload that "never moves" would show then.
  const conditions = AT.flatMap((now, i) =>
    evaluateConditions(input({ storage, photos, now }))
      .map((c) => c.id)
      .filter((id) => !BASELINE[i]!.has(id)),
  );
  return { storage, photos, conditions };
}

const SETTINGS = { url: 'https://www.icloud.com/settings/', top: true };
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return ((user + system) / 1e6).toFixed(1);
};
const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(2)} %`;

describe(`precision and recall on generated pages (seed ${SEED})`, () => {
  it(
    `reads ≥ 99.5 % of ${GENUINE_RUNS} generated storage blocks right, never a wrong number`,
    { timeout: TIMEOUT_MS },
    () => {
      const cpu = process.cpuUsage();
      const blocks = fc.sample(genuineBlock, { numRuns: GENUINE_RUNS, seed: SEED });
      let right = 0;
      const wrong: string[] = [];
      const missed: string[] = [];
      for (const block of blocks) {
        const { storage } = throughProduct(SETTINGS, block.html, block.locale);
        if (storage?.usedBytes === block.usedBytes && storage.totalBytes === block.totalBytes) right++;
        else if (storage?.usedBytes != null)
          wrong.push(
            `${block.describe}: read ${storage.usedBytes} of ${storage.totalBytes}, shown ${block.usedBytes} of ${block.totalBytes}`,
          );
        else
          missed.push(
            `${block.describe}: ${parser.parseFromString(block.html, 'text/html').body.textContent}`,
          );
      }
      console.log(
        `genuine storage blocks (seed ${SEED}): ${right} of ${blocks.length} read right (${percent(right, blocks.length)}), ` +
          `${wrong.length} wrong number, ${missed.length} not read; ${cpuSeconds(cpu)} s of CPU`,
      );
      if (missed.length) console.log(`first not read: ${missed.slice(0, 5).join('\n  ')}`);
      expect(wrong).toEqual([]);
      expect(right / blocks.length).toBeGreaterThanOrEqual(0.995);
    },
  );

  it(`raises no condition from ${DECOY_RUNS} decoys in every frame role`, { timeout: TIMEOUT_MS }, () => {
    const cpu = process.cpuUsage();
    const decoys = fc.sample(decoy, { numRuns: DECOY_RUNS, seed: SEED });
    const falseConditions: string[] = [];
    let readings = 0;
    const roles = new Map<string, number>();
    for (const d of decoys) {
      const { storage, photos, conditions } = throughProduct(d.frame, d.html, 'en-US');
      roles.set(d.frame.role, (roles.get(d.frame.role) ?? 0) + 1);
      if (storage || photos?.upload || photos?.quotaError) readings++;
      if (conditions.length > 0) falseConditions.push(`${conditions.join(',')}: ${d.describe}`);
    }
    console.log(
      `decoys (seed ${SEED}): ${falseConditions.length} false conditions over ${decoys.length} decoys ` +
        `(${[...roles].map(([r, n]) => `${r} ${n}`).join(', ')}); ${readings} stored any reading; ` +
        `${cpuSeconds(cpu)} s of CPU`,
    );
    expect(falseConditions.slice(0, 5)).toEqual([]);
    expect(readings).toBe(0);
  });
});
