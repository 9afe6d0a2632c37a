import { describe, expect, it } from 'vitest';
import { createReporter, RESEND_DELAYS_MS, type FrameReading } from '@/content/reporter';
import { nextReadDelay } from '@/content/run-readers';

function reading(used: number, readAt = 1): FrameReading {
  return {
    storage: { usedBytes: used, totalBytes: 5 * 2 ** 30, source: 'text', locale: 'en-us', readAt },
    photos: null,
  };
}

function uploading(percent: number): FrameReading {
  return {
    storage: null,
    photos: {
      signedIn: true,
      upload: { percent, done: null, total: null, lastProgressAt: percent },
      quotaError: null,
      view: 'library',
      readAt: 1,
    },
  };
}

function harness() {
  let now = 10_000;
  const timers: { at: number; run: () => void }[] = [];
  const sent: FrameReading[] = [];
  const reporter = createReporter((r) => void sent.push(r), {
    now: () => now,
    setTimeout: (run, ms) => timers.push({ at: now + ms, run }),
  });
  const advance = (ms: number): void => {
    now += ms;
    for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (t.at <= now) t.run();
      else timers.push(t);
    }
  };
  return { reporter, sent, timers, advance };
}

describe('createReporter', () => {
  it('sends the first reading at once', () => {
    const { reporter, sent } = harness();
    reporter.offer(reading(1));
    expect(sent).toHaveLength(1);
  });

  it('does not send the same reading again, even read at a later time', () => {
    const { reporter, sent, advance } = harness();
    reporter.offer(reading(1, 1));
    advance(60_000);
    reporter.offer(reading(1, 2));
    expect(sent).toHaveLength(1);
  });

  it('while the reading keeps changing, sends at most once every 3 seconds, the latest one', () => {
    const { reporter, sent, advance, timers } = harness();
    reporter.offer(reading(1));
    reporter.offer(reading(2));
    reporter.offer(reading(3));
    expect(sent).toHaveLength(1);
    expect(timers).toHaveLength(1);
    advance(2999);
    expect(sent).toHaveLength(1);
    advance(1);
    expect(sent.map((r) => r.storage?.usedBytes)).toEqual([1, 3]);
  });

  it('a change that goes back to what was sent sends nothing', () => {
    const { reporter, sent, advance } = harness();
    reporter.offer(reading(1));
    reporter.offer(reading(2));
    reporter.offer(reading(1));
    advance(5000);
    expect(sent).toHaveLength(1);
  });

  it('while only an upload moves, sends its progress at most every 30 seconds', () => {
    const { reporter, sent, advance } = harness();
    reporter.offer(uploading(10));
    reporter.offer(uploading(11));
    advance(3000);
    expect(sent).toHaveLength(1);
    reporter.offer(uploading(12));
    advance(26_999);
    expect(sent).toHaveLength(1);
    advance(1);
    expect(sent.map((r) => r.photos?.upload?.percent)).toEqual([10, 12]);
  });

  it('a quota error during an upload is sent at the usual pace, not held for 30 seconds', () => {
    const { reporter, sent, advance } = harness();
    reporter.offer(uploading(10));
    reporter.offer(uploading(11));
    reporter.offer({
      ...uploading(11),
      photos: { ...uploading(11).photos!, quotaError: { at: 5, source: 'text' } },
    });
    advance(3000);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.photos?.quotaError).not.toBeNull();
  });

  it('an upload that starts or ends is sent at the usual pace', () => {
    const { reporter, sent, advance } = harness();
    reporter.offer({ ...uploading(0), photos: { ...uploading(0).photos!, upload: null } });
    reporter.offer(uploading(5));
    advance(3000);
    expect(sent.map((r) => r.photos?.upload?.percent ?? null)).toEqual([null, 5]);
  });

  it('nothing read is not sent', () => {
    const { reporter, sent } = harness();
    reporter.offer({ storage: null, photos: null });
    expect(sent).toHaveLength(0);
  });
});

describe('nextReadDelay', () => {
  it.each([
    [0.2, 2000],
    [2, 2000],
    [5, 5000],
    [40, 10_000],
  ])('after a read of %s ms, waits %s ms before the next', (cost, delay) => {
    expect(nextReadDelay(cost)).toBe(delay);
  });
});

describe('createReporter when the background does not store a report', () => {
  function failing(answers: (boolean | 'throw')[]) {
    let now = 10_000;
    const timers: { at: number; run: () => void }[] = [];
    const sent: FrameReading[] = [];
    const reporter = createReporter(
      (r) => {
        sent.push(r);
        const answer = answers.shift() ?? true;
        return answer === 'throw' ? Promise.reject(new Error('gone')) : Promise.resolve(answer);
      },
      { now: () => now, setTimeout: (run, ms) => timers.push({ at: now + ms, run }) },
    );
    const advance = async (ms: number): Promise<void> => {
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
      now += ms;
      for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
        if (t.at <= now) t.run();
        else timers.push(t);
      }
    };
    return { reporter, sent, timers, advance };
  }

  it('sends the same report again after a failed answer, until it is stored', async () => {
    const h = failing([false, 'throw', true]);
    h.reporter.offer(reading(1));
    expect(h.sent).toHaveLength(1);
    await h.advance(RESEND_DELAYS_MS[0]!);
    expect(h.sent).toHaveLength(2);
    await h.advance(RESEND_DELAYS_MS[1]!);
    expect(h.sent).toHaveLength(3);
    expect(h.sent.every((r) => r.storage?.usedBytes === 1)).toBe(true);
    await h.advance(10 * 60_000);
    await h.advance(10 * 60_000);
    expect(h.sent).toHaveLength(3);
  });

  it(`gives up after ${RESEND_DELAYS_MS.length} resends`, async () => {
    const h = failing(Array(20).fill(false) as boolean[]);
    h.reporter.offer(reading(1));
    for (let i = 0; i < 10; i++) await h.advance(10 * 60_000);
    expect(h.sent).toHaveLength(1 + RESEND_DELAYS_MS.length);
  });

  it('a newer reading replaces a report waiting to be sent again', async () => {
    const h = failing([false, true, true]);
    h.reporter.offer(reading(1));
    await h.advance(4000);
    h.reporter.offer(reading(2));
    for (let i = 0; i < 5; i++) await h.advance(10 * 60_000);
    expect(h.sent.map((r) => r.storage?.usedBytes)).toEqual([1, 2]);
  });
});
