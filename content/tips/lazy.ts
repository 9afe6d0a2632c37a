/**
 * The tip UI is a separate script, loaded only when a tip is to be shown (see ../load-script.ts),
 * so the content script that runs on every iCloud.com frame stays small.
 */
import type { TipActions } from '@/components/tip/TipCard';
import type { TipView } from '@/lib/tips/messages';
import { loadExtensionScript } from '../load-script';

export const TIP_UI_GLOBAL = '__cloudCheckupTipUi';
export const TIP_UI_PATH = '/tip-ui.js';

export interface TipUi {
  /** Shows `tip`, replacing any tip already shown. */
  show(tip: TipView, actions: TipActions): Promise<void>;
  hide(): void;
}

/** Loads the tip UI once; null when it cannot be loaded (the page then simply shows no tip). */
export function loadTipUi(): Promise<TipUi | null> {
  return loadExtensionScript<TipUi>(TIP_UI_PATH, TIP_UI_GLOBAL, 'show');
}
