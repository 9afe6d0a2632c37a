/** What the popup says first, and that it fits the browser's popup box, in every browser. */
import { beforeAll, expect, it } from 'vitest';
import { feedText, feedWithEvent } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor, type TestPage } from './extension-under-test';
import { seedIn } from './popup-seed';
import { serveFeed } from './status-helpers';

const PHOTOS_MESSAGE = 'Users may be unable to upload photos and videos to iCloud Photos.';
// Chrome's popup box is at most 800 × 600 px; the popup lays itself out 360 px wide.
const POPUP_WIDTH = 360;
const POPUP_HEIGHT = 600;

describeInBrowsers('the popup with storage at 92 % and an outage on Photos', (ext) => {
  beforeAll(async () => {
    const now = Date.now();
    // Apple's feed says what the seeded state says, so a poll in between changes nothing.
    serveFeed(
      ext(),
      feedText(
        feedWithEvent('Photos', {
          messageId: '1600001',
          statusType: 'Outage',
          eventStatus: 'ongoing',
          message: PHOTOS_MESSAGE,
          epochStartDate: now - 95 * 60_000,
          epochEndDate: null,
        }),
      ),
    );
    await seedIn((fn, arg) => ext().inExtension(fn, arg), now, { percent: 92, photosOutage: true });
  });

  async function openPopup(): Promise<TestPage> {
    const popup = await ext().openExtensionPage('popup');
    await waitFor(
      () => popup.count('[data-condition]'),
      (n) => n > 0,
      { what: 'the popup’s conditions' },
    );
    return popup;
  }

  it('shows the outage first, then nearly full storage, each with a link to its fixes', async () => {
    const popup = await openPopup();
    const conditions = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-condition]')].map((card) => ({
        id: card.getAttribute('data-condition'),
        // The headline states its problem in its heading; the others in a sentence.
        sentence: card.querySelector('.cc-sentence, h2')?.textContent ?? '',
        hrefs: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    expect(conditions.slice(0, 2).map((c) => c.id)).toEqual(['outage', 'storage-nearly-full']);
    expect(conditions[0]!.sentence).toMatch(/outage of iCloud Photos/);
    expect(conditions[1]!.sentence).toMatch(/92\s?%/);
    for (const condition of conditions.slice(0, 2)) {
      expect(condition.hrefs.length).toBeGreaterThanOrEqual(1);
      expect(condition.hrefs.every((href) => href.startsWith('/guide.html'))).toBe(true);
    }
    await popup.close();
  });

  it('fits the 600 px popup box: no sideways scrolling, every condition in view', async () => {
    const popup = await openPopup();
    await popup.setViewport(POPUP_WIDTH, POPUP_HEIGHT);
    const box = await waitFor(
      () =>
        popup.evaluate(() => ({
          viewport: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          conditionsBottom: Math.max(
            ...[...document.querySelectorAll('[data-condition]')].map(
              (c) => c.getBoundingClientRect().bottom,
            ),
          ),
        })),
      (seen) => seen.viewport === POPUP_WIDTH,
      { what: `a ${POPUP_WIDTH} px wide popup` },
    );
    expect(box.scrollWidth).toBeLessThanOrEqual(POPUP_WIDTH);
    expect(box.conditionsBottom).toBeGreaterThan(0);
    expect(box.conditionsBottom).toBeLessThanOrEqual(POPUP_HEIGHT);
    await popup.close();
  });
});
