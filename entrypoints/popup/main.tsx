import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { ICLOUD_SETTINGS_URL } from '@/components/popup/StorageCard';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import { MESSAGE_VERSION, type PopupViewMessage } from '@/lib/messages';
import { POPUP_VIEW_KEY } from '@/lib/popup-view/types';
import { App, type PopupActions } from './App';
import { createPopupModel } from './model';
import './popup.css';

// The popup reads no storage items and no database of its own: the background evaluates, stores
// its view under one key and answers the one question; the popup validates and draws.
const model = createPopupModel({
  readStored: () => browser.storage.local.get(POPUP_VIEW_KEY).then((items) => items[POPUP_VIEW_KEY]),
  ask: (check) =>
    browser.runtime.sendMessage({ v: MESSAGE_VERSION, type: 'popup-view', check } satisfies PopupViewMessage),
  watch: (onView) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && POPUP_VIEW_KEY in changes) onView(changes[POPUP_VIEW_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
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
