/**
 * Byte counts as people read them on Apple's pages: binary units with Apple's labels
 * (5 GB means 5 × 2^30 bytes), at most three significant digits ("47.3 GB", "512 MB").
 */
const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Three significant digits, without trailing zeros: 5 GB, 47.3 GB, 1.25 TB, 512 MB.
  let digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  let rounded = Number(value.toFixed(digits));
  if (rounded >= 1024 && unit < UNITS.length - 1) {
    rounded = 1;
    unit += 1;
    digits = 2;
  }
  return `${String(rounded)} ${UNITS[unit]!}`;
}
