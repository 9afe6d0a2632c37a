/**
 * Runs in the page's main world at document_start, before the page's scripts: observes the page's
 * own fetch and XMLHttpRequest responses from Apple's storageUsageInfo endpoint and CloudKit, and
 * hands what it saw to the isolated content script (see ../network-channel.ts for the channel and
 * its threat model). It never changes a request or a response — it reads a clone — and every step
 * is wrapped so that a failure here is silent and the page carries on.
 */
// The page's own methods are taken before page scripts run and always called through Reflect.apply
// with an explicit receiver, so "unbound" is the point here.
/* eslint-disable @typescript-eslint/unbound-method */
import { isQuotaExceeded } from '@/lib/readings/cloudkit';
import { CHANNEL_PREFIX, HELLO_EVENT, MAX_OBSERVATION_CHARS, READY_EVENT } from '../network-channel';
import { NETWORK } from '../signatures';

type Getter = (this: unknown) => unknown;

function getterOf(proto: object | undefined, name: string): Getter | undefined {
  return proto ? (Object.getOwnPropertyDescriptor(proto, name)?.get as Getter | undefined) : undefined;
}

export function installNetworkListener(win: Window & typeof globalThis): void {
  try {
    // Taken now, before a page script could replace them.
    const apply = Reflect.apply as (fn: unknown, self: unknown, args: unknown[]) => unknown;
    const dispatch = win.EventTarget.prototype.dispatchEvent;
    const addListener = win.EventTarget.prototype.addEventListener;
    const removeListener = win.EventTarget.prototype.removeEventListener;
    const Custom = win.CustomEvent;
    const stringify = JSON.stringify;
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
    const doc = win.document;
    const noop = (): void => undefined;

    const bytes = new Uint8Array(16);
    win.crypto.getRandomValues(bytes);
    const nonce = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const channel = CHANNEL_PREFIX + nonce;

    const post = (kind: 'storage' | 'quota', body = ''): void => {
      try {
        const detail = apply(stringify, JSON, [{ kind, body }]) as string;
        if (detail.length <= MAX_OBSERVATION_CHARS) apply(dispatch, doc, [new Custom(channel, { detail })]);
      } catch {
        // Silent: the page must not notice.
      }
    };
    const interesting = (url: unknown): url is string =>
      typeof url === 'string' && (NETWORK.storageUsageInfo.re.test(url) || NETWORK.cloudKit.re.test(url));
    // Only Apple's storage answers and CloudKit's errors and record writes can say anything to
    // us: every other response passes without its body being read (a CloudKit answer can be
    // hundreds of KB). A CloudKit 413 is the quota error itself.
    const triage = (url: string, status: number): 'read' | 'skip' | 'quota' =>
      !NETWORK.cloudKit.re.test(url)
        ? 'read'
        : status === 413
          ? 'quota'
          : url.includes('/records/modify')
            ? 'read'
            : 'skip';
    const inspect = (url: string, status: number, body: string): void => {
      if (NETWORK.storageUsageInfo.re.test(url)) {
        if (status >= 200 && status < 300) post('storage', body);
      } else if (isQuotaExceeded(status, body)) post('quota');
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
          const url = apply(responseUrl, response, []);
          if (!interesting(url)) return;
          const status = apply(responseStatus, response, []) as number;
          const what = triage(url, status);
          if (what !== 'read') return what === 'quota' ? post('quota') : undefined;
          const copy = apply(clone, response, []) as Response;
          apply(then, apply(readText, copy, []), [(body: string) => inspect(url, status, body), noop]);
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
          const url = apply(xhrUrl, this, []);
          if (!interesting(url)) return;
          const status = apply(xhrStatus, this, []) as number;
          const what = triage(url, status);
          if (what !== 'read') return what === 'quota' ? post('quota') : undefined;
          const type = apply(xhrType, this, []);
          const body =
            type === '' || type === 'text'
              ? (apply(xhrText!, this, []) as string)
              : type === 'json'
                ? (apply(stringify, JSON, [apply(xhrResponse!, this, [])]) as string)
                : '';
          inspect(url, status, body);
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
