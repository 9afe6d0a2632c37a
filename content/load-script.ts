/**
 * Parts of the content script that are not needed at document_start — the readers, the tip card —
 * are separate files of this extension, loaded on demand. Each runs in the content script's own
 * isolated world and hands its API over through ./script-api.ts, out of the page's reach.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { providedScriptApi } from './script-api';

/**
 * Loads `path` once and returns the API it provided as `name` (an object with `method`); null
 * when it cannot be loaded.
 */
export async function loadExtensionScript<T extends object>(
  path: PublicPath,
  name: string,
  method: keyof T & string,
): Promise<T | null> {
  const loaded = providedScriptApi<T>(name, method);
  if (loaded) return loaded;
  try {
    // The dynamic imports: fixed files of this extension, never a URL from the page.
    // eslint-disable-next-line no-unsanitized/method
    await import(/* @vite-ignore */ browser.runtime.getURL(path));
  } catch {
    return null;
  }
  return providedScriptApi<T>(name, method);
}
