/**
 * Shows status notices as system notifications — only when the person turned notifications on
 * AND granted the optional `notifications` permission — and opens the matching page on a click.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { noticeTarget, type StatusNotice } from '@/lib/status/notices';

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

/** Returns how many notifications were shown. */
export async function showStatusNotices(notices: StatusNotice[], settings: Settings): Promise<number> {
  if (notices.length === 0 || !(await notificationsAllowed(settings))) return 0;
  for (const notice of notices) {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    });
  }
  return notices.length;
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
