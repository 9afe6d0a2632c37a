/**
 * Pictures of the popup in every state, light and dark, at Chrome's popup width and wider, with
 * the toolbar badge drawn beside each: .output/screenshots/popup-<state>-<scheme>-<width>.png.
 */
import { describe, expect, it } from 'vitest';
import { enterState, openPopup, POPUP_STATES } from '../e2e/popup-states';
import { SCREENSHOT_DIR, useSeededExtension } from './shoot';

// SHOTS=outage,full limits the run to those states (the first install is always first).
const only = process.env.SHOTS?.split(',');
const STATES = POPUP_STATES.filter((s, i) => i === 0 || !only || only.includes(s.name));

describe('popup screenshots', () => {
  const harness = useSeededExtension();

  it.each(STATES)('$name', async (state) => {
    const h = harness();
    await enterState(await h.worker(), state, Date.now());
    await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 480]) {
        const popup = await openPopup(h, width, scheme);
        await popup.waitForLoadState('networkidle');
        const path = `${SCREENSHOT_DIR}popup-${state.name}-${scheme}-${width}.png`;
        await popup.locator('#app').screenshot({ path });
        await popup.close();
      }
    }
  });
});
