import { describe, expect, it } from 'vitest';
import { mainFrameLoad, scriptTime, type TraceEvent } from '../../bench/trace-time';

const EXT = 'chrome-extension://abc/';
const WORLD = 'Cloud Checkup';
const MAIN = { pid: 1, tid: 1 };
const meta: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'ThreadPoolForegroundWorker' } },
];

function x(
  name: string,
  ts: number,
  dur: number,
  tdur: number,
  args: TraceEvent['args'],
  thread = MAIN,
): TraceEvent {
  return { name, ph: 'X', ...thread, ts, dur, tdur, args };
}
const script = (url: string) => ({ data: { url } });

describe('scriptTime (thread CPU time per owner, from a Chrome trace)', () => {
  it('counts thread time, not wall time, and tells the extension from the page by script URL and world', () => {
    const t = scriptTime(
      [
        ...meta,
        x('EvaluateScript', 0, 5000, 2000, script(`${EXT}icloud-start.js`)),
        x('FunctionCall', 10_000, 3000, 3000, script('https://www.icloud.com/app.js')),
        x('v8.callFunction', 20_000, 800, 500, { worldName: WORLD }),
        x('v8.evaluateModule', 21_000, 400, 400, { worldName: WORLD }),
        x('v8.produceModuleCache', 22_000, 300, 300, script(`${EXT}icloud-readers.js`)),
        // Another extension's world and a chrome: script are nobody's here.
        x('v8.callFunction', 23_000, 900, 900, { worldName: 'Other Extension' }),
        x('EvaluateScript', 24_000, 900, 900, script('chrome://resources/x.js')),
      ],
      EXT,
      WORLD,
    );
    expect(t.extension).toBeCloseTo(2 + 0.5 + 0.4 + 0.3);
    expect(t.page).toBeCloseTo(3);
    expect(t.extensionWall).toBeCloseTo(5 + 0.8 + 0.4 + 0.3);
  });

  it('counts nested events once, each for its innermost owner', () => {
    const t = scriptTime(
      [
        ...meta,
        // The page's task calls back into the extension's world for 1 ms of its 4.
        x('FunctionCall', 0, 4000, 4000, script('https://www.icloud.com/app.js')),
        x('v8.callFunction', 1000, 1000, 1000, { worldName: WORLD }),
        // The extension's evaluation with its own nested entries.
        x('EvaluateScript', 10_000, 2000, 2000, script(`${EXT}icloud-start.js`)),
        x('v8.run', 10_100, 1800, 1800, { worldName: WORLD }),
        x('v8.callFunction', 10_200, 500, 500, { worldName: WORLD }),
      ],
      EXT,
      WORLD,
    );
    expect(t.page).toBeCloseTo(3);
    expect(t.extension).toBeCloseTo(1 + 2);
  });

  it('counts only the renderers’ main threads (module parsing on a worker is not main-thread time)', () => {
    const t = scriptTime(
      [
        ...meta,
        x('v8.parseOnBackground', 0, 2000, 2000, script(`${EXT}icloud-readers.js`), { pid: 1, tid: 2 }),
      ],
      EXT,
      WORLD,
    );
    expect(t.extension).toBe(0);
  });

  it('windows by the start of the outermost event', () => {
    const events = [
      ...meta,
      x('EvaluateScript', 0, 2000, 2000, script(`${EXT}a.js`)),
      x('FunctionCall', 5000, 1000, 1000, script(`${EXT}a.js`)),
    ];
    expect(scriptTime(events, EXT, WORLD, -Infinity, 5000).extension).toBeCloseTo(2);
    expect(scriptTime(events, EXT, WORLD, 5000).extension).toBeCloseTo(1);
  });
});

describe('mainFrameLoad', () => {
  it('is the outermost main frame’s load event, not a subframe’s', () => {
    const events: TraceEvent[] = [
      { name: 'MarkLoad', ph: 'I', ts: 100, args: { data: { isOutermostMainFrame: false } } },
      { name: 'MarkLoad', ph: 'I', ts: 200, args: { data: { isOutermostMainFrame: true } } },
    ];
    expect(mainFrameLoad(events)).toBe(200);
    expect(mainFrameLoad(events.slice(0, 1))).toBeNull();
  });
});
