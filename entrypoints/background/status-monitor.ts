/** Wiring point for the status monitor (issue 3): alarms, polling, history, notifications. */
export function registerStatusMonitor(): void {
  // Filled in by the status monitor.
}
