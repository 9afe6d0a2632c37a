/**
 * A queue that runs tasks one after another within this context (page or worker), so a
 * read-modify-write never interleaves with another one of the same queue. A failed task does not
 * stop the ones after it.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
