/** Wiring point for the badge (issue 5): evaluate conditions whenever an input changes. */
export function registerBadge(): void {
  // Filled in by the conditions work.
}
