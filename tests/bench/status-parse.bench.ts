import { expect, it } from 'vitest';
import { parseStatusFeed } from '@/lib/status/parse-feed';
import { feedText, fullFeed } from '@/tests/fixtures/status/feeds';
import { median, report } from './report';

/** Median milliseconds of `run` over many rounds, after a warm-up. */
function time(run: () => unknown, rounds = 400): number {
  for (let i = 0; i < 50; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

it('measures parse + normalise of a full-size feed against a bare JSON.parse of the same text', () => {
  const text = feedText(fullFeed());
  const parsed = parseStatusFeed(text, 0);
  expect(parsed.ok && parsed.snapshot.services.length).toBe(79);

  // Interleaved so both see the same machine state; each is the median of many runs.
  const bare: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < 5; round++) {
    bare.push(time(() => JSON.parse(text)));
    ours.push(time(() => parseStatusFeed(text, 0)));
  }
  const bareMs = median(bare);
  const oursMs = median(ours);
  const ratio = Math.round((oursMs / bareMs) * 100) / 100;
  report('status-parse', [
    { name: 'feed size', value: Math.round(text.length / 1024), unit: 'KB' },
    { name: 'JSON.parse, median', value: Math.round(bareMs * 1000) / 1000, unit: 'ms' },
    {
      name: 'parseStatusFeed (parse + normalise), median',
      value: Math.round(oursMs * 1000) / 1000,
      unit: 'ms',
    },
    { name: 'ratio to JSON.parse', value: ratio, unit: '×', target: '< 3×', withinTarget: ratio < 3 },
  ]);
});
