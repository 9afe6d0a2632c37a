import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { report } from './report';

const OUT = `${process.env.CC_OUT_DIR ?? '.output'}/chrome-mv3`;

function gzippedKb(files: string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 100) / 100;
}

function chunksOf(html: string): string[] {
  const page = readFileSync(join(OUT, html), 'utf8');
  return [...page.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

it('reports the gzipped size of each part of the built extension', () => {
  expect(statSync(join(OUT, 'manifest.json')).isFile()).toBe(true);
  // Every script that runs on an iCloud.com frame of ours, whatever their number: what the manifest
  // runs at document_start (the channel and the main-world network listener) and the one script
  // each frame role loads once the frame has loaded (content/role-scripts.ts): what a frame pays for.
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; js?: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  const atStart = (manifest.content_scripts ?? [])
    .filter((cs) => cs.matches.includes('https://www.icloud.com/*'))
    .flatMap((cs) => cs.js ?? []);
  expect(atStart).toContain('icloud-start.js');
  expect(readdirSync(join(OUT, 'content-scripts')).length).toBeGreaterThan(0);
  // Loaded on demand from the content script: web-accessible on iCloud.com.
  const onDemand = (manifest.web_accessible_resources ?? [])
    .flatMap((r) => r.resources)
    .filter((file) => file.endsWith('.js'));
  expect(onDemand).toEqual(['icloud-top.js', 'icloud-photos.js', 'icloud-storage-view.js', 'tip-ui.js']);
  const roles = [
    ['top frame (tips, settings view)', 'icloud-top.js'],
    ['Photos frame', 'icloud-photos.js'],
    ['settings app frame', 'icloud-storage-view.js'],
  ] as const;
  report('bundle-size', [
    ...roles.map(([role, file]) => {
      const kb = gzippedKb([...atStart, file]);
      return {
        name: `scripts on the ${role}`,
        value: kb,
        unit: 'KB gz',
        target: '≤ 10 KB gzipped',
        withinTarget: kb <= 10,
      };
    }),
    {
      name: 'scripts on a frame of people’s content (Mail, Drive …)',
      value: gzippedKb(atStart),
      unit: 'KB gz',
    },
    { name: 'of which at document_start', value: gzippedKb(atStart), unit: 'KB gz' },
    { name: 'tip UI, loaded only when a tip is shown', value: gzippedKb(['tip-ui.js']), unit: 'KB gz' },
    { name: 'background service worker', value: gzippedKb(['background.js']), unit: 'KB gz' },
    { name: 'popup (JS + CSS)', value: gzippedKb(chunksOf('popup.html')), unit: 'KB gz' },
    { name: 'options (JS + CSS)', value: gzippedKb(chunksOf('options.html')), unit: 'KB gz' },
    { name: 'guide (JS + CSS)', value: gzippedKb(chunksOf('guide.html')), unit: 'KB gz' },
  ]);
});
