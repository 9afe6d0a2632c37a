/** Guides for Apple's side: finding out, outages, and planned maintenance. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';
import { checkedFor } from './checked';

export const OUTAGE_GUIDES: Guide[] = [
  {
    id: 'check-apple-system-status',
    title: 'Check whether Apple’s servers are having trouble',
    summary: 'Before changing anything on your devices, see whether Apple reports a problem with iCloud.',
    why:
      'Sometimes the problem isn’t on your side at all: iCloud Photos, iCloud Backup or the Apple ' +
      'Account sign-in service can be down or under maintenance. No setting on your phone fixes that, ' +
      'so it is worth a 30-second look before you start restarting things.',
    topics: [
      'outage',
      'maintenance',
      'status-unknown',
      'upload-refused',
      'upload-stalled',
      'uploads-stuck',
      'sync-not-working',
    ],
    causes: ['C7'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'open-status',
        text: 'Open Apple’s System Status page.',
        facts: ['F1'],
      },
      {
        id: 'look-for-icloud',
        text: 'Look at the rows named Photos (that is iCloud Photos), iCloud Backup and iCloud Account & Sign In. Anything other than a green dot means Apple knows about a problem or is doing maintenance.',
        facts: ['C7', 'F1'],
      },
      {
        id: 'all-green',
        text: 'If everything is green but things still seem stuck, don’t rule Apple out completely.',
        note: 'Apple sometimes posts a problem only after it has been going on for a while, so an all-green page is good news, not proof.',
        facts: ['F1'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.systemStatus],
    keywords: ['outage', 'down', 'servers', 'apple status', 'maintenance', 'is icloud down', 'system status'],
    sources: { apple: [], facts: ['C7', 'F1'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
  {
    id: 'wait-out-an-outage',
    title: 'Wait out a problem on Apple’s side',
    summary: 'When Apple reports an outage, the kindest fix for you is patience.',
    why:
      'An outage doesn’t put your photos at risk: whatever hasn’t gone up yet is sitting safely on ' +
      'your device, waiting its turn. Changing settings or signing out during an ' +
      'outage only adds work later. Once Apple’s side recovers, uploads carry on by themselves.',
    topics: ['outage'],
    causes: ['C7'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'leave-settings',
        text: 'Leave your iCloud settings as they are. Please don’t sign out or reset anything while Apple’s side is down.',
        facts: ['N2'],
      },
      {
        id: 'keep-ready',
        text: 'Keep your devices on Wi-Fi and charging, so they can catch up as soon as the service is back.',
        facts: ['F3'],
      },
      {
        id: 'check-back',
        text: 'Check the System Status page again later. When the problem is marked as resolved, give it a little while, then try again.',
        facts: ['F1'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.systemStatus],
    keywords: ['outage', 'wait', 'down', 'apple problem'],
    sources: { apple: [], facts: ['C7', 'F1', 'K1'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
  {
    id: 'plan-around-maintenance',
    title: 'Plan around Apple’s maintenance',
    summary:
      'Maintenance is planned work with a start and an end: get done what matters before it begins, or let it wait.',
    why:
      'Apple announces maintenance in advance. While it runs, the service it names can be slow or ' +
      'out of reach for some people, but nothing is wrong with your devices or your account. ' +
      'Photos and files that have not gone up yet stay on your device until the work is over, and ' +
      'then uploads and syncing pick up again without your help.',
    topics: ['maintenance'],
    causes: ['C7'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'note-window',
        text: 'Note when the maintenance starts and when it should end. Cloud Checkup’s toolbar button opens a window that shows both in your own time, under Apple’s iCloud services; Apple’s System Status page lists them too.',
        facts: ['C7', 'F1'],
      },
      {
        id: 'before-it-starts',
        text: 'If something has to reach iCloud soon, such as a large batch of photos or a device backup, start it well ahead of the start time, with the device on Wi-Fi and charging.',
        facts: ['F3', 'C12'],
      },
      {
        id: 'leave-settings',
        text: 'While the work is going on, leave your iCloud settings as they are. Signing out or switching iCloud Photos off won’t bring the service back any sooner.',
        note: 'Whatever is waiting to upload is safe on your device in the meantime.',
        facts: ['N2', 'K1'],
      },
      {
        id: 'after',
        text: 'Once the end time has passed, give it a little while, then check that uploads and syncing have started again. If they haven’t, pick your problem from the list of fix guides.',
        facts: ['F1'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.systemStatus],
    keywords: ['maintenance', 'scheduled', 'planned', 'downtime', 'unavailable', 'system status'],
    sources: { apple: [], facts: ['C7', 'F1', 'F3', 'K1', 'N2'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
];
