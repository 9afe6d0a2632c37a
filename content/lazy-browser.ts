/**
 * What `wxt/browser` is in the scripts that run on iCloud.com frames (see wxt.config.ts): the
 * browser's own extension API object, as @wxt-dev/browser picks it, but looked up on first use.
 * @wxt-dev/browser reads `browser.runtime.id` when the script starts, and the browser sets up its
 * extension API in a frame on first touch: at document_start that would be in every frame while
 * the page loads, for a script that needs the API only afterwards.
 */
import type { Browser } from '@wxt-dev/browser';

type Api = typeof Browser;
type Global = typeof globalThis & { browser?: Api; chrome?: Api };

function api(): Api | undefined {
  const g = globalThis as Global;
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

export const browser: Api = new Proxy({} as Api, {
  // Nothing there (not an extension context): undefined, as `globalThis.chrome?.runtime` would be.
  get: (_target, key) => api()?.[key as keyof Api],
});
