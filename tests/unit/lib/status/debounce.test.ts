import { describe, expect, it } from 'vitest';
import {
  CONFIRM_POLLS,
  debounceTransitions,
  EMPTY_DEBOUNCE,
  readDebounce,
  type TransitionDebounce,
} from '@/lib/status/debounce';
import type { Transition, TransitionType } from '@/lib/status/diff';

const t = (type: TransitionType, messageId = '1'): Transition => ({
  type,
  serviceId: 'photos',
  messageId,
  kind: 'outage',
  startsAt: 1,
  endsAt: null,
  message: 'm',
});

/** Runs polls in order; returns what each announced. */
function run(polls: Transition[][]): string[][] {
  let state: TransitionDebounce = EMPTY_DEBOUNCE;
  return polls.map((raw, i) => {
    const result = debounceTransitions(raw, state, i * 60_000);
    state = result.state;
    return result.announce.map((a) => a.type);
  });
}

describe('debounceTransitions', () => {
  it('announces a start at once', () => {
    expect(run([[t('started')]])).toEqual([['started']]);
  });

  it(`announces a resolution once it has held for ${CONFIRM_POLLS} more polls`, () => {
    expect(run([[t('started')], [t('resolved')], [], []])).toEqual([['started'], [], [], ['resolved']]);
  });

  it('announces nothing when a resolution flips back within two polls', () => {
    expect(run([[t('started')], [t('resolved')], [t('started')], [], []])).toEqual([
      ['started'],
      [],
      [],
      [],
      [],
    ]);
    expect(run([[t('started')], [t('resolved')], [], [t('started')], []])).toEqual([
      ['started'],
      [],
      [],
      [],
      [],
    ]);
  });

  it('announces the final resolution of a flapping event exactly once', () => {
    const announced = run([
      [t('started')],
      [t('resolved')],
      [t('started')],
      [t('resolved')],
      [],
      [],
      [],
      [],
    ]).flat();
    expect(announced).toEqual(['started', 'resolved']);
  });

  it('treats vanished like resolved, and a reappearance as a flap', () => {
    expect(run([[t('vanished')], [t('started')], [], []]).flat()).toEqual([]);
    expect(run([[t('vanished')], [], []]).flat()).toEqual(['vanished']);
  });

  it('announces a restart after a confirmed resolution', () => {
    expect(run([[t('resolved')], [], [], [t('started')]]).flat()).toEqual(['resolved', 'started']);
  });

  it('reads damaged stored state as empty', () => {
    expect(readDebounce(null)).toEqual(EMPTY_DEBOUNCE);
    expect(readDebounce({ pending: [{ nope: 1 }] })).toEqual(EMPTY_DEBOUNCE);
    const good = debounceTransitions([t('resolved')], EMPTY_DEBOUNCE, 0).state;
    expect(readDebounce(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });
});
