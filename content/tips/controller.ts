/**
 * Tips on iCloud.com, page side. Runs in the top frame only (one tip per page): asks the
 * background which tip applies to the app in view, loads the tip UI only when there is one, and
 * asks again when the extension's state changes or the person moves to another app. Everything
 * ends when `signal` aborts, or at the next callback once the extension has gone
 * (../background-channel.ts): the listener is removed and the tip taken off the page.
 */
import { browser } from 'wxt/browser';
import type { IcloudApp } from '@/lib/tips/apps';
import { TIP_MESSAGE_VERSION, parseTipsReply, type TipRequest, type TipView } from '@/lib/tips/messages';
import { extensionAlive } from '../background-channel';
import { GUIDE_OPEN_INTERVAL_MS, oncePer } from './guards';
import { loadTipUi, type TipUi } from './lazy';

const REFRESH_DELAY_MS = 300;
/** How often a shown card looks whether the extension is still there. */
const ALIVE_CHECK_MS = 2000;

export interface TipController {
  /** Asks again soon (coalesced): call after a navigation inside iCloud.com. */
  refresh(): void;
}

function send(request: TipRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request).catch(() => null);
}

export function startTips(
  currentApp: () => IcloudApp,
  signal: AbortSignal,
  alive: () => boolean = extensionAlive,
): TipController {
  let ui: TipUi | null = null;
  let shownKey: string | null = null;
  // The tip closed on this page: not drawn again here until what the background says changes.
  let closedKey: string | null = null;
  let timer: number | undefined;
  // Whatever asks (a person, or a page script that got past the card's checks), one guide at a time.
  const mayOpenGuide = oncePer(GUIDE_OPEN_INTERVAL_MS);

  // While a card is on the page, whether the extension is still there is looked at now and then:
  // nothing else would call back into this script after a disable or reload, and the card must go.
  let aliveCheck: number | undefined;
  const hide = () => {
    ui?.hide();
    shownKey = null;
    window.clearInterval(aliveCheck);
    aliveCheck = undefined;
  };

  const actionsFor = (tip: TipView) => ({
    openGuide(guideId?: string) {
      if (!mayOpenGuide()) return;
      void send({
        v: TIP_MESSAGE_VERSION,
        type: 'open-guide',
        condition: tip.condition,
        ...(guideId ? { guideId } : {}),
      });
    },
    close() {
      closedKey = JSON.stringify(tip);
      hide();
    },
    snooze() {
      hide();
      void send({ v: TIP_MESSAGE_VERSION, type: 'snooze-tip', condition: tip.condition });
    },
    turnOffTips() {
      hide();
      void send({ v: TIP_MESSAGE_VERSION, type: 'tips-off' });
    },
  });

  const gone = (): boolean => {
    if (signal.aborted) return true;
    if (alive()) return false;
    stop();
    return true;
  };

  async function update() {
    if (gone()) return;
    const reply = parseTipsReply(
      await send({ v: TIP_MESSAGE_VERSION, type: 'tips-for-page', app: currentApp() }),
    );
    const tip = reply?.tips[0];
    // No answer, an unreadable answer or no tip: show nothing rather than something stale.
    if (!tip) return hide();
    const key = JSON.stringify(tip);
    if (key === closedKey) return hide();
    if (key === shownKey) return;
    ui ??= await loadTipUi();
    if (!ui || gone()) return;
    await ui.show(tip, actionsFor(tip));
    shownKey = key;
    aliveCheck ??= window.setInterval(gone, ALIVE_CHECK_MS);
  }

  const refresh = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (gone()) return;
    timer = window.setTimeout(() => {
      timer = undefined;
      void update().catch(hide);
    }, REFRESH_DELAY_MS);
  };

  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'local') refresh();
  };
  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    try {
      browser.storage.onChanged.removeListener(onStorageChanged);
    } catch {
      // The extension's API is gone with it: the listener went too.
    }
    hide();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  signal.addEventListener('abort', stop);

  refresh();
  return { refresh };
}
