import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ICLOUD_WEB_MATCHES, STATUS_FEED_HOST_PERMISSION } from './lib/hosts';

const LAZY_BROWSER = fileURLToPath(new URL('./content/lazy-browser.ts', import.meta.url));

/** The scripts every iCloud.com frame runs at document_start (budget: 3 KB gzipped, check-build). */
const AT_DOCUMENT_START = ['icloud-start', 'icloud-network'];

/**
 * WXT wraps an unlisted script's main() in a logger whose calls do nothing in a production build
 * but whose object and messages stay in the bundle (about 130 bytes gzipped each). The two
 * document_start scripts catch everything themselves, so they start main() directly. Should WXT
 * rename its wrapper module, this finds nothing and check-build reports the size.
 */
const startMainDirectly: Plugin = {
  name: 'cloud-checkup:document-start-main',
  transform(code, id) {
    const wrapper = '\0virtual:wxt-unlisted-script-entrypoint?';
    if (!id.startsWith(wrapper)) return null;
    const source = id.slice(wrapper.length);
    if (!AT_DOCUMENT_START.some((name) => source.endsWith(`/entrypoints/${name}.ts`))) return null;
    return { code: `import d from ${JSON.stringify(source)};\nexport default d.main();\n`, map: null };
  },
};

/**
 * The popup's stylesheet goes into popup.html as a `<style>` element (the extension pages' content
 * security policy restricts scripts, not styles). A stylesheet file is one more request the
 * browser process serves while the popup opens, and the popup's script waited for it: inlined,
 * the script runs about 7 ms sooner (tests/bench/popup.bench.ts). check-build counts the inlined
 * CSS in the popup's 20 KB.
 */
const inlinePopupCss: Plugin = {
  name: 'cloud-checkup:inline-popup-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const html of Object.values(bundle)) {
      if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
      let text = String(html.source);
      for (const link of text.match(/<link rel="stylesheet"[^>]*>/g) ?? []) {
        const href = /href="\/?([^"]+)"/.exec(link)?.[1];
        const css = href ? bundle[href] : undefined;
        if (!href || css?.type !== 'asset') throw new Error(`inline-popup-css: no stylesheet for ${link}`);
        const source = String(css.source);
        if (source.includes('</style')) throw new Error(`inline-popup-css: ${href} cannot be inlined`);
        text = text.replace(link, () => `<style>${source.trim()}</style>`);
        delete bundle[href];
      }
      html.source = text;
    }
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file can see where each name comes from.
  imports: false,
  hooks: {
    // The two document_start scripts are unlisted (no WXT context, no manifest options carried in
    // every frame): declared here, first. icloud-network runs in the page's main world.
    'build:manifestGenerated': (_wxt, manifest) => {
      const atStart = {
        matches: [...ICLOUD_WEB_MATCHES],
        run_at: 'document_start' as const,
        all_frames: true,
      };
      // `world` (Chrome 111+, Firefox 128+) is not in WXT's manifest type.
      const mainWorld = { world: 'MAIN' };
      manifest.content_scripts = [
        { ...atStart, js: ['icloud-start.js'] },
        { ...atStart, js: ['icloud-network.js'], ...mainWorld },
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
        [...AT_DOCUMENT_START, 'icloud-top', 'icloud-photos', 'icloud-storage-view'].includes(entry.name);
      const isPage = (entry: (typeof entrypoints)[number]) =>
        ['popup', 'options', 'unlisted-page'].includes(entry.type);
      if (!entrypoints.every(onEveryFrame) && !entrypoints.every(isPage)) return;
      if (entrypoints.every((entry) => AT_DOCUMENT_START.includes(entry.name)))
        config.plugins = [...(config.plugins ?? []), startMainDirectly];
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'popup') {
        config.plugins = [...(config.plugins ?? []), inlinePopupCss];
        // Vite's module preload polyfill is for browsers without <link rel="modulepreload">; the
        // popup loads no other module, and every browser the extension supports has it.
        config.build = { ...config.build, modulePreload: { polyfill: false } };
      }
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
