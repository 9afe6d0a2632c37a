import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { ICLOUD_SETTINGS_URL } from '@/components/popup/StorageCard';
import { readConditionInput } from '@/lib/conditions/current';
import { signal } from '@preact/signals';
import { openGuideLibrary, type GuideLibrary } from '@/lib/guides/library';
import { summariseProgress } from '@/lib/guides/progress';
import { rankGuides } from '@/lib/guides/rank';
import { conditionHref, planGuideHref } from '@/lib/guides/route';
import { MESSAGE_VERSION, type PollNowMessage } from '@/lib/messages';
import { settingsItem } from '@/lib/settings';
import { photosStateItem, pollRecordItem, statusSnapshotItem, storageReadingItem } from '@/lib/state-items';
import { recentStatusEvents } from '@/lib/status/history';
import { App, TOP_FIXES, type PopupActions } from './App';
import { createPopupModel, HISTORY_STRIP_DAYS } from './model';
import './popup.css';

const WATCHED_ITEMS = [storageReadingItem, photosStateItem, statusSnapshotItem, pollRecordItem, settingsItem];

const model = createPopupModel({
  readInput: readConditionInput,
  readEvents: (now) => recentStatusEvents(HISTORY_STRIP_DAYS, now),
  watch(onChange) {
    const unwatchers = WATCHED_ITEMS.map((item) => item.watch(onChange));
    return () => unwatchers.forEach((u) => u());
  },
  pollNow: () =>
    browser.runtime.sendMessage({ v: MESSAGE_VERSION, type: 'poll-now' } satisfies PollNowMessage),
  now: Date.now,
});

const openTab = (url: string) => void browser.tabs.create({ url });

// Fix titles come from the guides database; the popup only reads, so it lets it go at once.
const library = signal<GuideLibrary | null>(null);
const libraryReady = openGuideLibrary().then((opened) => {
  opened.close();
  library.value = opened;
});

const actions: PopupActions = {
  fixesFor(condition) {
    const platforms = model.input.value?.settings.platforms;
    const opened = library.value;
    // Until the database answers, the condition's own page link stands alone.
    const top = (
      opened
        ? rankGuides(
            [condition.id],
            platforms,
            summariseProgress(opened.steps, opened.outcomes),
            opened.guides,
          )
        : []
    )
      .slice(0, TOP_FIXES)
      .map((g) => ({ title: g.title, href: `/guide.html${planGuideHref(condition.id, g.id)}` }));
    return [
      ...top,
      { title: top.length ? 'More fixes' : 'See fixes', href: `/guide.html${conditionHref(condition.id)}` },
    ];
  },
  openIcloudSettings: () => openTab(ICLOUD_SETTINGS_URL),
  openPage: (path) => openTab(browser.runtime.getURL(path)),
};

const root = document.getElementById('app');
if (root) {
  // Paint once with the data when it comes quickly (no skeleton flash, no jump); skeletons
  // with the cards' heights otherwise.
  const firstPaint = Promise.race([
    Promise.all([model.ready, libraryReady]),
    new Promise((resolve) => setTimeout(resolve, 250)),
  ]);
  void firstPaint.then(() => render(<App model={model} actions={actions} />, root));
  addEventListener('pagehide', () => model.dispose());
}
