import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startTips } from '@/content/tips/controller';
import { currentApp } from '@/content/tips/current-app';
import { TIPS_GLOBAL, type TipsScript } from '@/content/tips/tips-script';
import { provideScriptApi } from '@/content/script-api';

// Loaded by the readers' script in the top frame of iCloud.com (content/start-readers.ts); never
// on its own.
export default defineUnlistedScript(() => {
  const tipsScript: TipsScript = {
    start(ctx, win) {
      const tips = startTips(ctx, () => currentApp(win.document, win.location.pathname));
      ctx.addEventListener(win, 'wxt:locationchange', () => tips.refresh());
    },
  };
  provideScriptApi(TIPS_GLOBAL, tipsScript);
});
