/** Guides for a full or crowded iCloud plan, a crowded device, and device backups. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

export const STORAGE_GUIDES: Guide[] = [
  {
    id: 'free-up-icloud-storage',
    title: 'Make room in your iCloud storage',
    summary: 'See what is filling your iCloud plan and clear out the things you no longer need.',
    why:
      'When your iCloud plan is full, several things stall at the same time. New photos and videos ' +
      'stay put on the device rather than reaching iCloud Photos, your device backups stop running, ' +
      'iCloud Drive and app data fall out of step, and even iCloud Mail can get stuck, with messages ' +
      'neither going out nor coming in. Nothing is broken; there is simply nowhere to put anything ' +
      'new. Make some room and it all starts moving again.',
    topics: [
      'storage-full',
      'storage-nearly-full',
      'upload-blocked',
      'storage-stale',
      'uploads-stuck',
      'sync-not-working',
    ],
    causes: ['C1'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'see-usage',
        text: 'Open your storage overview and look at which kinds of data take the most room.',
        variants: {
          'iphone-ipad':
            'On your iPhone or iPad, open Settings > [your name] > iCloud > Manage Account Storage. The bar and list show what takes the most room.',
          mac: 'Sign in at iCloud.com account settings (icloud.com/settings) in your browser; the storage section shows what takes the most room.',
          windows:
            'Sign in at iCloud.com account settings (icloud.com/settings) in your browser; the storage section shows what takes the most room.',
          'icloud-web':
            'On iCloud.com, open your account settings (icloud.com/settings). The storage section shows what takes the most room.',
        },
        facts: ['F5'],
      },
      {
        id: 'old-backups',
        text: 'Delete backups of devices you no longer use, such as an old phone you traded in.',
        platforms: ['iphone-ipad', 'icloud-web'],
        variants: {
          'iphone-ipad':
            'In Manage Account Storage, open Backups. Delete the backups of devices you no longer own or use.',
        },
        caution:
          'A deleted backup is gone for good. Only remove backups of devices you are sure you will not need to restore.',
        facts: ['F5'],
      },
      {
        id: 'app-data',
        text: 'Remove data kept by apps you no longer use.',
        platforms: ['iphone-ipad'],
        variants: {
          'iphone-ipad': 'Still in Manage Account Storage, tap apps you no longer use and delete their data.',
        },
        facts: ['F5'],
      },
      {
        id: 'recently-deleted',
        text: 'Empty the Recently Deleted album in Photos.',
        note: 'Photos you deleted wait there for 30 days and keep counting against your plan until they are gone.',
        caution:
          'Once Recently Deleted is emptied, those photos and videos cannot be brought back. Look through it first.',
        facts: ['F5'],
      },
      {
        id: 'mail-messages',
        text: 'Look through Mail and Messages for big videos and attachments you can do without.',
        note: 'Long videos and big attachments are often the surprise space hogs.',
        facts: ['F5'],
      },
      {
        id: 'headroom',
        text: 'Planning to add lots of photos at once? Clear a few extra gigabytes first.',
        note: 'A plan that is only just under the limit fills up again halfway through a big import.',
        facts: ['F5'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.manageStorage, APPLE_ARTICLES.overQuota, APPLE_ARTICLES.icloudSettings],
    keywords: ['storage full', 'space', 'quota', 'delete', 'clean up', 'backups', 'recently deleted', 'mail'],
    facts: ['C1', 'F5'],
  },
  {
    id: 'upgrade-icloud-plan',
    title: 'Move to a bigger iCloud+ plan',
    summary: 'If you need everything you have, a larger plan gives uploads and backups room again.',
    why:
      'The free 5 GB fills up quickly once photos and backups move in. Paid iCloud+ plans step up ' +
      'through 50 GB, 200 GB, 2 TB, 6 TB and 12 TB, and your family can share yours. Once there is ' +
      'space again, waiting uploads and backups carry on from where they stopped.',
    topics: ['storage-full', 'storage-nearly-full', 'upload-blocked'],
    causes: ['C1'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    // A couple of taps, but it is a decision about money, so it comes after clearing space.
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'check-plan',
        text: 'Check which plan you have now and how much of it is used.',
        variants: {
          'iphone-ipad': 'Open Settings > [your name] > iCloud > Manage Account Storage to see your plan.',
          mac: 'Open iCloud.com account settings (icloud.com/settings) to see your plan.',
          windows: 'Open iCloud.com account settings (icloud.com/settings) to see your plan.',
          'icloud-web': 'Open your iCloud.com account settings (icloud.com/settings) to see your plan.',
        },
        facts: ['K4'],
      },
      {
        id: 'pick-size',
        text: 'Pick the next size up that leaves room to grow: 50 GB, 200 GB, 2 TB, 6 TB or 12 TB.',
        note: 'Apple’s pricing page lists what each size costs where you live.',
        facts: ['C1', 'K4'],
      },
      {
        id: 'family',
        text: 'If others in your family also pay for iCloud, consider one shared plan instead.',
        facts: ['K4'],
      },
      {
        id: 'let-it-resume',
        text: 'Leave your devices on Wi-Fi and power for a while so waiting uploads and backups can catch up.',
        facts: ['F3'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.plans, APPLE_ARTICLES.manageStorage],
    keywords: ['upgrade', 'plan', 'icloud+', 'buy storage', 'pricing', 'family sharing', 'more space'],
    facts: ['C1', 'F5', 'K4'],
  },
  {
    id: 'free-device-storage',
    title: 'Free up space on the device itself',
    summary: 'A phone or Mac that is nearly full can’t keep its photo library up to date.',
    why:
      'It isn’t only iCloud that needs room: the phone or Mac needs some too. On a device that is ' +
      'nearly out of space, full-size originals stop coming down and Photos can’t keep the library ' +
      'current. Leaving the originals in iCloud and keeping lighter copies on the device gives you a ' +
      'lot of space back.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C2'],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'check-device-space',
        text: 'Check how much space is left on the device and remove apps or files you don’t need.',
        variants: {
          'iphone-ipad':
            'Open Settings > General > iPhone Storage (iPad Storage on an iPad) and remove apps or downloads you don’t need.',
          mac: 'Open System Settings > General > Storage to see what is using space, then remove large files and apps you no longer need.',
        },
        facts: ['C2', 'F6'],
      },
      {
        id: 'optimize',
        text: 'Turn on Optimize Storage so full-size originals stay in iCloud.',
        variants: {
          'iphone-ipad':
            'Open the Photos settings (Settings > Apps > Photos on iOS 18 and later, Settings > Photos on earlier versions) and choose Optimize iPhone Storage (on an iPad, Optimize iPad Storage).',
          mac: 'In Photos, open Photos > Settings > iCloud and choose Optimize Mac Storage.',
        },
        note:
          'With this on, thumbnails can look a little soft until you open a photo; the full version then downloads. ' +
          'If you have plenty of space and want every original on the device, choose Download and Keep Originals instead.',
        facts: ['F6', 'S8'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: [
      'device full',
      'iphone storage',
      'optimize',
      'originals',
      'blurry',
      'thumbnails',
      'disk space',
    ],
    facts: ['C2', 'F6', 'S8'],
  },
  {
    id: 'turn-on-icloud-backup',
    title: 'Get iCloud Backup running again',
    summary: 'Make sure backups are switched on and that the phone gets the moment it needs to run one.',
    why:
      'An iPhone or iPad backs itself up only when it is connected to Wi-Fi, charging and locked, all ' +
      'at the same time. Expect each backup to use roughly 1 to 4 GB of your iCloud space. If backups ' +
      'are switched off, or those three never line up, they quietly fall behind.',
    topics: ['storage-full', 'storage-nearly-full', 'sync-not-working'],
    causes: ['C12'],
    platforms: ['iphone-ipad'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'switch-on',
        text: 'Open Settings > [your name] > iCloud > iCloud Backup and make sure it is turned on.',
        facts: ['F20'],
      },
      {
        id: 'conditions',
        text: 'Put it on charge, connect to Wi-Fi and let the screen lock. Leaving it by the bed overnight usually does the trick.',
        facts: ['C12', 'F20'],
      },
      {
        id: 'trim-backup',
        text: 'Short on space? Keep this device’s backup, but switch off the apps you can live without backing up.',
        variants: {
          'iphone-ipad':
            'Short on space? Go to Settings > [your name] > iCloud > Manage Account Storage > Backups, tap this device and turn off the apps you can live without backing up. Keep the backup itself.',
        },
        note: 'If iCloud Photos is on, your photos already live in iCloud, so the device backup leaves them out.',
        facts: ['F20'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.manageStorage, APPLE_ARTICLES.overQuota],
    keywords: ['backup', 'back up', 'icloud backup', 'restore', 'charging', 'locked'],
    facts: ['C12', 'F20'],
  },
];
