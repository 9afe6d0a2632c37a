/** The problems guides are grouped under, in words people use, most pressing first. */
import { CONDITION_IDS, isConditionId } from '../conditions/ids';
import { GENERAL_TOPICS, type GuideTopic } from './types';

export const TOPIC_ORDER: readonly GuideTopic[] = [...CONDITION_IDS, ...GENERAL_TOPICS];

export const TOPIC_LABELS: Record<GuideTopic, string> = {
  'storage-full': 'iCloud storage is full',
  'upload-blocked': 'Photos can’t upload because storage is full',
  outage: 'Apple reports a problem with iCloud',
  'storage-nearly-full': 'iCloud storage is nearly full',
  'upload-refused': 'Apple refused a Photos upload',
  'upload-stalled': 'An upload has stopped moving',
  'status-unknown': 'Apple’s status can’t be read right now',
  maintenance: 'Apple is doing maintenance',
  'storage-stale': 'Your storage figures are out of date',
  'uploads-stuck': 'Photos won’t upload',
  'sync-not-working': 'Devices don’t show the same photos',
};

export function isGuideTopic(value: unknown): value is GuideTopic {
  return isConditionId(value) || (GENERAL_TOPICS as readonly unknown[]).includes(value);
}
