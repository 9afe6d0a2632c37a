import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { identifyFrame } from '@/content/frame-role';
import { ICLOUD_WEB_MATCHES } from '@/lib/hosts';
import { MESSAGE_VERSION, type FrameHelloMessage } from '@/lib/messages';

export default defineContentScript({
  matches: [...ICLOUD_WEB_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const role = identifyFrame(location.href, window.top === window);
    // Frames that are none of ours: return at once, no observers, no timers.
    if (role.kind === 'none') return;
    const hello: FrameHelloMessage =
      role.kind === 'app'
        ? { v: MESSAGE_VERSION, type: 'frame-hello', role: 'app', app: role.app }
        : { v: MESSAGE_VERSION, type: 'frame-hello', role: role.kind };
    // A content script never throws into the page: a background that is gone (extension updated)
    // is not the page's problem.
    browser.runtime.sendMessage(hello).catch(() => undefined);
  },
});
