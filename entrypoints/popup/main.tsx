import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { ICLOUD_SETTINGS_URL } from '@/components/popup/StorageCard';
import { readConditionInput, watchConditionInput } from '@/lib/condition-input';
import { rankGuides } from '@/lib/guides/rank';
import { MESSAGE_VERSION, type PollNowMessage } from '@/lib/messages';
import { recentStatusEvents } from '@/lib/status/history';
import { App, TOP_FIXES, type PopupActions } from './App';
import { createPopupModel, HISTORY_STRIP_DAYS } from './model';
import './popup.css';

const model = createPopupModel({
  readInput: readConditionInput,
  readEvents: (now) => recentStatusEvents(HISTORY_STRIP_DAYS, now),
  watch: watchConditionInput,
  pollNow: () =>
    browser.runtime.sendMessage({ v: MESSAGE_VERSION, type: 'poll-now' } satisfies PollNowMessage),
  now: Date.now,
});

const openTab = (url: string) => void browser.tabs.create({ url });

const actions: PopupActions = {
  fixesFor(condition) {
    const platforms = model.input.value?.settings.platforms;
    const top = rankGuides([condition.id], platforms)
      .slice(0, TOP_FIXES)
      .map((g) => ({ title: g.title, href: `/guide.html#${encodeURIComponent(g.id)}` }));
    return [
      ...top,
      { title: top.length ? 'More fixes' : 'See fixes', href: `/guide.html?condition=${condition.id}` },
    ];
  },
  openIcloudSettings: () => openTab(ICLOUD_SETTINGS_URL),
  openPage: (path) => openTab(browser.runtime.getURL(path)),
};

const root = document.getElementById('app');
if (root) {
  // Paint once with the data when it comes quickly (no skeleton flash, no jump); skeletons
  // with the cards' heights otherwise.
  const firstPaint = Promise.race([model.ready, new Promise((resolve) => setTimeout(resolve, 250))]);
  void firstPaint.then(() => render(<App model={model} actions={actions} />, root));
  addEventListener('pagehide', () => model.dispose());
}
