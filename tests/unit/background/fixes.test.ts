import { describe, expect, it } from 'vitest';
import { currentFixes } from '@/entrypoints/background/fixes';
import { openGuideLibrary } from '@/lib/guides/library';
import { settingsItem } from '@/lib/settings';
import { pollRecordItem, statusSnapshotItem } from '@/lib/state-items';
import { event, input, NOW, snapshot } from '../lib/conditions/build';

describe('ranked fixes in the background', () => {
  it('ranks the stored conditions against the guides database, the answers in it and the settings', async () => {
    await statusSnapshotItem.setValue(snapshot({ photos: [event('outage', 'ongoing')] }));
    await pollRecordItem.setValue(input().poll);
    expect((await currentFixes(NOW)).outage?.map((f) => f.guideId)).toEqual([
      'wait-out-an-outage',
      'contact-apple-support',
    ]);

    const library = await openGuideLibrary();
    expect(await library.saveOutcome({ guideId: 'wait-out-an-outage', outcome: 'not-fixed', at: NOW })).toBe(
      'saved',
    );
    expect((await currentFixes(NOW)).outage?.[0]?.guideId).toBe('contact-apple-support');

    await settingsItem.setValue({ ...input().settings, watchedServices: [] });
    expect(await currentFixes(NOW)).toEqual({});
  });
});
