/**
 * The read of the view the background stored, asked for before anything else of the popup runs:
 * main.tsx imports this module first, so the bundle starts the read at its top and the browser
 * fetches the view while the rest of the script (Preact, the components) is evaluated. Reading it
 * after the script has run added the storage round trip to the popup's time to content
 * (tests/bench/popup.bench.ts).
 */
import { browser } from 'wxt/browser';
import { POPUP_VIEW_KEY } from '@/lib/popup-view/types';

export const storedView: Promise<unknown> = browser.storage.local
  .get(POPUP_VIEW_KEY)
  .then((items) => items[POPUP_VIEW_KEY]);
