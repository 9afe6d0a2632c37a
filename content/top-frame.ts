/**
 * The top frame's script (`icloud-top.js`): the tips (one per page) and, while the shell shows the
 * account settings view, the storage view's readers. The top frame moves between the two without a
 * reload, so its one script carries both; the shell itself reads nothing of its page.
 */
import { roleFromPath } from '@/lib/frame-role';
import { extensionAlive, sendPageReport } from './background-channel';
import { storageViewReader } from './read-storage-view';
import type { RunningScript } from './role-scripts';
import { runReaders } from './run-readers';
import { startTips } from './tips/controller';
import { currentApp } from './tips/current-app';
import { watchLocation } from './watch-location';

export function startTopFrame(win: Window): RunningScript {
  const stopped = new AbortController();
  let view: RunningScript | null = null;
  const tips = startTips(() => currentApp(win.document, win.location.pathname), stopped.signal);

  const stop = (): void => {
    stopped.abort();
    view?.stop();
    view = null;
  };
  const follow = (url: string): void => {
    if (!extensionAlive()) return stop();
    const settings = roleFromPath(new URL(url).pathname, true).kind === 'settings';
    if (settings && !view) {
      view = runReaders(win, storageViewReader, (reading) => sendPageReport('settings', reading));
    } else if (!settings && view) {
      view.stop();
      view = null;
    }
    tips.refresh();
  };
  watchLocation(win, follow, stopped.signal);
  follow(win.location.href);
  return { stop };
}
