import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPhotosFrame } from '@/content/photos-frame';
import type { RoleScript } from '@/content/role-scripts';
import { provideScriptApi } from '@/content/script-api';

// Loaded by the iCloud.com content script (icloud-start.js) in the Photos app's frame once it has
// loaded (content/role-scripts.ts); never on its own.
export default defineUnlistedScript(() => {
  provideScriptApi('photos', { start: startPhotosFrame } satisfies RoleScript);
});
