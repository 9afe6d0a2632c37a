/** Guides for devices that don't agree: settings, accounts, software, local syncing, Windows. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';
import { checkedFor } from './checked';

export const SYNC_GUIDES: Guide[] = [
  {
    id: 'same-account-icloud-photos-on',
    title: 'Check that every device uses the same account, with iCloud Photos on',
    summary:
      'Photos only flow between devices signed in to the same Apple Account with iCloud Photos switched on.',
    why:
      'A device with iCloud Photos turned off, or one signed in to another Apple Account, never gets to ' +
      'share in the rest of your photos. It is easier to miss than you would think, say after setting ' +
      'up a new phone in a rush.',
    topics: ['sync-not-working', 'uploads-stuck'],
    causes: ['C5'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'same-account',
        text: 'On each device, check which Apple Account is signed in. They must all be the same.',
        variants: {
          'iphone-ipad':
            'Open Settings: your name at the top is the Apple Account in use. Compare it on every device.',
          mac: 'Open System Settings: your name at the top of the sidebar is the Apple Account in use. Compare it on every device.',
          'icloud-web':
            'On iCloud.com, check the account shown in the top corner matches the one on your devices.',
        },
        facts: ['C5', 'F2'],
      },
      {
        id: 'photos-on',
        text: 'Make sure iCloud Photos is switched on.',
        platforms: ['iphone-ipad', 'mac', 'windows'],
        variants: {
          'iphone-ipad':
            'Open Settings > [your name] > iCloud > Photos and make sure “Sync this iPhone” (“Sync this iPad” on an iPad) is on.',
          mac: 'In Photos, open Photos > Settings > iCloud and make sure iCloud Photos is ticked.',
          windows:
            'Open iCloud for Windows, click the arrow next to iCloud Photos, turn iCloud Photos on if it is off, then click Done.',
        },
        facts: ['C5', 'F2'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing, APPLE_ARTICLES.windowsPhotos],
    keywords: [
      'apple id',
      'apple account',
      'sign in',
      'sync this iphone',
      'icloud photos off',
      'missing photos',
    ],
    sources: { apple: ['108994', '101559'], facts: ['C5', 'F2', 'F22'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
  {
    id: 'restart-the-device',
    title: 'Restart the device',
    summary: 'A restart clears the small glitches that can hold up syncing.',
    why: 'Software has hiccups. A restart clears out whatever got stuck and lets syncing start fresh.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C8'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'restart-iphone-face-id',
        text: 'iPhone with Face ID: hold the side button and either volume button until the slider appears, drag it, and once the screen is dark hold the side button until the Apple logo shows.',
        platforms: ['iphone-ipad'],
        facts: ['F11'],
      },
      {
        id: 'restart-iphone-home-button',
        text: 'iPhone with a Home button: hold the side button (the top button on some older models) until the slider appears, drag it, then hold the same button to turn it back on.',
        platforms: ['iphone-ipad'],
        facts: ['F11'],
      },
      {
        id: 'restart-ipad',
        text: 'iPad: hold the top button (together with either volume button on an iPad without a Home button) until the slider appears, drag it, then hold the top button to turn it back on.',
        platforms: ['iphone-ipad'],
        facts: ['F11'],
      },
      {
        id: 'restart-mac',
        text: 'Mac: choose Apple menu > Restart.',
        platforms: ['mac'],
        facts: ['F11'],
      },
      {
        id: 'restart-windows',
        text: 'Windows PC: open the Start menu, choose Power, then Restart.',
        platforms: ['windows'],
        facts: ['F11'],
      },
      {
        id: 'force-restart',
        text: 'If the screen won’t respond, force a restart. iPhone 8 or later: press and let go of volume up, then volume down, then hold the side button until the Apple logo shows. Other models use other buttons: look up “force restart” and your model on Apple Support.',
        platforms: ['iphone-ipad'],
        facts: ['F11'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['restart', 'reboot', 'turn off and on', 'force restart', 'frozen', 'unresponsive'],
    sources: { apple: [], facts: ['C8', 'F11'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'update-software',
    title: 'Update the software on your devices',
    summary: 'Old system versions and an outdated iCloud for Windows can stop syncing working properly.',
    why:
      'iCloud keeps changing on Apple’s side, and older versions of iOS, iPadOS, macOS or iCloud for ' +
      'Windows can fall out of step with it. Updates also fix bugs that stall uploads.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C8'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'update',
        text: 'Install the latest system update.',
        variants: {
          'iphone-ipad': 'Open Settings > General > Software Update and install what is offered.',
          mac: 'Open System Settings > General > Software Update and install what is offered.',
          windows:
            'Update iCloud for Windows from the Microsoft Store, and Windows itself in Settings > Windows Update.',
        },
        note: 'Charge the device and stay on Wi-Fi while it updates.',
        facts: ['F12'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['update', 'ios', 'ipados', 'macos', 'software update', 'old version', 'bug', 'glitch'],
    sources: { apple: [], facts: ['C8', 'F12'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'set-date-and-time',
    title: 'Let every device set its date and time automatically',
    summary: 'A clock or region that is off can stop your devices matching up the same photos.',
    why:
      'Devices compare dates to work out which photo is which and what changed last. A clock set by hand ' +
      'or a wrong region can muddle that up.',
    topics: ['sync-not-working'],
    causes: ['C11'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'automatic',
        text: 'Switch on automatic date and time.',
        variants: {
          'iphone-ipad': 'Open Settings > General > Date & Time and switch on Set Automatically.',
          mac: 'Open System Settings > General > Date & Time and let the Mac set the time automatically.',
          windows: 'Open Settings > Time & language > Date & time and switch on Set time automatically.',
        },
        facts: ['F13'],
      },
      {
        id: 'region',
        text: 'While you are there, check that the time zone and region are where you actually are.',
        facts: ['C11'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['date', 'time', 'clock', 'time zone', 'region'],
    sources: { apple: [], facts: ['C11', 'F13'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'one-sync-method',
    title: 'Use one way of syncing photos, not two',
    summary:
      'When a device gets photos both from iCloud Photos and from a cable sync in Finder or iTunes, the two end up fighting.',
    why:
      'Copying photos to a phone with a cable (through Finder or iTunes) and syncing them with iCloud ' +
      'Photos at the same time pull the library in two directions. Pick iCloud Photos and switch the ' +
      'cable syncing off.',
    topics: ['sync-not-working'],
    causes: ['C10'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'turn-off-local-sync',
        text: 'Connect the iPhone or iPad to the computer and turn off photo syncing for it.',
        platforms: ['mac', 'windows'],
        variants: {
          mac: 'Connect the iPhone or iPad, select it in the Finder sidebar, open the Photos tab and untick syncing photos.',
          windows:
            'Connect the iPhone or iPad, open it in iTunes (or the Apple Devices app on newer PCs), go to Photos and untick syncing photos.',
        },
        facts: ['F14'],
      },
      {
        id: 'keep-icloud',
        text: 'Keep iCloud Photos on for the device, so it is the one place your library syncs from.',
        platforms: ['iphone-ipad'],
        facts: ['C10', 'F14'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing, APPLE_ARTICLES.icloudPhotos],
    keywords: ['finder', 'itunes', 'cable', 'usb', 'sync photos', 'duplicates'],
    sources: { apple: [], facts: ['C10', 'F14'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'icloud-photos-on-windows',
    title: 'Get iCloud Photos working on a Windows PC',
    summary:
      'How to turn iCloud Photos on in iCloud for Windows, where the photos are, and what to try when they don’t appear.',
    why:
      'Current iCloud for Windows, from the Microsoft Store, keeps your iCloud Photos in a single ' +
      'folder, C:\\Users\\[user name]\\Pictures\\iCloud Photos\\Photos, shown as iCloud Photos in File ' +
      'Explorer and, on Windows 11, in the Microsoft Photos app. Older versions split it into ' +
      'Downloads, Uploads and Shared; if that is what you see, the app needs updating.',
    topics: ['sync-not-working', 'uploads-stuck'],
    causes: ['C5', 'C8'],
    platforms: ['windows'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'turn-on',
        text: 'Open iCloud for Windows, check that you are signed in with the same Apple Account as your other devices, click the arrow next to iCloud Photos, turn iCloud Photos on and click Done.',
        facts: ['F2', 'F19'],
      },
      {
        id: 'find-photos',
        text: 'Open File Explorer and click iCloud Photos in the navigation pane. On Windows 11 you can also open Microsoft Photos and choose iCloud Photos on the left.',
        note: 'The folder itself is C:\\Users\\[user name]\\Pictures\\iCloud Photos\\Photos.',
        facts: ['F19'],
      },
      {
        id: 'add-photos',
        text: 'To send photos from the PC to iCloud, copy them into that iCloud Photos folder.',
        facts: ['F19'],
      },
      {
        id: 'restart-pc',
        text: 'Photos still not appearing? Restart the PC.',
        note: 'Ending an Apple process in Task Manager does not start it again; a restart does.',
        facts: ['F19'],
      },
      {
        id: 'update-app',
        text: 'Update iCloud for Windows from the Microsoft Store (Library > Get updates).',
        facts: ['F12', 'F19'],
      },
      {
        id: 'sign-in-again',
        text: 'If photos still don’t appear, sign out in iCloud for Windows and sign back in with the same Apple Account.',
        note: 'This signs only the PC out; what is stored in iCloud stays there. Let anything you copied into the folder finish uploading first.',
        facts: ['F19'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.windowsPhotos],
    keywords: [
      'windows',
      'pc',
      'file explorer',
      'icloud for windows',
      'microsoft photos',
      'microsoft store',
      'task manager',
      'thumbnails',
      'uploads folder',
    ],
    sources: { apple: ['108994'], facts: ['F2', 'F19'] },
    checkedFor: checkedFor('windows'),
  },
];
