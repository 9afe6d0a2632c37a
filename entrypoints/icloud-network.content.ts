import { defineContentScript } from 'wxt/utils/define-content-script';
import { isShellOrAppFrame } from '@/lib/frame-role';
import { installNetworkListener } from '@/content/main-world/network-listener';
import { ICLOUD_WEB_MATCHES } from '@/lib/hosts';

// In the page's main world, before the page's own scripts: observes the page's storage and
// CloudKit responses (Chrome MV3; Firefox 128+, our minimum is 140).
export default defineContentScript({
  matches: [...ICLOUD_WEB_MATCHES],
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    // The manifest runs this on iCloud.com's hosts only: frames there without a role hear nothing.
    if (!isShellOrAppFrame(location.pathname, window.top === window)) return;
    installNetworkListener(window);
  },
});
