/**
 * What the options page needs from the browser, as plain functions: the page's wiring passes the
 * real ones (wxt storage, browser.permissions, a download), tests pass their own.
 */
import type { Settings } from '@/lib/settings';

export interface NotificationPermissionPort {
  /** Whether the optional `notifications` permission is held now. */
  has: () => Promise<boolean>;
  /** Asks the browser; must be called straight from the click, before any await. */
  request: () => Promise<boolean>;
  /** Gives the permission back. */
  remove: () => Promise<boolean>;
}

export interface OptionsPorts {
  loadSettings: () => Promise<Settings>;
  saveSettings: (change: Partial<Settings>) => Promise<Settings>;
  /** Calls back when the settings change elsewhere (another tab, a clear); returns an unwatch. */
  watchSettings: (onChange: (settings: Settings) => void) => () => void;
  notificationPermission: NotificationPermissionPort;
  /** Builds the export and hands it to the browser as a download; returns the file name. */
  exportData: () => Promise<string>;
  clearData: () => Promise<void>;
}
