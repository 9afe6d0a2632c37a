import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from './badge';
import { registerCheckedDays } from './checked-days';
import { registerContentMessages } from './content-messages';
import { registerFixes } from './fixes';
import { registerGuideSeeding } from './guides';
import { registerMyData } from './my-data';
import { registerSettingsMessages } from './settings-messages';
import { registerStatusMonitor } from './status-monitor';
import { registerTips } from './tips';

export default defineBackground(() => {
  // Every listener is registered synchronously here, at the top level of the worker's start, so
  // the browser can wake the worker for it; every handler reads its state from storage first.
  registerContentMessages();
  registerSettingsMessages();
  registerStatusMonitor();
  registerBadge();
  registerGuideSeeding();
  registerTips();
  registerFixes();
  registerCheckedDays();
  registerMyData();
});
