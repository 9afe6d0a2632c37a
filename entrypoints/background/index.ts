import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openFramesItem, withoutTab } from '@/lib/frames';
import { contentMessageListener } from './content-messages';

export default defineBackground(() => {
  // Listeners are registered synchronously at the top level so the browser can wake the worker
  // for them; every handler reads what it needs from storage, never from memory.
  browser.runtime.onMessage.addListener(contentMessageListener);

  browser.tabs.onRemoved.addListener((tabId) => {
    void openFramesItem.getValue().then((frames) => openFramesItem.setValue(withoutTab(frames, tabId)));
  });
});
