import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { RoleScript } from '@/content/role-scripts';
import { provideScriptApi } from '@/content/script-api';
import { startTopFrame } from '@/content/top-frame';

// Loaded by the iCloud.com content script (icloud-start.js) in the top frame once it has loaded
// (content/role-scripts.ts); never on its own.
export default defineUnlistedScript(() => {
  provideScriptApi('top', { start: startTopFrame } satisfies RoleScript);
});
