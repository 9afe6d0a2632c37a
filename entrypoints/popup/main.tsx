// First: starts reading the stored view before the rest of the bundle is evaluated.
import { storedView } from './stored-view';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { HEADLINE_TIMING } from '@/components/popup/Headline';
import { ICLOUD_SETTINGS_URL } from '@/components/popup/StorageCard';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import { MESSAGE_VERSION, type PopupViewMessage } from '@/lib/messages';
import { POPUP_VIEW_KEY } from '@/lib/popup-view/types';
import { App, type PopupActions } from './App';
import { createPopupModel } from './model';
import './popup.css';

/**
 * Calls back once the headline has been painted and shown: it carries an Element Timing name, which
 * the browser reports then. A browser without Element Timing calls back after the next frame (a
 * task queued from a frame callback runs once that frame is painted); the timer stands in when no
 * frame comes (a hidden page).
 */
function afterHeadlinePainted(callback: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    observer?.disconnect();
    callback();
  };
  const isHeadline = (entry: PerformanceEntry) =>
    (entry as PerformanceEntry & { identifier?: string }).identifier === HEADLINE_TIMING;
  const observer = PerformanceObserver.supportedEntryTypes.includes('element')
    ? new PerformanceObserver((list) => list.getEntries().some(isHeadline) && once())
    : null;
  if (observer) observer.observe({ type: 'element', buffered: true });
  else requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}

// The popup reads no storage items and no database of its own: the background evaluates, stores
// its view under one key and answers the one question; the popup validates and draws.
const model = createPopupModel({
  readStored: () => storedView,
  ask: (check) =>
    browser.runtime.sendMessage({ v: MESSAGE_VERSION, type: 'popup-view', check } satisfies PopupViewMessage),
  watch: (onView) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && POPUP_VIEW_KEY in changes) onView(changes[POPUP_VIEW_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  afterPaint: afterHeadlinePainted,
  now: Date.now,
});

const openTab = (url: string) => void browser.tabs.create({ url });

const actions: PopupActions = {
  openIcloudSettings: () => openTab(ICLOUD_SETTINGS_URL),
  openPage: (path) => openTab(browser.runtime.getURL(path)),
  allowStatusAccess: () => browser.permissions.request({ origins: [STATUS_FEED_HOST_PERMISSION] }),
};

const root = document.getElementById('app');
if (root) {
  // Paint once with the data when it comes quickly (no skeleton flash, no jump); skeletons
  // with the cards' heights otherwise.
  const firstPaint = Promise.race([model.ready, new Promise((resolve) => setTimeout(resolve, 250))]);
  void firstPaint.then(() => render(<App model={model} actions={actions} />, root));
  addEventListener('pagehide', () => model.dispose());
}
