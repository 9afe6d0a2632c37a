/**
 * The extension disabled, reloaded or updated while a tip is on iCloud.com: the tip card it left on
 * the open page goes. Chromium still runs the copy of the content scripts left in the page, which
 * finds its extension gone and removes the card; Firefox runs none of an unloaded add-on's code,
 * and there the card's lease (components/tip/tip.css), no longer renewed, hides it.
 */
import { expect, it } from 'vitest';
import { feedText, fullFeed } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor, type TestPage } from './extension-under-test';
import { answerWith } from './readers-support';
import { pollNow, serveFeed } from './status-helpers';
import { STORAGE_PATH, storageAnswer } from './tip-fixtures';

interface CardState {
  /** The card is in the page at all. */
  present: boolean;
  /** Elements of the card the browser would draw (visibility and display counted). */
  drawn: number;
  /** The card's buttons that can take focus. */
  focusable: number;
  /** A pointer at the card's middle reaches the card. */
  underPointer: boolean;
}

/** How the card stands on `page`, seen from the page (its shadow root is open). */
function cardState(page: TestPage): Promise<CardState> {
  return page.evaluate(() => {
    const host = document.querySelector('cloud-checkup-tip');
    const card = host?.shadowRoot?.querySelector('.tip');
    if (!host?.shadowRoot || !card) return { present: false, drawn: 0, focusable: 0, underPointer: false };
    const shadow = host.shadowRoot;
    const drawn = [card, ...card.querySelectorAll('*')].filter((el) =>
      el.checkVisibility({ visibilityProperty: true }),
    ).length;
    const focusable = [...card.querySelectorAll('button')].filter((button) => {
      button.focus();
      const took = shadow.activeElement === button;
      button.blur();
      return took;
    }).length;
    const box = card.getBoundingClientRect();
    const underPointer = document
      .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      .includes(host);
    return { present: true, drawn, focusable, underPointer };
  });
}

/**
 * Watches the card from the page until its lease has been renewed `renewals` times, or until a
 * frame sees it hidden; resolves with how many animation frames saw the card hidden (-1: the card
 * has no lease running). A frame's callbacks run after the browser has ended and renewed
 * animations and before it paints, so a blink would be counted.
 */
function framesHiddenAcrossRenewals(page: TestPage, renewals: number): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const frame = document.querySelector('cloud-checkup-tip')?.shadowRoot?.querySelector('.frame');
        const card = frame?.querySelector('.tip');
        const leased = (frame?.getAnimations() ?? []).some(
          (animation) => animation instanceof CSSAnimation && animation.animationName.startsWith('cc-lease'),
        );
        if (!frame || !card || !leased) return resolve(-1);
        let seen = 0;
        let hidden = 0;
        new MutationObserver((_records, observer) => {
          seen += 1;
          if (seen >= wanted) observer.disconnect();
        }).observe(frame, { attributeFilter: ['data-lease'] });
        const look = () => {
          if (!card.checkVisibility({ visibilityProperty: true })) hidden += 1;
          if (seen >= wanted || hidden > 0) resolve(hidden);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    renewals,
  );
}

describeInBrowsers(
  'the extension taken away while a tip is on the page',
  (ext, browser) => {
    it('leaves no tip card behind', async () => {
      serveFeed(ext(), feedText(fullFeed()));
      expect((await pollNow(ext())).consecutiveFailures).toBe(0);
      ext().server.route('setup.icloud.com', STORAGE_PATH, answerWith(200, storageAnswer(5.2, true)));
      const page = await ext().openUrl('https://www.icloud.com/photos/');
      try {
        await waitFor(
          () => cardState(page),
          (card) => card.present && card.drawn > 0,
          { what: 'the tip' },
        );
        if (browser === 'firefox') {
          // Where the lease is what takes the card away, it runs with animations reduced.
          expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
            true,
          );
        }
        // While the extension is there its card outlives its lease: renewed twice, never hidden.
        expect(await framesHiddenAcrossRenewals(page, 2)).toBe(0);
        const before = await cardState(page);
        expect(before.focusable).toBeGreaterThan(0);
        expect(before.underPointer).toBe(true);

        await ext().unloadExtension();
        // Removed (Chromium) or hidden by its lease (Firefox): either way nothing of it is drawn,
        // takes focus or the pointer, and a hidden card is out of the accessibility tree.
        const after = await waitFor(
          () => cardState(page),
          (card) => !card.present || card.drawn === 0,
          { what: 'the tip card to go' },
        );
        expect(after.focusable).toBe(0);
        expect(after.underPointer).toBe(false);
      } finally {
        await page.close();
      }
    });
  },
  // The card's opening animation is switched off for people who ask for reduced motion; its lease
  // must not be. Firefox, where the lease is what takes the card away, runs with that wish.
  { firefoxPrefs: { 'ui.prefersReducedMotion': 1 } },
);
