import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { answerWith, STORAGE_92 } from './readers-support';

describe('the built extension in Chromium', () => {
  const h = useExtension();

  it('starts its service worker', async () => {
    const sw = await h().worker();
    expect(sw.url()).toBe(`chrome-extension://${h().extensionId}/background.js`);
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Cloud Checkup');
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
  });

  it('runs the content scripts in the iCloud.com shell and in the Photos iframe', async () => {
    h().server.route('setup.icloud.com', '/setup/ws/1/storageUsageInfo', answerWith(200, STORAGE_92));
    const page = await h().context.newPage();
    await page.goto('https://www.icloud.com/');
    await expect.poll(() => page.frames().length).toBe(2);
    const sw = await h().worker();
    const stored = () =>
      sw.evaluate(() =>
        chrome.storage.local.get<{
          storageReading?: { source: string; usedBytes: number };
          photosState?: { signedIn: boolean | null; view: string | null };
        }>(['storageReading', 'photosState']),
      );
    // The shell's scripts read the answer to its own storageUsageInfo request; the Photos frame's
    // reported the library it shows.
    await expect.poll(async () => (await stored()).storageReading?.source, { timeout: 10_000 }).toBe('api');
    await expect.poll(async () => (await stored()).photosState?.signedIn, { timeout: 10_000 }).toBe(true);
    expect((await stored()).storageReading?.usedBytes).toBe(49392123904);
    await page.close();
  });

  it('renders the popup', async () => {
    const popup = await h().openExtensionPage('popup');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Cloud Checkup');
    // The cards come with the stored data, after the first paint.
    await popup.getByRole('heading', { name: 'iCloud storage', exact: true }).waitFor();
    await popup.close();
  });

  it('makes no network request of its own while idle on iCloud.com', () => {
    expect(h().extensionRequests.filter((r) => r.url.includes('icloud.com'))).toEqual([]);
  });

  it('sees the requests the service worker makes (the network log itself works)', async () => {
    // Inside the extension's host access (Apple's status path), so the worker may read the answer.
    h().server.route('www.apple.com', '/support/systemstatus/harness-probe', (_req, res) => {
      res.end('ok');
    });
    const sw = await h().worker();
    const body = await sw.evaluate(() =>
      fetch('https://www.apple.com/support/systemstatus/harness-probe').then((r) => r.text()),
    );
    expect(body).toBe('ok');
    await expect
      .poll(() => h().extensionRequests.map((r) => `${r.from} ${r.url}`))
      .toContain('service-worker https://www.apple.com/support/systemstatus/harness-probe');
    expect(
      h().server.requests.some(
        (r) => r.host === 'www.apple.com' && r.path === '/support/systemstatus/harness-probe',
      ),
    ).toBe(true);
  });
});
