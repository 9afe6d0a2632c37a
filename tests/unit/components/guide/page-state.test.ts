import { describe, expect, it, vi } from 'vitest';
import type { GuideLibrary } from '@/lib/guides/library';
import { readOnlyLibrary } from '@/lib/guides/library';
import {
  isStepDone,
  library,
  progress,
  savingNotice,
  setOutcome,
  setStepDone,
} from '@/entrypoints/guide/state';

function libraryThatAnswers(result: 'saved' | 'quota' | 'failed'): GuideLibrary {
  return {
    ...readOnlyLibrary('unavailable'),
    readOnly: null,
    saveStep: vi.fn(() => Promise.resolve(result)),
    saveOutcome: vi.fn(() => Promise.resolve(result)),
  };
}

describe('the guide page’s progress state', () => {
  it('keeps a tick in memory and says so when the disk is full', async () => {
    library.value = libraryThatAnswers('quota');
    savingNotice.value = null;
    await setStepDone('fix-the-network', 'closer', true);
    expect(isStepDone('fix-the-network', 'closer')).toBe(true);
    expect(savingNotice.value).toBe('quota');
  });

  it('clears the warning once a later write succeeds', async () => {
    library.value = libraryThatAnswers('saved');
    savingNotice.value = 'quota';
    await setStepDone('fix-the-network', 'vpn', true);
    expect(savingNotice.value).toBeNull();
  });

  it('keeps ticks and answers in memory with the read-only copy', async () => {
    library.value = readOnlyLibrary('unavailable');
    savingNotice.value = 'unavailable';
    await setStepDone('fix-the-network', 'ethernet', true);
    await setOutcome('fix-the-network', 'fixed');
    expect(isStepDone('fix-the-network', 'ethernet')).toBe(true);
    expect(progress.value.get('fix-the-network')?.outcome).toBe('fixed');
    expect(savingNotice.value).toBe('unavailable');
  });

  it('reports a failed write as not saved, keeping the answer', async () => {
    library.value = libraryThatAnswers('failed');
    await setOutcome('restart-the-device', 'not-fixed');
    expect(progress.value.get('restart-the-device')?.outcome).toBe('not-fixed');
    expect(savingNotice.value).toBe('failed');
  });
});
