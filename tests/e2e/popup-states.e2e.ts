import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  enterState,
  openPopup,
  POPUP_STATES,
  POPUP_WIDTHS,
  popupBox,
  useExtensionWithFeedHeld,
} from './popup-states';

describe('the popup in every state', () => {
  const harness = useExtensionWithFeedHeld();

  // In order: the first state is the fresh install, before anything is stored. Each state at the
  // widths and schemes `npm run screenshots` draws it, and again with Apple's messages opened.
  describe.each(POPUP_STATES)('$name', (state) => {
    it(`fits Chrome's 600 px popup at every width, Apple's messages opened too; answers with ${state.headline}, badge "${state.badge}"`, async () => {
      const h = harness();
      await enterState(await h.worker(), state, Date.now());
      await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
      for (const width of POPUP_WIDTHS) {
        for (const scheme of ['light', 'dark'] as const) {
          const where = `${state.name} ${scheme} ${width}`;
          const popup = await openPopup(h, width, scheme);
          const card = popup.locator('.cc-headline-card');
          await expect
            .poll(
              async () =>
                (await card.getAttribute('data-condition')) ?? (await card.getAttribute('data-tone')),
            )
            .toBe(
              state.headline === 'all-clear'
                ? 'ok'
                : state.headline === 'first-check'
                  ? 'neutral'
                  : state.headline,
            );
          const box = await popupBox(popup);
          expect(box.height, where).toBeLessThanOrEqual(600);
          expect(box.middleScrolls, `${where}: the middle scrolls by ${box.middleOverflow} px`).toBe(false);
          expect(box.horizontalOverflow, where).toBe(false);
          expect(box.footerBottom, where).toBeLessThanOrEqual(600);
          expect(await seriousViolations(popup), where).toEqual([]);
          // One action: a single primary button, in the headline or right under it.
          expect(await popup.locator('.cc-primary').count(), where).toBeLessThanOrEqual(1);

          // Apple's messages, folded to a line each, open to every word; the footer stays in view
          // (the middle may scroll now: the person asked for more).
          const quotes = popup.locator('details.cc-apple-says');
          const count = await quotes.count();
          expect(count, where).toBe(state.appleQuotes);
          for (let i = 0; i < count; i++) await quotes.nth(i).locator('summary').click();
          for (let i = 0; i < count; i++) {
            const quote = quotes.nth(i);
            expect(await quote.evaluate((d: HTMLDetailsElement) => d.open), where).toBe(true);
            const clipped = await quote
              .locator('summary')
              .evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
            expect(clipped, `${where}: Apple's message ${i + 1} is cut`).toBe(false);
          }
          if (count > 0) {
            const opened = await popupBox(popup);
            expect(opened.height, `${where}, opened`).toBeLessThanOrEqual(600);
            expect(opened.horizontalOverflow, `${where}, opened`).toBe(false);
            expect(opened.footerBottom, `${where}, opened`).toBeLessThanOrEqual(600);
            expect(await seriousViolations(popup), `${where}, opened`).toEqual([]);
          }
          await popup.close();
        }
      }
      await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
    });
  });
});
