/** The `poll-now` message from this extension's own pages (the popup's refresh button). */
import { parsePollNowMessage } from '@/lib/messages';
import { ownPageListener } from './page-requests';
import { pollStatusNow } from './status-poll';

/** Answers `poll-now` with the new poll record. */
export const statusMessageListener = ownPageListener(parsePollNowMessage, () => pollStatusNow());
