/**
 * Main-thread script time from a Chrome trace, split between the extension and the page.
 *
 * Chrome's trace events carry the thread's CPU time (`tdur`) beside wall time (`dur`). On a shared
 * two-core machine the renderer is often descheduled in the middle of a task, and a sampling
 * profiler charges that whole gap to whatever was on the stack (the same build measured 8–22 ms);
 * thread time does not move with it, so it is what these figures use.
 *
 * What counts as the extension's: every event on a renderer's main thread that names one of the
 * extension's scripts (evaluation, callbacks, the modules it imports and their code cache) or its
 * isolated world (`v8.run`, `v8.callFunction` — promise callbacks of extension APIs arrive that
 * way). The page's: evaluations and callbacks of its own https: scripts. Nested
 * events are not counted twice. The page calling the extension's main-world fetch wrapper
 * directly leaves no event of its own, so that time is the page's (the benchmark's pages make no
 * requests).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid?: number;
  tid?: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    worldName?: string;
    fileName?: string;
    data?: { url?: string; isOutermostMainFrame?: boolean };
  };
}

export type Owner = 'extension' | 'page';

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute'];

function ownerOf(event: TraceEvent, extensionOrigin: string, worldName: string): Owner | null {
  if (event.ph !== 'X') return null;
  const url = event.args?.data?.url ?? event.args?.fileName ?? '';
  // Anything the renderer does for the extension's scripts: evaluating, calling back, evaluating
  // and caching the modules the content script imports.
  if (url.startsWith(extensionOrigin) || event.args?.worldName === worldName) return 'extension';
  if ((event.name === 'EvaluateScript' || event.name === 'FunctionCall') && url.startsWith('https://')) {
    return 'page';
  }
  return null;
}

/** The renderers' main threads (work on other threads, such as parsing modules, is not counted). */
function mainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

export interface ScriptTime {
  /** Thread (CPU) time in ms. */
  extension: number;
  page: number;
  /** Wall time of the same events in ms, for comparison. */
  extensionWall: number;
  pageWall: number;
}

/**
 * Script time of the attributed events whose outermost attributed event starts in [from, to)
 * (trace µs), per owner. Nested events give their time to their own owner: the innermost
 * attributed event decides, so the extension's callback run inside a page task is the extension's.
 */
export function scriptTime(
  events: TraceEvent[],
  extensionOrigin: string,
  worldName: string,
  from = -Infinity,
  to = Infinity,
): ScriptTime {
  const main = mainThreads(events);
  const owned = events
    .filter((event) => main.has(`${event.pid}:${event.tid}`))
    .map((event) => ({ event, owner: ownerOf(event, extensionOrigin, worldName) }))
    .filter((e): e is { event: TraceEvent; owner: Owner } => e.owner !== null)
    .sort((a, b) => a.event.ts - b.event.ts || (b.event.dur ?? 0) - (a.event.dur ?? 0));
  const totals: ScriptTime = { extension: 0, page: 0, extensionWall: 0, pageWall: 0 };
  const stacks = new Map<string, { end: number; owner: Owner; rootTs: number }[]>();
  for (const { event, owner } of owned) {
    const thread = `${event.pid}:${event.tid}`;
    const stack = stacks.get(thread) ?? [];
    stacks.set(thread, stack);
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const rootTs = parent?.rootTs ?? event.ts;
    stack.push({ end: event.ts + (event.dur ?? 0), owner, rootTs });
    if (rootTs < from || rootTs >= to) continue;
    const cpu = (event.tdur ?? event.dur ?? 0) / 1000;
    const wall = (event.dur ?? 0) / 1000;
    totals[owner] += cpu;
    totals[`${owner}Wall`] += wall;
    if (parent) {
      totals[parent.owner] -= cpu;
      totals[`${parent.owner}Wall`] -= wall;
    }
  }
  return totals;
}

/** When the outermost main frame fired its load event (trace µs), if it did. */
export function mainFrameLoad(events: TraceEvent[]): number | null {
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isOutermostMainFrame === true);
  return load ? load.ts : null;
}
