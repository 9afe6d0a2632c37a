/** Guides for a full or crowded iCloud plan, a crowded device, and device backups. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';
import { checkedFor } from './checked';

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
          mac: 'On your Mac, open System Settings > [your name] > iCloud and click Manage (or sign in at icloud.com/settings in your browser). The list shows what takes the most room.',
          windows:
            'Open iCloud for Windows and click Storage (or sign in at icloud.com/settings in your browser). The list shows what takes the most room.',
          'icloud-web':
            'On iCloud.com, open your account settings (icloud.com/settings). The storage section shows what takes the most room.',
        },
        note: 'On a family plan the space is one pool: the backups and photos of everyone who shares it fill the same storage.',
        facts: ['F5', 'K4'],
      },
      {
        id: 'old-backups',
        text: 'Delete backups of devices you no longer use, such as an old phone you traded in.',
        platforms: ['iphone-ipad', 'mac', 'windows'],
        variants: {
          'iphone-ipad':
            'In Manage Account Storage, open Backups. Delete the backups of devices you no longer own or use.',
          mac: 'In System Settings > [your name] > iCloud, click Manage, then Backups. Delete the backups of devices you no longer own or use.',
          windows:
            'In iCloud for Windows, click Storage, then Backups. Delete the backups of devices you no longer own or use.',
        },
        caution:
          'A deleted backup is gone for good. Only remove backups of devices you are sure you will not need to restore.',
        facts: ['F5', 'F20'],
      },
      {
        id: 'app-data',
        text: 'Remove the iCloud data of apps you no longer use.',
        platforms: ['iphone-ipad', 'mac'],
        variants: {
          'iphone-ipad': 'Still in Manage Account Storage, tap an app you no longer use and delete its data.',
          mac: 'Still in the Manage window, select an app you no longer use and delete its data.',
        },
        caution:
          'Deleting an app’s iCloud data can’t be undone, and it disappears from every device signed in to your account, not just this one.',
        facts: ['F5', 'F20'],
      },
      {
        id: 'recently-deleted',
        text: 'Empty the Recently Deleted album in Photos.',
        variants: {
          'iphone-ipad': 'Empty the Recently Deleted album in Photos, listed under Utilities.',
          mac: 'Empty the Recently Deleted album in Photos, listed in the sidebar.',
          windows:
            'Empty the Recently Deleted album on iCloud.com: iCloud for Windows has none, so sign in at icloud.com/photos in your browser and open Recently Deleted in the sidebar.',
          'icloud-web':
            'Empty the Recently Deleted album: on iCloud.com, open Photos, then Recently Deleted in the sidebar.',
        },
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
        id: 'shared-library',
        text: 'If you set up an iCloud Shared Photo Library, check how big it has grown: all of it counts against your storage, whoever added the photos.',
        note: 'Shared Albums are different: they don’t use anyone’s iCloud storage, so deleting from them frees nothing.',
        facts: ['K5', 'K6'],
      },
      {
        id: 'headroom',
        text: 'Planning to add lots of photos at once? Clear a few extra gigabytes first.',
        note: 'A plan that is only just under the limit fills up again halfway through a big import.',
        facts: ['F5'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.manageStorage, APPLE_ARTICLES.overQuota, APPLE_ARTICLES.icloudSettings],
    keywords: [
      'storage full',
      'space',
      'quota',
      'delete',
      'clean up',
      'backups',
      'recently deleted',
      'mail',
      'shared library',
      'family',
    ],
    sources: { apple: ['HT204247', 'HT203527'], facts: ['C1', 'F5', 'F20', 'K4', 'K5', 'K6'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
  {
    id: 'upgrade-icloud-plan',
    title: 'Move to a bigger iCloud+ plan',
    summary: 'If you need everything you have, a larger plan gives uploads and backups room again.',
    why:
      'The free 5 GB fills up quickly once photos and backups move in. Paid iCloud+ plans step up ' +
      'through 50 GB, 200 GB, 2 TB, 6 TB and 12 TB. Plans of 200 GB and more can be shared with your ' +
      'family through Family Sharing; the 50 GB plan can’t. Once there is space again, waiting ' +
      'uploads and backups carry on from where they stopped.',
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
          mac: 'Open System Settings > [your name] > iCloud to see your plan.',
          windows: 'Open iCloud for Windows and click Storage to see your plan.',
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
        id: 'change-plan',
        text: 'Change the plan from the storage settings of an iPhone, iPad, Mac or PC signed in to your account: look for Change Storage Plan.',
        variants: {
          'iphone-ipad':
            'Open Settings > [your name] > iCloud > Manage Account Storage and tap Change Storage Plan.',
          mac: 'Open System Settings > [your name] > iCloud, click Manage, then Change Storage Plan.',
          windows: 'Open iCloud for Windows, click Storage, then Change Storage Plan.',
        },
        note: 'On the free plan the button may say Upgrade to iCloud+ instead.',
        facts: ['K4'],
      },
      {
        id: 'family',
        text: 'If others in your family also pay for iCloud, consider one shared plan of 200 GB or more instead; the 50 GB plan can’t be shared.',
        note: 'A shared plan is one pool: each family member’s backups and photos fill the same space, so pick a size for everyone.',
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
    sources: { apple: ['HT201318', 'HT204247'], facts: ['C1', 'F5', 'K4'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
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
        caution:
          'Don’t delete photos to make room on the device: with iCloud Photos on, a photo deleted here is deleted from iCloud and your other devices too. Optimize Storage, the next step, is the way to win space from photos.',
        facts: ['C2', 'F6', 'N1'],
      },
      {
        id: 'optimize',
        text: 'Turn on Optimize Storage so full-size originals stay in iCloud.',
        variants: {
          'iphone-ipad':
            'Open Settings > Apps > Photos (Settings > Photos before iOS 18) and choose Optimize iPhone Storage (on an iPad, Optimize iPad Storage).',
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
    sources: { apple: ['HT204264'], facts: ['C2', 'F6', 'S8', 'N1'] },
    checkedFor: checkedFor('iphone-ipad', 'mac'),
  },
  {
    id: 'turn-on-icloud-backup',
    title: 'Get iCloud Backup running again',
    summary: 'Make sure backups are switched on and that the phone gets the moment it needs to run one.',
    why:
      'An iPhone or iPad backs itself up only when it is connected to Wi-Fi, charging and locked, all ' +
      'at the same time (some iPhones can also back up over mobile data). If backups are switched ' +
      'off, or those three never line up, they quietly fall behind. How much room a backup needs ' +
      'depends on what is on the device: your own backup’s size is listed in your storage settings.',
    topics: ['storage-full', 'storage-nearly-full', 'sync-not-working'],
    causes: ['C12'],
    platforms: ['iphone-ipad'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'switch-on',
        text: 'Open Settings > [your name] > iCloud > iCloud Backup and make sure backing up this device is turned on.',
        facts: ['F20'],
      },
      {
        id: 'conditions',
        text: 'Put it on charge, connect to Wi-Fi and let the screen lock. Leaving it by the bed overnight usually does the trick.',
        facts: ['C12', 'F20'],
      },
      {
        id: 'back-up-now',
        text: 'To test it, tap Back Up Now on the iCloud Backup screen and stay on Wi-Fi until it finishes; the screen then shows the time of the last successful backup.',
        facts: ['F20'],
      },
      {
        id: 'backup-size',
        text: 'See how big your backup is: Settings > [your name] > iCloud > Manage Account Storage > Backups, then tap this device.',
        note: 'Sizes vary a lot from one device to the next, so go by the figure shown there.',
        facts: ['C12'],
      },
      {
        id: 'trim-backup',
        text: 'Short on space? Keep this device’s backup, but switch off the apps you can live without backing up.',
        variants: {
          'iphone-ipad':
            'Short on space? On that same Backups screen for this device, turn off the apps you can live without backing up. Keep the backup itself.',
        },
        note: 'If iCloud Photos is on, your photos already live in iCloud, so the device backup leaves them out.',
        facts: ['F20'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.manageStorage, APPLE_ARTICLES.overQuota],
    keywords: ['backup', 'back up', 'icloud backup', 'back up now', 'restore', 'charging', 'locked'],
    sources: { apple: ['HT204247', 'HT203527'], facts: ['C12', 'F20'] },
    checkedFor: checkedFor('iphone-ipad'),
  },
];
