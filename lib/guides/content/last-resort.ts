/** The bigger steps: resets, signing out, library repair, and asking Apple for help. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

const SIGN_OUT_CAUTION =
  'Signing out takes this account’s iCloud data off the device, and it can be hours before it is all ' +
  'back. Go through each warning carefully, say yes when you are offered a copy of your data to keep, ' +
  'and have your Apple Account password handy: you will need it to switch off Find My.';

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
        text: 'Open Settings > General > Transfer or Reset > Reset > Reset Network Settings and confirm.',
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
    facts: ['F15'],
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
        id: 'sign-out',
        text: 'Sign out of iCloud on this device.',
        variants: {
          'iphone-ipad': 'Open Settings > [your name], scroll down and tap Sign Out.',
          mac: 'Open System Settings > [your name], then choose Sign Out.',
          windows: 'Open iCloud for Windows and use its Sign Out option.',
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['sign out', 'log out', 'sign in', 'apple account', 'find my', 'last resort'],
    facts: ['F16', 'N2'],
  },
  {
    id: 'reset-all-settings',
    title: 'Reset all settings on an iPhone or iPad',
    summary:
      'Puts every setting back to how it came from the factory while keeping your photos, apps and data.',
    why:
      'If a setting somewhere is blocking iCloud and you can’t find it, resetting all settings puts every ' +
      'one back to its default. Your photos, apps and other data are left alone, but you will need to ' +
      'rejoin Wi-Fi and set your wallpaper and privacy choices again.',
    topics: ['uploads-stuck', 'sync-not-working'],
    causes: ['C8', 'C11'],
    platforms: ['iphone-ipad'],
    effort: 'drastic',
    risk: {
      level: 'caution',
      caution:
        'Settings return to how they were out of the box, including saved Wi-Fi passwords, your wallpaper and privacy choices. Your photos, apps and data stay.',
    },
    steps: [
      {
        id: 'reset',
        text: 'Open Settings > General > Transfer or Reset > Reset > Reset All Settings and confirm.',
        caution:
          'Settings return to how they were out of the box, including saved Wi-Fi passwords, your wallpaper and privacy choices.',
        facts: ['F17'],
      },
      {
        id: 'set-up-again',
        text: 'Join Wi-Fi again and check that iCloud Photos is still on.',
        facts: ['F17', 'F2'],
      },
    ],
    appleArticles: [],
    keywords: ['reset all settings', 'factory settings', 'defaults'],
    facts: ['F17'],
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
    facts: ['F18'],
  },
  {
    id: 'contact-apple-support',
    title: 'Ask Apple Support for help',
    summary: 'If uploads are still failing after a whole day on Wi-Fi, it is time to let Apple take a look.',
    why:
      'Some problems can only be looked at from Apple’s side. Going in prepared saves you from repeating ' +
      'yourself and gets you to an answer faster.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working', 'outage'],
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
    appleArticles: [APPLE_ARTICLES.systemStatus],
    keywords: ['apple support', 'help', 'contact', 'still not working', 'support'],
    facts: ['F21'],
  },
];
