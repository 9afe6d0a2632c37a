/**
 * Parts of the content script that are not needed at document_start — the readers, the tip card —
 * are separate files of this extension, loaded on demand. Each runs in the content script's own
 * isolated world and hands its API over through a property of that world's global object, which
 * the page cannot see.
 */
import { browser, type PublicPath } from 'wxt/browser';

/** Loads `path` once and returns what it put at `globalName`; null when it cannot be loaded. */
export async function loadExtensionScript<T>(path: PublicPath, globalName: string): Promise<T | null> {
  const world = globalThis as typeof globalThis & Record<string, unknown>;
  if (world[globalName]) return world[globalName] as T;
  try {
    // The dynamic imports: fixed files of this extension, never a URL from the page.
    // eslint-disable-next-line no-unsanitized/method
    await import(/* @vite-ignore */ browser.runtime.getURL(path));
  } catch {
    return null;
  }
  return (world[globalName] as T | undefined) ?? null;
}
