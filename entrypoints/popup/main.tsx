import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { ICLOUD_SETTINGS_URL } from '@/components/popup/StorageCard';
import { readConditionInput, watchConditionInput } from '@/lib/condition-input';
import { STATUS_FEED_HOST_PERMISSION } from '@/lib/hosts';
import {
  MESSAGE_VERSION,
  parseFixesByCondition,
  type PollNowMessage,
  type RankedFixesMessage,
} from '@/lib/messages';
import { statusCheckedItem } from '@/lib/state-items';
import { readCheckedTimes } from '@/lib/status/checked-days';
import { recentStatusEvents } from '@/lib/status/history';
import { App, type PopupActions } from './App';
import { createPopupModel, HISTORY_STRIP_DAYS } from './model';
import './popup.css';

const model = createPopupModel({
  readInput: readConditionInput,
  readEvents: (now) => recentStatusEvents(HISTORY_STRIP_DAYS, now),
  readChecked: () => statusCheckedItem.getValue().then(readCheckedTimes),
  // Ranked in the background, which holds the guides and the progress: the popup stays small.
  readFixes: () =>
    browser.runtime
      .sendMessage({ v: MESSAGE_VERSION, type: 'ranked-fixes' } satisfies RankedFixesMessage)
      .then(parseFixesByCondition),
  watch: watchConditionInput,
  pollNow: () =>
    browser.runtime.sendMessage({ v: MESSAGE_VERSION, type: 'poll-now' } satisfies PollNowMessage),
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
