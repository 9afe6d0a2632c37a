import { isIcloudWebUrl } from './hosts';

/** The parts of `runtime.MessageSender` the background relies on. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; index?: number; windowId?: number };
  frameId?: number;
}

/**
 * A message counts only when it comes from this extension's content script in an iCloud.com frame:
 * our own id, a tab, and a frame URL on one of the iCloud.com web hosts.
 */
export function isIcloudContentSender(sender: SenderLike, extensionId: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    typeof sender.url === 'string' &&
    isIcloudWebUrl(sender.url)
  );
}
