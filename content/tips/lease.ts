/**
 * The tip card's lease (components/tip/tip.css): an animation on the card's frame that ends with the
 * card hidden. Renewing it means switching to the other of two identical animations, which starts
 * it again. It is renewed at its own end, and only while the extension is there: Firefox runs no
 * code of an unloaded add-on, and a copy left behind in Chromium finds its extension gone, so in
 * both a card whose extension has gone hides itself within one lease. Renewing at the lease's end,
 * not on a timer: a hidden tab runs no animation (nothing to renew), while its timers may be held
 * back for a minute, longer than a lease.
 */
export function renewLeaseWhileAlive(frame: HTMLElement, alive: () => boolean): void {
  frame.addEventListener('animationend', (event) => {
    // The card's own animations end inside the frame and bubble up: only the frame's lease counts.
    if (event.target !== frame || !alive()) return;
    frame.dataset.lease = frame.dataset.lease === 'b' ? 'a' : 'b';
  });
}
