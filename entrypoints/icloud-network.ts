import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isShellOrAppFrame } from '@/lib/frame-role';
import { installNetworkListener } from '@/content/main-world/network-listener';

// In the page's main world, before the page's own scripts: observes the page's storage and
// CloudKit responses (Chrome MV3; Firefox 128+, our minimum is 140). A plain script declared in
// wxt.config.ts, like icloud-start: as a WXT content script it would carry its manifest options
// into every frame's document_start path.
export default defineUnlistedScript(() => {
  // The manifest runs this on iCloud.com's hosts only: frames there without a role hear nothing.
  if (!isShellOrAppFrame(location.pathname, window.top === window)) return;
  installNetworkListener(window);
});
