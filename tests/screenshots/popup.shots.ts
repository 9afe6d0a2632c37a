/**
 * Pictures of the popup in every state, light and dark, at Chrome's popup width and wider:
 * .output/screenshots/popup-<state>-<scheme>-<width>.png; where the services card quotes Apple,
 * also with the quotes opened (popup-<state>-quote-open-<scheme>-360.png).
 */
import { describe, expect, it } from 'vitest';
import { enterState, openPopup, POPUP_STATES, POPUP_WIDTHS } from '../e2e/popup-states';
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
      for (const width of POPUP_WIDTHS) {
        const popup = await openPopup(h, width, scheme);
        await popup.waitForLoadState('networkidle');
        const path = `${SCREENSHOT_DIR}popup-${state.name}-${scheme}-${width}.png`;
        await popup.locator('#app').screenshot({ path });
        const quotes = popup.locator('details.cc-apple-says summary');
        if (width === 360 && (await quotes.count()) > 0) {
          for (const quote of await quotes.all()) await quote.click();
          await quotes.first().scrollIntoViewIfNeeded();
          await popup
            .locator('#app')
            .screenshot({ path: `${SCREENSHOT_DIR}popup-${state.name}-quote-open-${scheme}-${width}.png` });
        }
        await popup.close();
      }
    }
  });
});
