/**
 * Shows status notices as system notifications — only when the person turned notifications on
 * AND granted the optional `notifications` permission — and opens the matching page on a click.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { pendingNoticesItem } from '@/lib/state-items';
import { noticeTarget, readPendingNotices } from '@/lib/status/notices';

export async function notificationsAllowed(settings: Settings): Promise<boolean> {
  if (!settings.notifications) return false;
  try {
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  } catch {
    return false;
  }
  // The API only exists once the optional permission is granted.
  return typeof browser.notifications?.create === 'function';
}

/**
 * Shows the notices a poll left waiting (storage item `pendingNotices`), one at a time, and marks
 * each shown only once the browser has shown it. A worker killed between the two shows it again
 * next time under the same id, which replaces the notification rather than adding a second one.
 * Notices waiting while notifications are not allowed are dropped: they are not to be shown.
 * Returns how many were shown.
 */
export async function deliverPendingNotices(settings: Settings, now: number): Promise<number> {
  const waiting = readPendingNotices(await pendingNoticesItem.getValue(), now);
  if (waiting.length === 0) return 0;
  if (!(await notificationsAllowed(settings))) {
    await pendingNoticesItem.setValue([]);
    return 0;
  }
  let shown = 0;
  for (const notice of waiting) {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    });
    shown++;
    const left = readPendingNotices(await pendingNoticesItem.getValue(), now).filter(
      (n) => !(n.id === notice.id && n.at === notice.at),
    );
    await pendingNoticesItem.setValue(left);
  }
  return shown;
}

/** A click opens the outage guide (a start) or the popup's content (back to normal). */
export async function openNoticeTarget(notificationId: string): Promise<void> {
  const target = noticeTarget(notificationId);
  if (!target) return;
  await browser.tabs.create({ url: browser.runtime.getURL(target as '/popup.html') });
  await browser.notifications?.clear(notificationId);
}

let listening = false;

/** Registers the click listener once the API exists (it appears when the permission is granted). */
export function listenToNoticeClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  browser.notifications.onClicked.addListener((id) => void openNoticeTarget(id));
  listening = true;
}
