import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { OptionsPorts } from '@/components/options/ports';
import { progressDataParts } from '@/lib/guides/progress-data';
import { pageRequest } from '@/lib/messages';
import { exportFileName, exportMyData } from '@/lib/my-data';
import { getSettings, normaliseSettings, sendSettingsChange, settingsItem } from '@/lib/settings';

const NOTIFICATIONS = { permissions: ['notifications'] } as const;

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; free the memory after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ports: OptionsPorts = {
  loadSettings: getSettings,
  // The background writes the settings; the page asks it to (one writer across contexts).
  saveSettings: sendSettingsChange,
  watchSettings: (onChange) => settingsItem.watch((value) => onChange(normaliseSettings(value))),
  notificationPermission: {
    has: () => browser.permissions.contains({ permissions: [...NOTIFICATIONS.permissions] }),
    request: () => browser.permissions.request({ permissions: [...NOTIFICATIONS.permissions] }),
    remove: () => browser.permissions.remove({ permissions: [...NOTIFICATIONS.permissions] }),
  },
  async exportData() {
    const now = Date.now();
    const data = await exportMyData(now, progressDataParts);
    const name = exportFileName(now);
    download(name, JSON.stringify(data, null, 2));
    return name;
  },
  // The background writes every item it clears; the page asks it to (one writer across contexts).
  async clearData() {
    const reply: unknown = await browser.runtime.sendMessage(pageRequest('clear-my-data'));
    if (reply !== true) throw new Error('Your data was not cleared.');
  },
};

export function App() {
  return <OptionsPage ports={ports} />;
}
