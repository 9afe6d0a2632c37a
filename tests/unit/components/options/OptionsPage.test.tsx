import { describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { NotificationPermissionPort, OptionsPorts } from '@/components/options/ports';
import {
  DEFAULT_SETTINGS,
  getSettings,
  normaliseSettings,
  settingsItem,
  updateSettings,
} from '@/lib/settings';
import { ICLOUD_SERVICES } from '@/lib/status/catalogue';
import { byLabel, byRole, click, commit, mount, settle, textOf, typeInto } from '../render';

function permission(overrides: Partial<NotificationPermissionPort> = {}): NotificationPermissionPort {
  return {
    has: vi.fn(() => Promise.resolve(false)),
    request: vi.fn(() => Promise.resolve(true)),
    remove: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
}

function ports(overrides: Partial<OptionsPorts> = {}): OptionsPorts {
  return {
    loadSettings: getSettings,
    saveSettings: updateSettings,
    watchSettings: (cb) => settingsItem.watch((v) => cb(normaliseSettings(v))),
    notificationPermission: permission(),
    exportData: vi.fn(() => Promise.resolve('cloud-checkup-data-2026-06-03.json')),
    clearData: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

async function open(p: OptionsPorts = ports()) {
  const page = mount(<OptionsPage ports={p} />);
  await settle();
  return page;
}

async function openServices(page: HTMLElement) {
  const change = byRole(page, 'button', 'Change');
  expect(change.getAttribute('aria-expanded')).toBe('false');
  click(change);
  await settle();
  expect(change.getAttribute('aria-expanded')).toBe('true');
}

const status = (page: HTMLElement) => textOf(page.querySelector('[role="status"]'));

describe('the options page', () => {
  it('shows the stored settings, defaults first', async () => {
    const page = await open();
    expect(byLabel(page, 'Warn me when iCloud storage is at least').value).toBe('90');
    expect(byLabel(page, 'Notify me').checked).toBe(false);
    expect(byLabel<HTMLSelectElement>(page, 'Call an upload stalled').value).toBe('10');
    expect(byLabel(page, '5 minutes').checked).toBe(true);
    expect(byLabel(page, 'Show a tip on iCloud.com').checked).toBe(true);
    // All watched: a summary, and the list of 19 only on request.
    expect(textOf(page)).toContain(`All ${ICLOUD_SERVICES.length} watched`);
    expect(page.querySelectorAll('input[name="watched"]')).toHaveLength(0);
    await openServices(page);
    const watched = [...page.querySelectorAll<HTMLInputElement>('input[name="watched"]')];
    expect(watched).toHaveLength(ICLOUD_SERVICES.length);
    expect(watched.every((box) => box.checked)).toBe(true);
    // Watching all is already the case: no button for it.
    expect(textOf(page)).not.toContain('Watch all');
  });

  it('groups watched services under a legend per group', async () => {
    const page = await open();
    await openServices(page);
    const legends = [...page.querySelectorAll('.cc-subgroup > legend')].map(textOf);
    expect(legends).toEqual([
      'Photos, Drive and backup',
      'Account and iCloud.com',
      'Mail and contacts',
      'Calendar, notes and iWork',
      'Privacy and devices',
    ]);
    const photosGroup = page.querySelector('.cc-subgroup')!;
    expect(textOf(photosGroup)).toContain('iCloud Photos');
  });

  it('saves a new threshold as soon as it is typed, and says so', async () => {
    const page = await open();
    typeInto(byLabel(page, 'Warn me when iCloud storage is at least'), '95');
    await settle();
    expect((await getSettings()).nearlyFullThreshold).toBe(95);
    expect(status(page)).toBe('Saved: nearly full from 95%.');
  });

  it('keeps an out-of-range threshold out of storage and explains the range', async () => {
    const page = await open();
    const field = byLabel(page, 'Warn me when iCloud storage is at least');
    typeInto(field, '120');
    commit(field);
    await settle();
    expect((await getSettings()).nearlyFullThreshold).toBe(90);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(page.querySelector('#threshold-error'))).toContain('Enter a whole number from 50 to 99');
  });

  it('stops watching a service when it is unticked, and watches all again on request', async () => {
    const page = await open();
    await openServices(page);
    click(byLabel(page, 'iCloud Mail'));
    await settle();
    expect((await getSettings()).watchedServices).not.toContain('icloud-mail');
    expect(byLabel(page, 'iCloud Mail').checked).toBe(false);
    expect(textOf(page)).toContain(`${ICLOUD_SERVICES.length - 1} of ${ICLOUD_SERVICES.length} watched`);
    click(byRole(page, 'button', `Watch all ${ICLOUD_SERVICES.length} services`));
    await settle();
    expect((await getSettings()).watchedServices).toEqual(ICLOUD_SERVICES.map((s) => s.id));
    expect(textOf(page)).not.toContain('Watch all');
  });

  it('warns when no service is watched', async () => {
    await updateSettings({ watchedServices: [] });
    const page = await open();
    expect(textOf(page)).toContain('No service is watched');
    expect(textOf(page)).toContain('None watched');
  });

  it('saves the polling interval, stall window, tips and devices', async () => {
    const page = await open();
    click(byLabel(page, '15 minutes'));
    commit(byLabel<HTMLSelectElement>(page, 'Call an upload stalled'), '30');
    click(byLabel(page, 'Show a tip on iCloud.com'));
    click(byLabel(page, 'Windows PC'));
    await settle();
    expect(await getSettings()).toMatchObject({
      pollIntervalMinutes: 15,
      stallWindowMinutes: 30,
      tipsOnIcloud: false,
      platforms: ['iphone-ipad', 'mac', 'icloud-web'],
    });
  });

  it('follows a change made elsewhere (another tab or a clear)', async () => {
    const page = await open();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, nearlyFullThreshold: 70 });
    await settle();
    expect(byLabel(page, 'Warn me when iCloud storage is at least').value).toBe('70');
  });

  it('says when a change could not be saved', async () => {
    const page = await open(ports({ saveSettings: () => Promise.reject(new Error('quota')) }));
    click(byLabel(page, 'Show a tip on iCloud.com'));
    await settle();
    expect(status(page)).toBe('Could not save that change. Please try again.');
  });
});

describe('notifications on the options page', () => {
  it('asks for the permission from the click and turns on when it is given', async () => {
    const perm = permission();
    const page = await open(ports({ notificationPermission: perm }));
    click(byLabel(page, 'Notify me'));
    expect(perm.request).toHaveBeenCalledOnce();
    await settle();
    expect((await getSettings()).notifications).toBe(true);
    expect(byLabel(page, 'Notify me').checked).toBe(true);
  });

  it('stays off and says why when the permission is refused', async () => {
    const perm = permission({ request: vi.fn(() => Promise.resolve(false)) });
    const page = await open(ports({ notificationPermission: perm }));
    click(byLabel(page, 'Notify me'));
    await settle();
    expect((await getSettings()).notifications).toBe(false);
    expect(byLabel(page, 'Notify me').checked).toBe(false);
    expect(textOf(page)).toContain(
      'Notifications stay off: the browser did not give Cloud Checkup permission',
    );
  });

  it('turns off at once and offers to give the permission back', async () => {
    await updateSettings({ notifications: true });
    const perm = permission({ has: vi.fn(() => Promise.resolve(true)) });
    const page = await open(ports({ notificationPermission: perm }));
    click(byLabel(page, 'Notify me'));
    await settle();
    expect((await getSettings()).notifications).toBe(false);
    expect(perm.request).not.toHaveBeenCalled();
    click(byRole(page, 'button', 'Give back the permission'));
    await settle();
    expect(perm.remove).toHaveBeenCalledOnce();
    expect(textOf(page)).toContain('no longer has permission to show notifications');
  });

  it('points out notifications that are on without the permission', async () => {
    await updateSettings({ notifications: true });
    const page = await open(
      ports({ notificationPermission: permission({ has: () => Promise.resolve(false) }) }),
    );
    expect(textOf(page)).toContain('Notifications are on, but the browser no longer allows them');
    expect(byRole(page, 'button', 'Allow notifications again')).toBeTruthy();
  });
});

describe('my data on the options page', () => {
  it('exports and names the downloaded file', async () => {
    const p = ports();
    const page = await open(p);
    click(byRole(page, 'button', 'Export my data'));
    await settle();
    expect(p.exportData).toHaveBeenCalledOnce();
    expect(status(page)).toBe('Exported your data to cloud-checkup-data-2026-06-03.json in your downloads.');
  });

  it('clears only after a confirmation', async () => {
    const p = ports();
    const page = await open(p);
    const clear = byRole(page, 'button', 'Clear my data');
    click(clear);
    await settle();
    expect(p.clearData).not.toHaveBeenCalled();
    expect(clear.getAttribute('aria-expanded')).toBe('true');
    const yes = byRole(page, 'button', 'Yes, clear my data');
    expect(document.activeElement).toBe(yes);
    click(yes);
    await settle();
    expect(p.clearData).toHaveBeenCalledOnce();
    expect(status(page)).toContain('Cleared');
    expect(document.activeElement).toBe(clear);
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const p = ports();
    const page = await open(p);
    click(byRole(page, 'button', 'Clear my data'));
    await settle();
    click(byRole(page, 'button', 'Cancel'));
    await settle();
    expect(p.clearData).not.toHaveBeenCalled();
    expect(page.querySelector('#clear-confirm')?.hasAttribute('hidden')).toBe(true);
  });
});
