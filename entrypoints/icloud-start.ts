import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFrame } from '@/content/frame-start';
import { loadRoleScript } from '@/content/role-scripts';

// The content script of every iCloud.com frame, at document_start, in the extension's isolated
// world: the manifest entry is added in wxt.config.ts. A plain script rather than a WXT content
// script: WXT's context would set up the extension API in every frame at document_start. The
// scripts it loads later stop on their own when the extension goes (content/background-channel.ts).
export default defineUnlistedScript(() => {
  startFrame(window, async (script, network) => {
    (await loadRoleScript(script))?.start(window, network);
  });
});
