/** The bigger steps: resets, signing out, library repair, and asking Apple for help. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';
import { checkedFor } from './checked';
import { STATUS_PLACE } from './status-place';

const SIGN_OUT_CAUTION =
  'Signing out takes this account’s iCloud data off the device, and it can be hours before it is all ' +
  'back. First make sure nothing is waiting to upload: photos still waiting exist only on this ' +
  'device, so copy them to a computer before you go on. Then go through each warning carefully, say ' +
  'yes when you are offered a copy of your data to keep, and have your Apple Account password handy: ' +
  'you will need it to switch off Find My.';

const OFF_AND_ON_CAUTION =
  'Apple advises against turning iCloud Photos off when photos aren’t syncing, so keep this for last. ' +
  'Only go ahead when the status shows nothing waiting to upload and the device has room for the ' +
  'whole library. If you are asked what to do with the photos on the device, choose Download Photos & ' +
  'Videos, never Remove from iPhone.';

const RESET_ALL_CAUTION =
  'Settings return to how they were out of the box: saved Wi-Fi networks and other network settings, ' +
  'the keyboard dictionary, location and privacy choices and your wallpaper. Apple Pay cards are ' +
  'removed from Wallet and need adding again. Your photos, apps and data stay.';

export const LAST_RESORT_GUIDES: Guide[] = [
  {
    id: 'reset-network-settings',
    title: 'Reset the network settings',
    summary:
      'When the connection itself seems broken on one iPhone or iPad, start its network setup from scratch.',
    why:
      'Saved networks, VPN profiles and carrier settings can get into a state that blocks uploads. ' +
      'Resetting them clears all of that in one go, at the price of setting Wi-Fi up again.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C3'],
    platforms: ['iphone-ipad'],
    effort: 'drastic',
    risk: {
      level: 'caution',
      caution:
        'Your saved Wi-Fi networks and their passwords disappear, and so do VPN and mobile carrier (APN) settings. Have your Wi-Fi password to hand.',
    },
    steps: [
      {
        id: 'note-passwords',
        text: 'Make sure you know your Wi-Fi password and any VPN details you will need afterwards.',
        facts: ['F15'],
      },
      {
        id: 'reset',
        text: 'Open Settings > General > Transfer or Reset iPhone (Transfer or Reset iPad on an iPad) > Reset > Reset Network Settings and confirm.',
        caution:
          'Every Wi-Fi password the device remembers, plus VPN and mobile carrier (APN) settings, will be wiped.',
        facts: ['F15'],
      },
      {
        id: 'rejoin',
        text: 'Join your Wi-Fi again and give uploads some time.',
        facts: ['F15'],
      },
    ],
    appleArticles: [],
    keywords: ['reset network', 'wifi', 'vpn', 'apn', 'connection', 'network settings'],
    sources: { apple: [], facts: ['F15'] },
    checkedFor: checkedFor('iphone-ipad'),
  },
  {
    id: 'turn-icloud-photos-off-and-on',
    title: 'Switch iCloud Photos off and on again (last resort)',
    summary:
      'When nothing is waiting to upload and nothing else has helped, switching iCloud Photos off and on makes a device compare its whole library with iCloud again.',
    why:
      'Switching iCloud Photos off and on makes the device check its whole library against iCloud ' +
      'from the start, which takes a long time. Apple’s own advice for photos that aren’t syncing is ' +
      'not to do this, because a device holding photos that haven’t uploaded, or without room for ' +
      'the library, can end up without them. Keep it for a device that shows nothing waiting and ' +
      'still doesn’t match your other devices.',
    topics: ['sync-not-working'],
    causes: ['C8'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'drastic',
    risk: { level: 'caution', caution: OFF_AND_ON_CAUTION },
    steps: [
      {
        id: 'nothing-waiting',
        text: 'Check that the status shows nothing waiting to upload.',
        platforms: ['iphone-ipad', 'mac'],
        variants: {
          'iphone-ipad': `${STATUS_PLACE['iphone-ipad']}, and check that nothing is waiting to upload.`,
          mac: `${STATUS_PLACE.mac}, and check that nothing is waiting to upload.`,
        },
        facts: ['F10', 'S1', 'S2'],
      },
      {
        id: 'room-for-library',
        text: 'Make sure the device has room for the whole library, in case it has to download everything.',
        platforms: ['iphone-ipad', 'mac'],
        facts: ['F10'],
      },
      {
        id: 'off',
        text: 'Switch iCloud Photos off.',
        variants: {
          'iphone-ipad':
            'Open Settings > [your name] > iCloud > Photos and switch off “Sync this iPhone” (“Sync this iPad” on an iPad).',
          mac: 'In Photos, open Photos > Settings > iCloud and untick iCloud Photos.',
          windows:
            'Open iCloud for Windows, click the arrow next to iCloud Photos, turn iCloud Photos off and click Done.',
        },
        caution:
          'If you are asked what to do with the photos on the device, choose Download Photos & Videos. Remove from iPhone deletes the copies on the device, and anything not yet in iCloud with them.',
        facts: ['F10'],
      },
      {
        id: 'wait',
        text: 'Wait about a minute; if you chose to download, wait until the download has finished.',
        facts: ['F10'],
      },
      {
        id: 'on',
        text: 'Switch iCloud Photos back on the same way.',
        variants: {
          'iphone-ipad': 'Switch “Sync this iPhone” (“Sync this iPad”) back on.',
          mac: 'Tick iCloud Photos again.',
          windows: 'Turn iCloud Photos back on the same way and click Done.',
        },
        note: 'Give it time afterwards, ideally overnight on Wi-Fi and power.',
        facts: ['F10'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['toggle', 'turn off and on', 'switch off', 'resync', 'sync this iphone', 'last resort'],
    sources: { apple: ['101559'], facts: ['F10'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'sign-out-and-back-in',
    title: 'Sign out of iCloud and in again (last resort)',
    summary: 'Signing out and in again can clear a stubborn account problem, but it is slow and needs care.',
    why:
      'This starts the device’s connection to iCloud over from the beginning. It can fix problems nothing ' +
      'else touches, but everything linked to your account has to download again afterwards, which takes ' +
      'hours. Try the gentler guides first.',
    topics: ['uploads-stuck', 'sync-not-working'],
    causes: ['C8', 'C5'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
    effort: 'drastic',
    risk: { level: 'caution', caution: SIGN_OUT_CAUTION },
    steps: [
      {
        id: 'tried-the-rest',
        text: 'Check that Apple reports no problem and that you have tried the gentler guides first.',
        facts: ['F16', 'N2'],
      },
      {
        id: 'nothing-waiting',
        text: 'Open the status in Photos and check that nothing is waiting to upload.',
        platforms: ['iphone-ipad', 'mac'],
        variants: {
          'iphone-ipad': `${STATUS_PLACE['iphone-ipad']}, and check that nothing is waiting to upload.`,
          mac: `${STATUS_PLACE.mac}, and check that nothing is waiting to upload.`,
        },
        facts: ['F16', 'S1', 'S2'],
      },
      {
        id: 'copy-waiting',
        text: 'If anything is still waiting, copy those photos and videos to a computer or drive first: until they upload, this device holds the only copy.',
        facts: ['F16', 'K1'],
      },
      {
        id: 'sign-out',
        text: 'Sign out of iCloud on this device.',
        variants: {
          'iphone-ipad': 'Open Settings > [your name], scroll down and tap Sign Out.',
          mac: 'Open System Settings > [your name], scroll down and click Sign Out.',
          windows: 'Open iCloud for Windows and click Sign Out.',
        },
        caution: SIGN_OUT_CAUTION,
        facts: ['F16'],
      },
      {
        id: 'sign-in',
        text: 'Sign back in with the same Apple Account, then leave the device on Wi-Fi and power while everything comes back.',
        facts: ['F16'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing, APPLE_ARTICLES.icloudPhotos],
    keywords: ['sign out', 'log out', 'sign in', 'apple account', 'find my', 'last resort'],
    sources: { apple: ['101559'], facts: ['F16', 'N2', 'K1'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows'),
  },
  {
    id: 'reset-all-settings',
    title: 'Reset all settings on an iPhone or iPad',
    summary:
      'Puts every setting back to how it came from the factory while keeping your photos, apps and data.',
    why:
      'If a setting somewhere is blocking iCloud and you can’t find it, resetting all settings puts every ' +
      'one back to its default. Your photos, apps and other data are left alone, but you will need to ' +
      'rejoin Wi-Fi, add your Apple Pay cards again and redo your wallpaper and privacy choices.',
    topics: ['uploads-stuck', 'sync-not-working'],
    causes: ['C8', 'C11'],
    platforms: ['iphone-ipad'],
    effort: 'drastic',
    risk: { level: 'caution', caution: RESET_ALL_CAUTION },
    steps: [
      {
        id: 'reset',
        text: 'Open Settings > General > Transfer or Reset iPhone (Transfer or Reset iPad on an iPad) > Reset > Reset All Settings and confirm.',
        caution: RESET_ALL_CAUTION,
        facts: ['F17'],
      },
      {
        id: 'set-up-again',
        text: 'Join Wi-Fi again, add your cards back to Wallet if you use Apple Pay, and check that iCloud Photos is still on.',
        facts: ['F17'],
      },
    ],
    appleArticles: [],
    keywords: ['reset all settings', 'factory settings', 'defaults', 'apple pay'],
    sources: { apple: [], facts: ['F17'] },
    checkedFor: checkedFor('iphone-ipad'),
  },
  {
    id: 'repair-mac-photos-library',
    title: 'Repair the Photos library on a Mac',
    summary: 'Photos on the Mac has a built-in repair for a library that behaves strangely.',
    why:
      'If the Photos library on a Mac is damaged, it may not sync properly whatever you do. The repair ' +
      'tool checks the library and fixes what it can, which takes a long time for a big library.',
    topics: ['sync-not-working', 'uploads-stuck'],
    causes: ['C8'],
    platforms: ['mac'],
    effort: 'drastic',
    risk: {
      level: 'caution',
      caution:
        'Make a backup of the library before you start, and leave the Mac on its charger: repairing a big library can take hours.',
    },
    steps: [
      {
        id: 'back-up',
        text: 'Back up your Photos library first, for example with Time Machine or a copy on an external drive.',
        facts: ['F18'],
      },
      {
        id: 'power',
        text: 'Plug the Mac in and quit Photos.',
        facts: ['F18'],
      },
      {
        id: 'repair',
        text: 'Keep the Option and Command keys held down as you open Photos, then choose Repair when asked.',
        caution: 'Only do this once your library is backed up. A big library can take hours to repair.',
        facts: ['F18'],
      },
    ],
    appleArticles: [],
    keywords: ['repair', 'library', 'damaged', 'corrupt', 'option command', 'mac photos'],
    sources: { apple: [], facts: ['F18'] },
    checkedFor: checkedFor('mac'),
  },
  {
    id: 'contact-apple-support',
    title: 'Ask Apple Support for help',
    summary: 'If uploads are still failing after a whole day on Wi-Fi, it is time to let Apple take a look.',
    why:
      'Some problems can only be looked at from Apple’s side. Going in prepared saves you from repeating ' +
      'yourself and gets you to an answer faster.',
    topics: ['upload-stalled', 'uploads-stuck', 'upload-refused', 'sync-not-working', 'outage'],
    // It fixes no cause itself: it is where to turn once the fixes for the causes are used up.
    causes: [],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'moderate',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'a-full-day',
        text: 'Give it a whole day on Wi-Fi first, so you know the problem really is sticking around.',
        facts: ['F21', 'N4'],
      },
      {
        id: 'gather',
        text: 'Jot down which devices you have and what software versions they run, roughly how many photos and videos your library holds, and screenshot whatever the status line says.',
        facts: ['F21'],
      },
      {
        id: 'contact',
        text: 'Contact Apple Support and share what you gathered.',
        facts: ['F21'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing, APPLE_ARTICLES.systemStatus],
    keywords: ['apple support', 'help', 'contact', 'still not working', 'support'],
    sources: { apple: [], facts: ['F21'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
];
