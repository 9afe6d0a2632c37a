/**
 * Debian Chromium started with `--remote-debugging-pipe`, spoken to in the DevTools protocol
 * directly (JSON messages ended by a NUL byte, on file descriptors 3 and 4). Unlike Playwright,
 * which attaches to every page as it opens and watches its network, nothing is attached to a page
 * here until the caller asks: a page can load as it would for a person, and be read afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_PATH } from '../e2e/harness';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface Cdp {
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Resolves with the first target that `matches`, asking the browser every 100 ms. */
  waitForTarget(matches: (target: TargetInfo) => boolean, timeoutMs?: number): Promise<TargetInfo>;
  /** Evaluates `expression` in a session, awaiting a promise it returns; resolves with its value. */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchOverPipe(flags: string[]): Promise<Cdp> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cloud-checkup-bench-'));
  const browser: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...flags, '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let lastId = 0;
  let pending = Buffer.alloc(0);
  fromBrowser.on('data', (chunk: Buffer) => {
    // Split on the NUL bytes first: a message's UTF-8 may be cut between two chunks.
    pending = Buffer.concat([pending, chunk]);
    for (let end = pending.indexOf(0); end >= 0; end = pending.indexOf(0)) {
      const message = JSON.parse(pending.subarray(0, end).toString('utf8')) as {
        id?: number;
        result?: never;
        error?: { message: string };
      };
      pending = pending.subarray(end + 1);
      const caller = message.id === undefined ? undefined : waiting.get(message.id);
      if (!caller) continue; // an event: nothing here listens to events
      waiting.delete(message.id!);
      if (message.error) caller.reject(new Error(message.error.message));
      else caller.resolve(message.result!);
    }
  });
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  void exited.then(() => {
    for (const caller of waiting.values()) caller.reject(new Error('Chromium exited'));
    waiting.clear();
  });

  const send: Cdp['send'] = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  return {
    send,
    async waitForTarget(matches, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { targetInfos } = await send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
        const found = targetInfos.find(matches);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('No such target appeared');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async evaluate<T>(sessionId: string, expression: string) {
      const { result, exceptionDetails } = await send<{
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      if (exceptionDetails) {
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
      return result.value;
    },
    async close() {
      browser.kill();
      await exited;
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
