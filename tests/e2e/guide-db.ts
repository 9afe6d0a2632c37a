/** What the guides database of the extension's origin holds, read from one of its pages. */

/** Anything that runs a function in an extension page: a TestPage or a Playwright page. */
interface RunsInPage {
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

/** How many ticked steps the guides database holds. */
export function storedSteps(page: RunsInPage): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cloud-checkup-guides');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('progress').objectStore('progress').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}
