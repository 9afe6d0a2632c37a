/**
 * The tip UI is a separate script, loaded only when a tip is to be shown, so the content script
 * that runs on every iCloud.com frame stays small. The script runs in the content script's own
 * isolated world and hands its API over through a property of that world's global object, which
 * the page cannot see.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TipActions } from '@/components/tip/TipCard';
import type { TipView } from '@/lib/tips/messages';

export const TIP_UI_GLOBAL = '__cloudCheckupTipUi';
export const TIP_UI_PATH = '/tip-ui.js';

export interface TipUi {
  /** Shows `tip`, replacing any tip already shown. */
  show(ctx: ContentScriptContext, tip: TipView, actions: TipActions): Promise<void>;
  hide(): void;
}

type WithTipUi = typeof globalThis & { [TIP_UI_GLOBAL]?: TipUi };

/** Loads the tip UI once; null when it cannot be loaded (the page then simply shows no tip). */
export async function loadTipUi(): Promise<TipUi | null> {
  const world = globalThis as WithTipUi;
  if (world[TIP_UI_GLOBAL]) return world[TIP_UI_GLOBAL];
  try {
    // The one dynamic import: a fixed file of this extension, never a URL from the page.
    // eslint-disable-next-line no-unsanitized/method
    await import(/* @vite-ignore */ browser.runtime.getURL(TIP_UI_PATH));
  } catch {
    return null;
  }
  return world[TIP_UI_GLOBAL] ?? null;
}
