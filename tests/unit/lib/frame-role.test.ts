import { describe, expect, it } from 'vitest';
import { identifyFrame, identifyLocation } from '@/lib/frame-role';

const ROLES = [
  ['https://www.icloud.com/', true, { kind: 'shell' }],
  ['https://www.icloud.com/photos/', true, { kind: 'shell' }],
  ['https://www.icloud.com.cn/settings/', true, { kind: 'settings' }],
  ['https://www.icloud.com/settings', true, { kind: 'settings' }],
  ['https://www.icloud.com/settingsx/', true, { kind: 'shell' }],
  ['https://beta.icloud.com/mail/', true, { kind: 'shell' }],
  [
    'https://www.icloud.com/applications/photos3/current/en-us/index.html?rootDomain=www',
    false,
    { kind: 'photos' },
  ],
  [
    'https://www.icloud.com.cn/applications/photos3/current/zh-cn/index.html?rootDomain=www#/albums',
    false,
    { kind: 'photos' },
  ],
  [
    'https://www.icloud.com/applications/mail2/current/en-us/index.html',
    false,
    { kind: 'app', app: 'mail2' },
  ],
  [
    'https://www.icloud.com/applications/iclouddrive/current/de-de/index.html',
    false,
    { kind: 'app', app: 'iclouddrive' },
  ],
] as const;

const NOT_OURS = [
  ['about:blank', false],
  ['https://www.icloud.com/system/blank.html', false],
  ['https://www.icloud.com/photos/', false],
  ['https://www.apple.com/applications/photos3/current/en-us/index.html', false],
  ['https://evil.example/applications/photos3/index.html', true],
  ['http://www.icloud.com/', true],
  ['https://www.icloud.com.evil.example/', true],
  ['not a url', true],
] as const;

describe('identifyFrame', () => {
  it.each(ROLES)('%s (top frame: %s) is %o', (url, top, expected) => {
    expect(identifyFrame(url, top)).toEqual(expected);
  });

  it.each(NOT_OURS)('%s (top frame: %s) is none of ours', (url, top) => {
    expect(identifyFrame(url, top)).toEqual({ kind: 'none' });
  });
});

describe('identifyLocation (a frame’s own location, no URL parsing)', () => {
  // A Location's parts are what the URL parser gives.
  const at = (url: string) => new URL(url);

  it.each(ROLES)('%s (top frame: %s) is %o, as identifyFrame says', (url, top, expected) => {
    expect(identifyLocation(at(url), top)).toEqual(expected);
  });

  it.each(NOT_OURS.filter(([url]) => url !== 'not a url'))(
    '%s (top frame: %s) is none of ours',
    (url, top) => {
      expect(identifyLocation(at(url), top)).toEqual({ kind: 'none' });
    },
  );
});
