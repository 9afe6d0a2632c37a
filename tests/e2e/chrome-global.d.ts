// Code passed to worker.evaluate()/page.evaluate() runs inside the extension, where `chrome` is
// the browser's own API object; the e2e tests type it with WXT's generated Chrome types.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
