/** All bundled guidance, in the order the list of guides shows it within each problem. */
import type { Guide } from '../types';
import { LAST_RESORT_GUIDES } from './last-resort';
import { OUTAGE_GUIDES } from './outage';
import { STORAGE_GUIDES } from './storage';
import { SYNC_GUIDES } from './sync';
import { UPLOAD_GUIDES } from './uploads';

export const GUIDES: readonly Guide[] = [
  ...STORAGE_GUIDES,
  ...OUTAGE_GUIDES,
  ...UPLOAD_GUIDES,
  ...SYNC_GUIDES,
  ...LAST_RESORT_GUIDES,
];

export { GOOD_TO_KNOW, THINGS_NOT_TO_DO } from './notes';
export { STATUS_MESSAGES, WHERE_TO_FIND_STATUS } from './status-messages';
