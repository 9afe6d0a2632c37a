import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ICLOUD_WEB_MATCHES, STATUS_FEED_HOST_PERMISSION } from './lib/hosts';

const LAZY_BROWSER = fileURLToPath(new URL('./content/lazy-browser.ts', import.meta.url));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file can see where each name comes from.
  imports: false,
  hooks: {
    // icloud-start is unlisted (no WXT context in every frame at document_start): declare it, first.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: [...ICLOUD_WEB_MATCHES],
          js: ['icloud-start.js'],
          run_at: 'document_start',
          all_frames: true,
        },
        ...(manifest.content_scripts ?? []),
      ];
    },
    // The popup is built on its own, sharing no chunks with the other pages: opening it fetches one
    // script and one stylesheet instead of six files, each served by the browser process while it
    // is still busy with the navigation (measured by tests/bench/popup.bench.ts).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        const at = group.findIndex((entry) => entry.type === 'popup');
        if (at < 0 || group.length === 1) continue;
        groups.push(group.splice(at, 1));
        return;
      }
    },
    // Frame scripts and pages get the browser's own API lazily (content/lazy-browser.ts), not the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const onEveryFrame = (entry: (typeof entrypoints)[number]) =>
        entry.type === 'content-script' ||
        ['icloud-start', 'icloud-top', 'icloud-photos', 'icloud-storage-view'].includes(entry.name);
      const isPage = (entry: (typeof entrypoints)[number]) =>
        ['popup', 'options', 'unlisted-page'].includes(entry.type);
      if (!entrypoints.every(onEveryFrame) && !entrypoints.every(isPage)) return;
      const native = { find: /^wxt\/browser$/, replacement: LAZY_BROWSER };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? (alias as { find: string | RegExp; replacement: string }[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      config.resolve = {
        ...config.resolve,
        alias: [native, ...list.filter((a) => a.find !== 'wxt/browser')],
      };
    },
  },
  manifestVersion: 3,
  // CC_OUT_DIR lets parallel work trees build side by side; the default is WXT's.
  outDir: process.env.CC_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // Firefox reviewers rebuild from the sources zip; keep it to what the build needs.
    excludeSources: ['.ci/**', 'tests/**', '.output/**', 'coverage/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: [STATUS_FEED_HOST_PERMISSION],
    action: { default_title: 'Cloud Checkup' },
    // Loaded by the content script on demand (content/role-scripts.ts): each frame role's script
    // once the frame has loaded, the tip card only when a tip is shown.
    web_accessible_resources: [
      {
        resources: ['icloud-top.js', 'icloud-photos.js', 'icloud-storage-view.js', 'tip-ui.js'],
        matches: [...ICLOUD_WEB_MATCHES],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cloud-checkup@cloudcheckup.app',
              // 140: the first desktop release that reads data_collection_permissions (also
              // past 128, which runs content scripts in the page's main world).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 111: content scripts in the page's main world (the storage response listener), and
          // promise-returning APIs in content scripts, which run without the polyfill.
          minimum_chrome_version: '111',
        }),
  }),
});
