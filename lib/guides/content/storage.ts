/** Guides for a full or crowded iCloud plan, a crowded device, and device backups. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

export const STORAGE_GUIDES: Guide[] = [
  {
    id: 'free-up-icloud-storage',
    title: 'Make room in your iCloud storage',
    summary: 'See what is filling your iCloud plan and clear out the things you no longer need.',
    why:
      'When your iCloud plan runs out of room, a lot quietly stops at once: new photos and videos stay ' +
      'on the device instead of going to iCloud Photos, device backups stop, iCloud Drive and app data ' +
      'stop syncing, and iCloud Mail can stop sending and receiving. Nothing is broken; there is just ' +
      'no space to put new things. Clearing some out gets it all moving again.',
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
        text: 'Clear out large videos and attachments in Mail and Messages.',
        note: 'Long videos and big attachments are often the surprise space hogs.',
        facts: ['F5'],
      },
      {
        id: 'headroom',
        text: 'Leave a few gigabytes spare before you import a lot of new photos.',
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
      'Everyone gets 5 GB for free, which fills up fast with photos and backups. The paid iCloud+ ' +
      'plans come in 50 GB, 200 GB, 2 TB, 6 TB and 12 TB, and one plan can be shared with your family. ' +
      'As soon as there is room again, waiting uploads and backups pick up where they stopped.',
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
      'Space on the device matters as well as space in iCloud. When the phone or Mac itself is almost ' +
      'full, full-size originals stop downloading and the library can’t refresh. Letting iCloud keep ' +
      'the originals while the device holds smaller copies frees a lot of room.',
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
          mac: 'Remove large files and apps you no longer need from your Mac.',
        },
        facts: ['C2', 'F6'],
      },
      {
        id: 'optimize',
        text: 'Turn on Optimize Storage so full-size originals stay in iCloud.',
        variants: {
          'iphone-ipad':
            'Open Settings > Photos and choose Optimize iPhone Storage (on an iPad, Optimize iPad Storage).',
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
      'A backup of an iPhone or iPad only runs when three things are true at once: it is on Wi-Fi, it ' +
      'is charging and it is locked. Each backup usually needs somewhere between 1 and 4 GB of iCloud ' +
      'space. If the switch is off, or those moments never come, backups quietly fall behind.',
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
        text: 'Plug the device in, join Wi-Fi and lock the screen. Overnight at home is the easiest time.',
        facts: ['C12', 'F20'],
      },
      {
        id: 'trim-backup',
        text: 'If there isn’t enough room, leave out apps you don’t need from this device’s backup rather than deleting the whole backup.',
        variants: {
          'iphone-ipad':
            'If there isn’t enough room, open Settings > [your name] > iCloud > Manage Account Storage > Backups, pick this device and switch off apps you don’t need backed up. Keep the backup itself.',
        },
        note: 'With iCloud Photos on, your photos are already kept there and are not part of the device backup.',
        facts: ['F20'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.manageStorage, APPLE_ARTICLES.overQuota],
    keywords: ['backup', 'back up', 'icloud backup', 'restore', 'charging', 'locked'],
    facts: ['C12', 'F20'],
  },
];
