/** Guides for devices that don't agree: settings, accounts, software, local syncing, Windows. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

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
          windows: 'Open iCloud for Windows, then Photos > Options, and make sure iCloud Photos is ticked.',
        },
        facts: ['C5', 'F2'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: [
      'apple id',
      'apple account',
      'sign in',
      'sync this iphone',
      'icloud photos off',
      'missing photos',
    ],
    facts: ['C5', 'F2'],
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
        id: 'restart',
        text: 'Turn the device off and on again.',
        variants: {
          'iphone-ipad':
            'On an iPhone with Face ID, hold the side button and either volume button until the slider appears; with a Home button, hold the side button (the top button on some older models and iPads). On an iPad without a Home button, hold the top button and either volume button. Drag the slider, wait a moment, then hold the side or top button to turn it back on.',
          mac: 'Choose Apple menu > Restart.',
          windows: 'Open the Start menu, choose Power, then Restart.',
        },
        facts: ['F11'],
      },
      {
        id: 'force-restart',
        text: 'If the screen won’t respond at all, force a restart. On iPhone 8 and later: press and let go of volume up, press and let go of volume down, then hold the side button until the Apple logo shows. Older iPhones and iPads use a different combination, so look up “force restart” for your model on Apple Support.',
        platforms: ['iphone-ipad'],
        facts: ['F11'],
      },
    ],
    appleArticles: [],
    keywords: ['restart', 'reboot', 'turn off and on', 'force restart', 'frozen', 'unresponsive'],
    facts: ['C8', 'F11'],
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
    appleArticles: [],
    keywords: ['update', 'ios', 'ipados', 'macos', 'software update', 'old version', 'bug', 'glitch'],
    facts: ['C8', 'F12'],
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
    appleArticles: [],
    keywords: ['date', 'time', 'clock', 'time zone', 'region'],
    facts: ['C11', 'F13'],
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['finder', 'itunes', 'cable', 'usb', 'sync photos', 'duplicates'],
    facts: ['C10', 'F14'],
  },
  {
    id: 'icloud-photos-on-windows',
    title: 'Get iCloud Photos working on a Windows PC',
    summary:
      'Where iCloud Photos lives in File Explorer, how to upload from a PC, and what to do when thumbnails don’t show.',
    why:
      'On Windows, iCloud Photos shows up in File Explorer with separate places for downloads, uploads ' +
      'and shared albums. A background helper called Apple Photo Library Agent does the work and ' +
      'sometimes needs a restart.',
    topics: ['sync-not-working', 'uploads-stuck'],
    causes: ['C8'],
    platforms: ['windows'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'find-folders',
        text: 'Open File Explorer and choose iCloud Photos. You will find Downloads, Uploads and Shared.',
        facts: ['F19'],
      },
      {
        id: 'upload',
        text: 'To send photos from the PC to iCloud, drop them into Uploads.',
        facts: ['F19'],
      },
      {
        id: 'agent',
        text: 'No thumbnails showing? Open Task Manager, look for “Apple Photo Library Agent” and restart it.',
        facts: ['F19'],
      },
      {
        id: 'sign-in-again',
        text: 'If that doesn’t help, sign out of the iCloud app on the PC and sign back in.',
        note: 'This only affects the PC; it doesn’t delete anything from iCloud.',
        facts: ['F19'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['windows', 'pc', 'file explorer', 'icloud for windows', 'task manager', 'thumbnails', 'agent'],
    facts: ['F19'],
  },
  {
    id: 'turn-icloud-photos-off-and-on',
    title: 'Switch iCloud Photos off and on again',
    summary:
      'Switching iCloud Photos off briefly and on again makes the device take a fresh look at its library.',
    why:
      'When nudges and a restart haven’t helped, switching iCloud Photos off and on again makes the ' +
      'device check its whole library against iCloud again. It can take a while afterwards.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C8', 'C5'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'moderate',
    risk: {
      level: 'caution',
      caution:
        'If the device asks what to do with photos that are only in iCloud, choose to keep or download them. ' +
        'Never pick an option that removes them from the device while uploads are still waiting.',
    },
    steps: [
      {
        id: 'off',
        text: 'Switch iCloud Photos off.',
        variants: {
          'iphone-ipad':
            'Open Settings > [your name] > iCloud > Photos and switch off “Sync this iPhone” (“Sync this iPad” on an iPad).',
          mac: 'In Photos, open Photos > Settings > iCloud and untick iCloud Photos.',
          windows: 'Open iCloud for Windows, untick Photos and choose Apply.',
        },
        caution:
          'If the device asks what to do with photos that are only in iCloud, choose to keep or download them. ' +
          'Never pick an option that removes them from the device while uploads are still waiting.',
        facts: ['F10'],
      },
      {
        id: 'wait',
        text: 'Wait about a minute.',
        facts: ['F10'],
      },
      {
        id: 'on',
        text: 'Switch iCloud Photos back on the same way.',
        variants: {
          'iphone-ipad': 'Switch “Sync this iPhone” back on.',
          mac: 'Tick iCloud Photos again.',
          windows: 'Tick Photos again and choose Apply.',
        },
        note: 'Give it time afterwards, ideally overnight on Wi-Fi and power.',
        facts: ['F10'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['toggle', 'turn off and on', 'switch off', 'resync', 'sync this iphone'],
    facts: ['F10'],
  },
];
