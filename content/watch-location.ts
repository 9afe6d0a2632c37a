/**
 * Calls back when the top frame's address changes inside the page (iCloud.com moves between its
 * apps with the History API, without a reload): through the Navigation API where the browser has
 * it, else by looking once a second. No DOM event of ours is involved, so a page script cannot
 * fake a move. Ends when `signal` aborts.
 */
type Navigation = EventTarget & { currentEntry?: { url?: string | null } | null };

export function watchLocation(win: Window, onChange: (url: string) => void, signal: AbortSignal): void {
  let last = win.location.href;
  const check = (url: string): void => {
    if (url === last || signal.aborted) return;
    last = url;
    onChange(url);
  };
  const navigation = (win as Window & { navigation?: Navigation }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // `navigate` comes before the address changes; the event names where it goes.
    navigation.addEventListener(
      'navigate',
      (event) => check((event as Event & { destination: { url: string } }).destination.url),
      { signal },
    );
    return;
  }
  const timer = win.setInterval(() => check(win.location.href), 1000);
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
