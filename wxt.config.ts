import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ICLOUD_WEB_MATCHES, STATUS_FEED_HOST_PERMISSION } from './lib/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file can see where each name comes from.
  imports: false,
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
    // The tip UI, loaded by the content script only when a tip is shown (content/tips/lazy.ts).
    web_accessible_resources: [{ resources: ['tip-ui.js'], matches: [...ICLOUD_WEB_MATCHES] }],
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
      : {}),
  }),
});
