/**
 * The readers are a script of their own, `icloud-readers.js`, loaded by the document_start content
 * script once the frame has loaded and is idle (see ./frame-start.ts and ./load-script.ts): at
 * document_start only the network channel must be in place.
 */
import { loadExtensionScript } from './load-script';
import type { ObservationListener } from './network-channel';

export const READERS_GLOBAL = '__cloudCheckupReaders';
export const READERS_PATH = '/icloud-readers.js';

export interface ReadersScript {
  /** Starts the readers in this frame (and the tips, in the top frame). */
  start(win: Window, network: (listener: ObservationListener) => void): void;
}

export function loadReadersScript(): Promise<ReadersScript | null> {
  return loadExtensionScript<ReadersScript>(READERS_PATH, READERS_GLOBAL, 'start');
}
