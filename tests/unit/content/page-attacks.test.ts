import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadExtensionScript } from '@/content/load-script';
import { createReadersContext } from '@/content/readers-context';
import type { RoleScript } from '@/content/role-scripts';
import { provideScriptApi, scriptApiKey } from '@/content/script-api';

// A page script playing the attacker against the isolated content script, where happy-dom
// suffices (the channel's cases are in network-channel.test.ts; real worlds in the e2e tests).
// Each role script hands its API over under its name ('photos' for icloud-photos.js): an element
// with that id is exactly what a page could add.
const NAME = 'photos';
const PATH = '/icloud-photos.js';
const stopped = { stop: () => undefined };

describe('a page script cannot switch the readers off', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[NAME];
    delete (globalThis as unknown as Record<symbol, unknown>)[scriptApiKey(NAME)];
    document.body.replaceChildren();
  });

  it('by DOM clobbering: an element named like the readers’ global is not taken for their script', async () => {
    // What `<div id="__cloudCheckupReaders">` makes of the window: a named property, a string key.
    const decoy = document.createElement('div');
    decoy.id = NAME;
    document.body.append(decoy);
    Object.defineProperty(globalThis, NAME, { value: decoy, configurable: true });
    const readers: RoleScript = { start: () => stopped };
    provideScriptApi(NAME, readers);
    expect(await loadExtensionScript<RoleScript>(PATH, NAME, 'start')).toBe(readers);
  });

  it('by DOM clobbering alone: nothing that is not the script’s API is ever returned', async () => {
    Object.defineProperty(globalThis, NAME, {
      value: document.createElement('div'),
      configurable: true,
    });
    // The extension's file cannot be imported here: no readers, rather than the page's element.
    expect(await loadExtensionScript<RoleScript>(PATH, NAME, 'start')).toBeNull();
  });

  it('with a CustomEvent named like WXT’s "a newer copy started" signal (the tip card’s context)', () => {
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
