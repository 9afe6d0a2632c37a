/**
 * How a script of this extension loaded on demand (./load-script.ts) hands its API over: a
 * property of the content script's own global object under a symbol. A page cannot reach that
 * object, and a symbol is out of reach of DOM clobbering too (an element `id="…"` becomes a named
 * property of the window, under a string).
 */
export function scriptApiKey(name: string): symbol {
  return Symbol.for(`cloud-checkup:${name}`);
}

export function provideScriptApi(name: string, api: object): void {
  (globalThis as unknown as Record<symbol, unknown>)[scriptApiKey(name)] = api;
}

/** What `name` provided, if it is an API object of ours (never a page's element). */
export function providedScriptApi<T extends object>(name: string, method: keyof T & string): T | null {
  const api = (globalThis as unknown as Record<symbol, unknown>)[scriptApiKey(name)];
  const ok =
    typeof api === 'object' && api !== null && typeof (api as Record<string, unknown>)[method] === 'function';
  return ok ? (api as T) : null;
}
