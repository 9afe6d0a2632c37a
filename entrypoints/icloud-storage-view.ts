import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendPageReport } from '@/content/background-channel';
import { storageViewReader } from '@/content/read-storage-view';
import type { RoleScript } from '@/content/role-scripts';
import { runReaders } from '@/content/run-readers';
import { provideScriptApi } from '@/content/script-api';

// Loaded on the account settings view (content/role-scripts.ts): by the top frame's script while
// the shell shows it, by icloud-start.js in a settings app frame; never on its own.
export default defineUnlistedScript(() => {
  const storageView: RoleScript = {
    start: (win) => runReaders(win, storageViewReader, (reading) => sendPageReport('settings', reading)),
  };
  provideScriptApi('storage-view', storageView);
});
