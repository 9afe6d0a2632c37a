/**
 * Runs in the page's main world at document_start, before the page's scripts: observes the page's
 * own fetch and XMLHttpRequest answers from Apple's storageUsageInfo endpoint, CloudKit's record
 * writes and the Photos upload steps (photosupload), and hands their text to the isolated content
 * script (see ../network-channel.ts for the channel and its threat model), which checks them. It
 * never changes a request or a response — it reads a clone — and every step is wrapped so that a
 * failure here is silent and the page carries on. It stays small: it is in every frame's
 * document_start path.
 */
// The page's own methods are taken before page scripts run and always called through Reflect.apply
// with an explicit receiver, so "unbound" is the point here.
/* eslint-disable @typescript-eslint/unbound-method */
import {
  CHANNEL_PREFIX,
  HELLO_EVENT,
  MAX_OBSERVATION_CHARS,
  READY_EVENT,
  type ChannelMessage,
} from '../network-channel';
import { CLOUDKIT_QUOTA_CODE, NETWORK } from '../signatures';

type Getter = (this: unknown) => unknown;

function getterOf(proto: object | undefined, name: string): Getter | undefined {
  return proto ? (Object.getOwnPropertyDescriptor(proto, name)?.get as Getter | undefined) : undefined;
}

export function installNetworkListener(win: Window & typeof globalThis): void {
  try {
    const doc = win.document;
    // Late (the page's scripts ran first): what would be taken below may already be the page's,
    // and the page could hear the handshake. Nothing is installed; the isolated side does not
    // join a late channel either.
    if (doc.readyState !== 'loading') return;
    // Taken now, before a page script could replace them.
    const apply = Reflect.apply as (fn: unknown, self: unknown, args: unknown[]) => unknown;
    const dispatch = win.EventTarget.prototype.dispatchEvent;
    const addListener = win.EventTarget.prototype.addEventListener;
    const removeListener = win.EventTarget.prototype.removeEventListener;
    const Custom = win.CustomEvent;
    const stringify = JSON.stringify;
    const includes = String.prototype.includes;
    const exec = RegExp.prototype.exec;
    const then = win.Promise.prototype.then;
    const responseProto = win.Response?.prototype;
    const clone = responseProto?.clone;
    const readText = responseProto?.text;
    const responseUrl = getterOf(responseProto, 'url');
    const responseStatus = getterOf(responseProto, 'status');
    const xhrProto = win.XMLHttpRequest?.prototype;
    const xhrUrl = getterOf(xhrProto, 'responseURL');
    const xhrStatus = getterOf(xhrProto, 'status');
    const xhrType = getterOf(xhrProto, 'responseType');
    const xhrText = getterOf(xhrProto, 'responseText');
    const xhrResponse = getterOf(xhrProto, 'response');
    const noop = (): void => undefined;

    const bytes = new Uint8Array(16);
    win.crypto.getRandomValues(bytes);
    const nonce = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const channel = CHANNEL_PREFIX + nonce;

    /** Which of Apple's answers a URL is; null for everything else (its body is never read). */
    const kindOf = (url: unknown): Omit<ChannelMessage, 'status' | 'body'> | null => {
      if (typeof url !== 'string') return null;
      if (apply(exec, NETWORK.storageUsageInfo.re, [url])) return { kind: 'storage' };
      if (apply(exec, NETWORK.cloudKitModify.re, [url])) return { kind: 'cloudkit' };
      const upload = apply(exec, NETWORK.photosUpload.re, [url]) as RegExpExecArray | null;
      return upload ? { kind: 'upload', step: upload[1] as ChannelMessage['step'] } : null;
    };
    const post = (what: Omit<ChannelMessage, 'status' | 'body'>, status: number, body: unknown): void => {
      try {
        if (typeof body !== 'string') return;
        // Storage numbers only from an answer that succeeded; a record write only when it may
        // carry the refusal (the isolated side checks where the code is).
        if (what.kind === 'storage' && !(status >= 200 && status < 300)) return;
        if (what.kind === 'cloudkit' && !apply(includes, body, [CLOUDKIT_QUOTA_CODE])) return;
        const detail = apply(stringify, JSON, [{ ...what, status, body }]) as string;
        if (detail.length <= MAX_OBSERVATION_CHARS) apply(dispatch, doc, [new Custom(channel, { detail })]);
      } catch {
        // Silent: the page must not notice.
      }
    };

    // The handshake: offer the nonce once, to the isolated script only (see network-channel.ts).
    const offer = (): boolean =>
      !apply(dispatch, doc, [new Custom(HELLO_EVENT, { detail: nonce, cancelable: true })]);
    if (!offer()) {
      const onReady = (): void => {
        if (offer()) apply(removeListener, doc, [READY_EVENT, onReady]);
      };
      apply(addListener, doc, [READY_EVENT, onReady]);
    }

    const originalFetch = win.fetch;
    if (typeof originalFetch === 'function' && clone && readText && responseUrl && responseStatus) {
      const onResponse = (response: unknown): void => {
        try {
          const what = kindOf(apply(responseUrl, response, []));
          if (!what) return;
          const status = apply(responseStatus, response, []) as number;
          const copy = apply(clone, response, []) as Response;
          apply(then, apply(readText, copy, []), [(body: string) => post(what, status, body), noop]);
        } catch {
          // Silent.
        }
      };
      const fetch = function (this: unknown, ...args: unknown[]): unknown {
        const pending = apply(originalFetch, this, args) as Promise<Response>;
        try {
          apply(then, pending, [onResponse, noop]);
        } catch {
          // Silent.
        }
        return pending;
      };
      Object.defineProperty(fetch, 'name', { value: 'fetch' });
      win.fetch = fetch as typeof win.fetch;
    }

    const originalOpen = xhrProto?.open;
    if (xhrProto && originalOpen && xhrUrl && xhrStatus && xhrType) {
      const onLoad = function (this: XMLHttpRequest): void {
        try {
          const what = kindOf(apply(xhrUrl, this, []));
          if (!what) return;
          const type = apply(xhrType, this, []);
          const body =
            type === '' || type === 'text'
              ? apply(xhrText!, this, [])
              : type === 'json'
                ? apply(stringify, JSON, [apply(xhrResponse!, this, [])])
                : '';
          post(what, apply(xhrStatus, this, []) as number, body);
        } catch {
          // Silent.
        }
      };
      xhrProto.open = function (this: XMLHttpRequest, ...args: unknown[]): void {
        try {
          apply(addListener, this, ['load', onLoad]);
        } catch {
          // Silent.
        }
        return apply(originalOpen, this, args) as void;
      };
    }
  } catch {
    // Whatever failed, the page goes on exactly as it would without us.
  }
}
