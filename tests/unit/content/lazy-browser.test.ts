import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the extension API object of the scripts on iCloud.com frames (content/lazy-browser.ts)', () => {
  it('touches neither `browser` nor `chrome` until first used', async () => {
    const reads: string[] = [];
    const chrome = { runtime: { id: 'abc', getURL: (p: string) => `chrome-extension://abc${p}` } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    Object.defineProperty(globalThis, 'chrome', {
      configurable: true,
      get: () => (reads.push('chrome'), chrome),
    });
    Object.defineProperty(globalThis, 'browser', {
      configurable: true,
      get: () => (reads.push('browser'), undefined),
    });
    const { browser } = await import('@/content/lazy-browser');
    expect(reads).toEqual([]);
    expect(browser.runtime.getURL('/icloud-photos.js')).toBe('chrome-extension://abc/icloud-photos.js');
    expect(reads).toContain('chrome');
  });

  it('is `browser` where it carries the extension’s runtime (Firefox), `chrome` otherwise', async () => {
    const firefox = { runtime: { id: 'ff' } };
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', { runtime: { id: 'chrome' } });
    const { browser } = await import('@/content/lazy-browser');
    expect(browser.runtime.id).toBe('ff');
    vi.stubGlobal('browser', {});
    expect(browser.runtime.id).toBe('chrome');
  });
});

describe('outside an extension context', () => {
  it('has no APIs rather than throwing (WXT’s context then counts itself invalid)', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    const { browser } = await import('@/content/lazy-browser');
    expect(browser.runtime).toBeUndefined();
  });
});
