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

/** The list of all guides groups them under these broader problems (a guide may sit in several). */
export const PROBLEM_GROUPS: readonly { id: string; label: string; topics: readonly GuideTopic[] }[] = [
  {
    id: 'storage',
    label: 'iCloud storage is full or nearly full',
    topics: ['storage-full', 'storage-nearly-full', 'upload-blocked', 'storage-stale'],
  },
  { id: 'apple', label: 'Apple reports a problem', topics: ['outage', 'maintenance', 'status-unknown'] },
  {
    id: 'uploads',
    label: 'Photos won’t upload or have stopped',
    topics: ['upload-refused', 'upload-stalled', 'uploads-stuck'],
  },
  { id: 'sync', label: 'Your devices don’t show the same photos', topics: ['sync-not-working'] },
];
