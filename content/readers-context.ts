/**
 * WXT's content script context (teardown of listeners and timers when the extension is updated or
 * removed), without its "a newer copy started" signal. That signal is a DOM event whose name any
 * page script can build (the extension's id is no secret), so the page could switch the readers
 * off with one `CustomEvent`. A copy left behind by an update finds its extension API gone instead
 * (`isValid` checks it) and stops at its next read; no copy is ever started twice in a frame, as
 * the document_start script starts the readers once.
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
