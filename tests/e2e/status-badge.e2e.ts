import { describe, expect, it } from 'vitest';
import { feedText, HTML_ERROR_PAGE, photosOutage } from '../fixtures/status/feeds';
import { useExtension } from './harness';
import { pollNow, serveFeed } from './status-helpers';

describe('the badge follows Apple status', () => {
  const h = useExtension();

  it('shows ! with a tooltip naming iCloud Photos during an ongoing Photos outage', async () => {
    serveFeed(h(), feedText(photosOutage('ongoing')));
    expect((await pollNow(h())).consecutiveFailures).toBe(0);
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('!');
    const { title } = await h().badge();
    expect(title, title).toContain('iCloud Photos');
  });

  it('clears once Apple reports the outage resolved', async () => {
    serveFeed(h(), feedText(photosOutage('resolved')));
    expect((await pollNow(h())).consecutiveFailures).toBe(0);
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('');
  });

  it('shows ? after three HTML error pages in a row', async () => {
    serveFeed(h(), HTML_ERROR_PAGE, 200, 'text/html');
    let failures = 0;
    for (let i = 0; i < 3; i++) failures = (await pollNow(h())).consecutiveFailures;
    expect(failures).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await h().badge()).text, { timeout: 10_000 }).toBe('?');
  });
});
