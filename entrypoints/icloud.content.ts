import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { FrameReading } from '@/content/reporter';
import { runReaders } from '@/content/run-readers';
import { startTips } from '@/content/tips/controller';
import { currentApp } from '@/content/tips/current-app';
import { ICLOUD_WEB_MATCHES } from '@/lib/hosts';
import { MESSAGE_VERSION, type PageReportMessage } from '@/lib/messages';

// A content script never throws into the page: a background that is gone (extension updated)
// is not the page's problem.
function send(message: PageReportMessage): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: [...ICLOUD_WEB_MATCHES],
  allFrames: true,
  // document_start: the network channel's handshake must happen before the page's scripts run
  // (see content/network-channel.ts); the readers themselves wait for DOMContentLoaded.
  runAt: 'document_start',
  main(ctx) {
    const role = runReaders(ctx, window, (reading: FrameReading, current) => {
      if (current.kind === 'none') return;
      send({ v: MESSAGE_VERSION, type: 'page-report', role: current.kind, ...reading });
    });
    // Frames that are none of ours: runReaders started nothing; say nothing.
    if (role.kind === 'none') return;
    // Tips: one per page, so only the top frame asks for them. The tip UI itself loads only
    // when there is a tip to show.
    if (window.top === window) {
      const tips = startTips(ctx, () => currentApp(document, location.pathname));
      ctx.addEventListener(window, 'wxt:locationchange', () => tips.refresh());
    }
  },
});
