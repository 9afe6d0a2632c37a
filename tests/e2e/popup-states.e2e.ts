import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchExtension, type Harness } from './harness';
import { enterState, openPopup, POPUP_STATES, popupBox } from './popup-states';
import { FEED_HOST, FEED_PATH } from './status-helpers';

describe('the popup in every state', () => {
  let h: Harness;
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    // Apple's feed never answers while the states are looked at: the first check stays under
    // way, and no poll replaces the stored state of the others.
    h.server.route(FEED_HOST, FEED_PATH, (_req, res) => void held.push(res));
  });
  afterAll(async () => {
    for (const res of held) res.destroy();
    await h?.close();
  });

  // In order: the first state is the fresh install, before anything is stored.
  describe.each(POPUP_STATES)('$name', (state) => {
    it(`fits Chrome's 600 px popup at 360 px, answers with ${state.headline}, badge "${state.badge}"`, async () => {
      await enterState(await h.worker(), state, Date.now());
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(h, 360, scheme);
        const card = popup.locator('.cc-headline-card');
        await expect
          .poll(
            async () => (await card.getAttribute('data-condition')) ?? (await card.getAttribute('data-tone')),
          )
          .toBe(
            state.headline === 'all-clear'
              ? 'ok'
              : state.headline === 'first-check'
                ? 'neutral'
                : state.headline,
          );
        const box = await popupBox(popup);
        expect(box.height, `${state.name} ${scheme}`).toBeLessThanOrEqual(600);
        expect(
          box.middleScrolls,
          `${state.name} ${scheme}: the middle scrolls by ${box.middleOverflow} px`,
        ).toBe(false);
        expect(box.horizontalOverflow).toBe(false);
        expect(box.footerBottom).toBeLessThanOrEqual(600);
        expect(await seriousViolations(popup)).toEqual([]);
        await popup.close();
      }
      await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
    });
  });
});
