// What opening the popup downloads, gzipped: popup.html itself (its stylesheet is inlined there,
// see wxt.config.ts) and every script and style it loads. Used by check-build (the 20 KB budget)
// and the popup benchmark (which prints it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipped = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/**
 * @param {string} dir a built extension's directory
 * @returns {{ files: string[], bytes: number, scripts: number, styles: number }}
 *   the files (popup.html first), their gzipped bytes, how many scripts it loads and how many
 *   stylesheets it has (inlined or loaded)
 */
export function popupSize(dir) {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = ['popup.html', ...loaded];
  return {
    files,
    bytes: files.reduce((sum, f) => sum + gzipped(dir, f), 0),
    scripts: loaded.filter((f) => f.endsWith('.js')).length,
    styles: loaded.filter((f) => f.endsWith('.css')).length + (html.match(/<style[\s>]/g)?.length ?? 0),
  };
}
