/**
 * Pictures of the popup in every state, light and dark, at Chrome's popup width and wider, with
 * the toolbar badge drawn beside each: .output/screenshots/popup-<state>-<scheme>-<width>.png.
 */
import type { ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from '../e2e/harness';
import { enterState, openPopup, POPUP_STATES } from '../e2e/popup-states';
import { FEED_HOST, FEED_PATH } from '../e2e/status-helpers';

const OUT = new URL('../../.output/screenshots/', import.meta.url);
// SHOTS=outage,full limits the run to those states (the first install is always first).
const only = process.env.SHOTS?.split(',');
const STATES = POPUP_STATES.filter((s, i) => i === 0 || !only || only.includes(s.name));

describe('popup screenshots', () => {
  let h: Harness;
  const held: ServerResponse[] = [];
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    h = await launchExtension();
    h.server.route(FEED_HOST, FEED_PATH, (_req, res) => void held.push(res));
  });
  afterAll(async () => {
    for (const res of held) res.destroy();
    await h?.close();
  });

  it.each(STATES)('$name', async (state) => {
    await enterState(await h.worker(), state, Date.now());
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 480]) {
        const popup = await openPopup(h, width, scheme);
        await popup.waitForLoadState('networkidle');
        const path = new URL(`popup-${state.name}-${scheme}-${width}.png`, OUT).pathname;
        await popup.locator('#app').screenshot({ path });
        await popup.close();
      }
    }
  });
});
