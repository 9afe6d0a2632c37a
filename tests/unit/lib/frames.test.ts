import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/entrypoints/background/content-messages';
import { openFramesItem, withoutTab } from '@/lib/frames';

const photosFrame = {
  id: fakeBrowser.runtime.id,
  tab: {
    id: 7,
    index: 0,
    pinned: false,
    highlighted: false,
    windowId: 1,
    active: true,
    incognito: false,
    selected: true,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
    frozen: false,
  },
  frameId: 3,
  url: 'https://www.icloud.com/applications/photos3/current/en-us/index.html',
};

describe('background: frame hello', () => {
  it('records the frame a valid hello came from', async () => {
    await handleContentMessage({ v: 1, type: 'frame-hello', role: 'photos' }, photosFrame);
    const frames = await openFramesItem.getValue();
    expect(frames).toMatchObject([{ tabId: 7, frameId: 3, role: 'photos' }]);
  });

  it('replaces, not duplicates, a frame that says hello twice', async () => {
    await handleContentMessage({ v: 1, type: 'frame-hello', role: 'photos' }, photosFrame);
    await handleContentMessage({ v: 1, type: 'frame-hello', role: 'photos' }, photosFrame);
    expect(await openFramesItem.getValue()).toHaveLength(1);
  });

  it('ignores a hello from a page that is not iCloud.com', async () => {
    const reply = handleContentMessage(
      { v: 1, type: 'frame-hello', role: 'shell' },
      { ...photosFrame, url: 'https://example.com/' },
    );
    expect(reply).toBeUndefined();
    expect(await openFramesItem.getValue()).toEqual([]);
  });

  it('ignores a malformed message from a real iCloud.com frame', async () => {
    expect(handleContentMessage({ v: 1, type: 'frame-hello', role: 'root' }, photosFrame)).toBeUndefined();
    expect(await openFramesItem.getValue()).toEqual([]);
  });

  it('forgets the frames of a closed tab', () => {
    const frames = [
      { tabId: 1, frameId: 0, role: 'shell' as const, seenAt: 1 },
      { tabId: 2, frameId: 0, role: 'shell' as const, seenAt: 1 },
    ];
    expect(withoutTab(frames, 1)).toEqual([frames[1]]);
  });
});
