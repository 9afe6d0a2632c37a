import { describe, expect, it } from 'vitest';
import { parseTipRequest, parseTipsReply } from '@/lib/tips/messages';

describe('tip requests from the page', () => {
  it.each([
    [{ v: 1, type: 'tips-for-page', app: 'photos' }],
    [{ v: 1, type: 'snooze-tip', condition: 'storage-full' }],
    [{ v: 1, type: 'tips-off' }],
    [{ v: 1, type: 'open-guide', condition: 'outage' }],
    [{ v: 1, type: 'open-guide', condition: 'outage', guideId: 'wait-for-apple' }],
  ])('accepts %o', (message) => {
    expect(parseTipRequest(message)).toEqual(message);
  });

  it.each([
    [null],
    [{ v: 2, type: 'tips-off' }],
    [{ v: 1, type: 'tips-for-page', app: 'keynote' }],
    [{ v: 1, type: 'snooze-tip', condition: 'everything' }],
    [{ v: 1, type: 'open-guide', condition: 'outage', guideId: '../../popup' }],
    [{ v: 1, type: 'open-guide', condition: 'outage', guideId: 42 }],
    [{ v: 1, type: 'set-settings', tipsOnIcloud: true }],
  ])('rejects %o', (message) => {
    expect(parseTipRequest(message)).toBeNull();
  });

  it('drops fields it does not know', () => {
    expect(parseTipRequest({ v: 1, type: 'tips-off', settings: { notifications: true } })).toEqual({
      v: 1,
      type: 'tips-off',
    });
  });
});

describe('the tips reply the page draws', () => {
  const tip = {
    condition: 'storage-full',
    tone: 'red',
    sentence: 'Your iCloud storage is full.',
    fixes: [{ guideId: 'free-icloud-space', title: 'Free up iCloud storage' }],
  };

  it('reads a well-formed reply', () => {
    expect(parseTipsReply({ tips: [tip] })).toEqual({ tips: [tip] });
  });

  it.each([[undefined], ['crimson'], [3], [{ colour: 'red' }]])(
    'draws a tone it does not know (%o) as plain information, never as a warning',
    (tone) => {
      expect(parseTipsReply({ tips: [{ ...tip, tone }] })?.tips[0]?.tone).toBe('info');
    },
  );

  it.each(['red', 'amber', 'grey', 'info'])('keeps the tone %s', (tone) => {
    expect(parseTipsReply({ tips: [{ ...tip, tone }] })?.tips[0]?.tone).toBe(tone);
  });

  it('keeps at most two fixes per tip', () => {
    const fixes = [1, 2, 3].map((n) => ({ guideId: `g${n}`, title: `Guide ${n}` }));
    expect(parseTipsReply({ tips: [{ ...tip, fixes }] })?.tips[0]?.fixes).toHaveLength(2);
  });

  it.each([
    [undefined],
    [{ tips: 'storage-full' }],
    [{ tips: [{ ...tip, condition: 'nope' }] }],
    [{ tips: [{ ...tip, sentence: '' }] }],
    [{ tips: [{ ...tip, sentence: 'x'.repeat(401) }] }],
    [{ tips: [{ ...tip, fixes: [{ guideId: 'javascript:alert(1)', title: 'x' }] }] }],
  ])('draws nothing for a reply it cannot read: %o', (reply) => {
    expect(parseTipsReply(reply)).toBeNull();
  });
});
