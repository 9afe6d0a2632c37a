/**
 * The tips controller is a script of its own, `icloud-tips.js`, loaded by the readers' script in
 * the top frame only (one tip per page; see ../load-script.ts): app frames never load it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadExtensionScript } from '../load-script';

export const TIPS_GLOBAL = '__cloudCheckupTips';
export const TIPS_PATH = '/icloud-tips.js';

export interface TipsScript {
  /** Starts the tips controller for the top frame `win`. */
  start(ctx: ContentScriptContext, win: Window): void;
}

export function loadTipsScript(): Promise<TipsScript | null> {
  return loadExtensionScript<TipsScript>(TIPS_PATH, TIPS_GLOBAL, 'start');
}
