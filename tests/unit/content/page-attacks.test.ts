import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadExtensionScript } from '@/content/load-script';
import { createReadersContext } from '@/content/readers-context';
import { READERS_GLOBAL, READERS_PATH, type ReadersScript } from '@/content/readers-script';
import { provideScriptApi, scriptApiKey } from '@/content/script-api';

// A page script playing the attacker against the isolated content script, where happy-dom
// suffices (the channel's cases are in network-channel.test.ts; real worlds in the e2e tests).
describe('a page script cannot switch the readers off', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[READERS_GLOBAL];
    delete (globalThis as unknown as Record<symbol, unknown>)[scriptApiKey(READERS_GLOBAL)];
    document.body.replaceChildren();
  });

  it('by DOM clobbering: an element named like the readers’ global is not taken for their script', async () => {
    // What `<div id="__cloudCheckupReaders">` makes of the window: a named property, a string key.
    const decoy = document.createElement('div');
    decoy.id = READERS_GLOBAL;
    document.body.append(decoy);
    Object.defineProperty(globalThis, READERS_GLOBAL, { value: decoy, configurable: true });
    const readers: ReadersScript = { start: () => undefined };
    provideScriptApi(READERS_GLOBAL, readers);
    expect(await loadExtensionScript<ReadersScript>(READERS_PATH, READERS_GLOBAL, 'start')).toBe(readers);
  });

  it('by DOM clobbering alone: nothing that is not the script’s API is ever returned', async () => {
    Object.defineProperty(globalThis, READERS_GLOBAL, {
      value: document.createElement('div'),
      configurable: true,
    });
    // The extension's file cannot be imported here: no readers, rather than the page's element.
    expect(await loadExtensionScript<ReadersScript>(READERS_PATH, READERS_GLOBAL, 'start')).toBeNull();
  });

  it('with a CustomEvent named like WXT’s "a newer copy started" signal', () => {
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    const forged = () =>
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'icloud', messageId: 'page' } }),
      );
    const ours = createReadersContext('icloud');
    // WXT's own context falls for it: the forged event is the real signal's twin.
    const wxts = new ContentScriptContext('icloud');
    forged();
    expect(wxts.isValid).toBe(false);
    expect(ours.isValid).toBe(true);
    ours.abort();
  });
});
