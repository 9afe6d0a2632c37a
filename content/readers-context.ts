/**
 * WXT's content script context (teardown of listeners and timers when the extension is updated or
 * removed), without its "a newer copy started" signal, for the tip card's shadow-root UI (the
 * readers and the tips use none: ../content/background-channel.ts). That signal is a DOM event
 * whose name any page script can build (the extension's id is no secret), so the page could take
 * the card down with one `CustomEvent`. A copy left behind by an update finds its extension API
 * gone instead (`isValid` checks it); the tips controller then takes the card off the page.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

class ReadersContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // No announcement: nothing listens for it.
  }
  override listenForNewerScripts(): void {
    // Nothing heard from the page's DOM can end this context.
  }
}

export function createReadersContext(name: string): ContentScriptContext {
  return new ReadersContext(name);
}
