import { expect, it } from 'vitest';
import { feedText, HTML_ERROR_PAGE, photosOutage } from '../fixtures/status/feeds';
import { describeInBrowsers, waitFor } from './extension-under-test';
import { pollNow, serveFeed } from './status-helpers';

describeInBrowsers('the badge follows Apple status', (ext) => {
  const badgeText = (text: string) =>
    waitFor(
      () => ext().badge(),
      (badge) => badge.text === text,
      { what: `the badge to read "${text}"` },
    );

  it('shows ! with a tooltip naming iCloud Photos during an ongoing Photos outage', async () => {
    serveFeed(ext(), feedText(photosOutage('ongoing')));
    expect((await pollNow(ext())).consecutiveFailures).toBe(0);
    const { title } = await badgeText('!');
    expect(title, title).toContain('iCloud Photos');
  });

  it('clears once Apple reports the outage resolved', async () => {
    serveFeed(ext(), feedText(photosOutage('ongoing')));
    await pollNow(ext());
    await badgeText('!');
    serveFeed(ext(), feedText(photosOutage('resolved')));
    expect((await pollNow(ext())).consecutiveFailures).toBe(0);
    await badgeText('');
  });

  it('shows ? after three HTML error pages in a row', async () => {
    serveFeed(ext(), HTML_ERROR_PAGE, 200, 'text/html');
    let failures = 0;
    for (let i = 0; i < 3; i++) failures = (await pollNow(ext())).consecutiveFailures;
    expect(failures).toBeGreaterThanOrEqual(3);
    await badgeText('?');
  });
});
