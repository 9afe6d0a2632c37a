import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READERS_GLOBAL, type ReadersScript } from '@/content/readers-script';
import { startReaders } from '@/content/start-readers';
import { provideScriptApi } from '@/content/script-api';

// Loaded by the iCloud.com content script (icloud-start.js) once a frame of ours has loaded
// (content/frame-start.ts); never on its own.
export default defineUnlistedScript(() => {
  const readers: ReadersScript = { start: startReaders };
  provideScriptApi(READERS_GLOBAL, readers);
});
