import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFrame } from '@/content/frame-start';
import { loadReadersScript } from '@/content/readers-script';

// The content script of every iCloud.com frame, at document_start, in the extension's isolated
// world: the manifest entry is added in wxt.config.ts. A plain script rather than a WXT content
// script: WXT's context (teardown on update) would set up the extension API in every frame at
// document_start; the readers create that context once the frame has loaded.
export default defineUnlistedScript(() => {
  startFrame(window, async (network) => {
    const readers = await loadReadersScript();
    readers?.start(window, network);
  });
});
