/**
 * Guides for uploads that stall, crawl or are turned away: an upload in the browser on iCloud.com,
 * reading a device's status, power, network, nudges, patience.
 */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';
import { checkedFor } from './checked';
import { STATUS_PLACE, WHERE_TO_FIND_STATUS } from './status-place';

/** Sending again what did not arrive, as the end of a sentence: both iCloud.com guides end with it. */
const SEND_MISSING_AGAIN =
  'reload the iCloud.com page, look in your library for the photos that did not arrive, and upload just those again.';
const STILL_ON_YOUR_COMPUTER =
  'The photos are still on your computer, so nothing is lost by sending them again.';

export const UPLOAD_GUIDES: Guide[] = [
  {
    id: 'low-power-and-battery',
    title: 'Turn off Low Power Mode and plug in',
    summary:
      'Your device puts uploads on hold to save battery, so charging up or leaving Low Power Mode gets them moving again.',
    why:
      'When Low Power Mode is on or the charge runs low, an iPhone or iPad puts syncing on hold to ' +
      'stretch the battery. A Mac behaves in a similar way if it dozes off, or if its battery options ' +
      'don’t let it work in the background. Photos then shows “Saving Battery Power” or “Low Power ' +
      'Mode” (older versions said “Paused”), with a Sync Now button beside it.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C4'],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'low-power-off',
        text: 'Switch off Low Power Mode.',
        variants: {
          'iphone-ipad': 'Open Settings > Battery and switch off Low Power Mode.',
          mac: 'Open System Settings > Battery and set Low Power Mode to Never (or to Only on Battery, so it stays off while the Mac is plugged in).',
        },
        facts: ['F7'],
      },
      {
        id: 'charge',
        text: 'Plug the device into a charger.',
        note: 'Charging is what keeps syncing going; Photos may also hold back while the battery is low.',
        facts: ['C4', 'S3'],
      },
      {
        id: 'sync-now',
        text: 'Tap Sync Now beside the status message in Photos to resume syncing straight away.',
        variants: {
          'iphone-ipad': `${STATUS_PLACE['iphone-ipad']}, and tap Sync Now beside the message.`,
          mac: `${STATUS_PLACE.mac}, and click Sync Now beside the message.`,
        },
        facts: ['S3', 'S1', 'S2'],
      },
      {
        id: 'mac-background',
        text: 'Let the Mac keep working while it is on power with the display off.',
        platforms: ['mac'],
        variants: {
          mac: 'On a Mac laptop, open System Settings > Battery > Options and turn on “Prevent automatic sleeping on power adapter when the display is off”. On a desktop Mac, open System Settings > Energy and turn on “Prevent automatic sleeping when the display is off”.',
        },
        facts: ['C4', 'F7'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: [
      'battery',
      'low power mode',
      'saving battery power',
      'low battery',
      'charging',
      'charger',
      'paused',
      'sync now',
      'sleep',
      'energy',
      'power',
    ],
    sources: { apple: ['101559'], facts: ['C4', 'F7', 'S3'] },
    checkedFor: checkedFor('iphone-ipad', 'mac'),
  },
  {
    id: 'fix-the-network',
    title: 'Give uploads a steady connection',
    summary: 'Weak, patchy or filtered internet is one of the most common reasons uploads crawl or stop.',
    why:
      'Uploads need a connection that stays up and can push data out at a decent pace. Patchy Wi-Fi, ' +
      'hotel or guest networks that hold you at a sign-in page, hotspots that count every megabyte, ' +
      'strict VPNs or firewalls and a sluggish upload speed can each bring them to a halt. Photos may ' +
      'then say “Poor Network Connection” or “Waiting to Sync”.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C3'],
    platforms: ['iphone-ipad', 'mac', 'windows', 'icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'closer',
        text: 'Move closer to your Wi-Fi router, or restart the router if the connection keeps dropping.',
        facts: ['F8'],
      },
      {
        id: 'home-network',
        text: 'Use a steady home network rather than a phone hotspot or a hotel or guest network.',
        note: 'On hotel and guest Wi-Fi, open a web page first: if a sign-in page appears, uploads can’t get through until you complete it.',
        facts: ['C3', 'F8'],
      },
      {
        id: 'vpn',
        text: 'Pause any VPN or strict firewall for a while and see whether uploads start moving.',
        facts: ['F8'],
      },
      {
        id: 'heavy-downloads',
        text: 'Pause big downloads or streams on the same network so uploads get a share of it.',
        facts: ['F8'],
      },
      {
        id: 'ethernet',
        text: 'Plug the Mac into the router with a network cable, if you can.',
        platforms: ['mac'],
        facts: ['F8'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: [
      'wifi',
      'wi-fi',
      'internet',
      'network',
      'router',
      'vpn',
      'firewall',
      'hotspot',
      'slow',
      'ethernet',
      'poor network connection',
    ],
    sources: { apple: ['101559'], facts: ['C3', 'F8'] },
    checkedFor: checkedFor('iphone-ipad', 'mac', 'windows', 'icloud-web'),
  },
  {
    id: 'nudge-a-stuck-upload',
    title: 'Give a stuck upload a gentle nudge',
    summary: 'A few harmless tricks often get a queue that has stopped moving going again.',
    why:
      'Now and then the upload queue simply gets stuck, without anything being really wrong. Giving ' +
      'Photos a reason to look at the queue again is often all it takes.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C8'],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'new-photo',
        text: 'Snap any photo or grab a screenshot. Something new in the queue often gets Photos sending again.',
        platforms: ['iphone-ipad'],
        facts: ['F4'],
      },
      {
        id: 'airplane',
        text: 'Turn Airplane Mode on, wait a few seconds, then turn it off again.',
        platforms: ['iphone-ipad'],
        facts: ['F4'],
      },
      {
        id: 'reopen-photos',
        text: 'Close the Photos app completely and open it again.',
        variants: {
          'iphone-ipad':
            'Swipe up from the bottom and pause (or double-press the Home button), swipe Photos away, then open it again.',
          mac: 'Quit Photos (Photos > Quit Photos) and open it again.',
        },
        facts: ['F4'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['stuck', 'frozen', 'not moving', 'airplane mode', 'force quit', 'screenshot', 'restart app'],
    sources: { apple: [], facts: ['F4'] },
    checkedFor: checkedFor('iphone-ipad', 'mac'),
  },
  {
    id: 'leave-it-overnight',
    title: 'Let a big upload run overnight',
    summary:
      'Large libraries and long videos take hours; give the device the right conditions and some time.',
    why:
      'RAW bursts, long 4K or HDR clips and edited Live Photos are heavy, and an ordinary home ' +
      'connection needs hours to send them. A progress bar that hardly creeps along is usually busy, ' +
      'not broken. Meanwhile nothing is lost: your photos stay on the device until the upload is done, ' +
      'and your other devices catch up afterwards.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C9'],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'plug-in-wifi',
        text: 'Plug the device in and connect it to Wi-Fi.',
        facts: ['F3'],
      },
      {
        id: 'awake',
        text: 'Keep the device awake with Photos open on screen.',
        variants: {
          'iphone-ipad':
            'Open Photos and leave it on screen; while it charges, the screen can stay on for a long upload.',
          mac: 'Open Photos and keep the Mac from going to sleep while it is plugged in.',
        },
        facts: ['F3'],
      },
      {
        id: 'overnight',
        text: 'Leave it overnight and check the status again in the morning before trying anything bigger.',
        facts: ['F3', 'N4'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: [
      'slow',
      'large library',
      'video',
      'raw',
      'progress bar',
      'overnight',
      'patience',
      'takes forever',
    ],
    sources: { apple: [], facts: ['C9', 'F3', 'N4', 'K1'] },
    checkedFor: checkedFor('iphone-ipad', 'mac'),
  },
  {
    id: 'allow-cellular-uploads',
    title: 'Let Photos sync over mobile data or in Low Data Mode',
    summary:
      'Away from Wi-Fi, Photos holds back when it may not use mobile data or when Low Data Mode is on.',
    why:
      'iCloud Photos can sync over mobile data when Photos is allowed to use it, and a big library ' +
      'also needs Unlimited Updates. What stops it is that permission being off, or Low Data Mode ' +
      'being on for the Wi-Fi network or the mobile plan. Photos then shows “Saving Cellular Data” ' +
      'or “Low Cellular Data Mode”, with a Sync Now button. Only sync over mobile data if your plan ' +
      'can take it.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C6'],
    platforms: ['iphone-ipad'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'sync-now',
        text: `${STATUS_PLACE['iphone-ipad']}, and tap Sync Now beside the message to catch up now.`,
        facts: ['F9', 'S3'],
      },
      {
        id: 'low-data-mode',
        text: 'Turn off Low Data Mode. For Wi-Fi: Settings > Wi-Fi, tap the info button next to your network and switch it off. For mobile data: Settings > Cellular (Mobile Data) > Cellular Data Options, and switch it off or, under Data Mode, choose Standard.',
        facts: ['F9'],
      },
      {
        id: 'cellular-on',
        text: 'Open Settings > Apps > Photos > Cellular Data (Mobile Data in some regions; Settings > Photos before iOS 18) and switch it on.',
        caution:
          'Uploads can use a lot of data. Check your plan’s allowance first so you don’t get a surprise bill.',
        facts: ['C6', 'F9'],
      },
      {
        id: 'unlimited',
        text: 'For a large library, also switch on Unlimited Updates on the same screen.',
        facts: ['C6', 'F9'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing, APPLE_ARTICLES.lowDataMode],
    keywords: [
      'cellular',
      'mobile data',
      '4g',
      '5g',
      'waiting for wi-fi',
      'saving cellular data',
      'low data mode',
      'data plan',
      'unlimited updates',
    ],
    sources: { apple: ['101559', 'HT210596'], facts: ['C6', 'F9', 'S3'] },
    checkedFor: checkedFor('iphone-ipad'),
  },
  {
    id: 'find-upload-status',
    title: 'Find the upload status on your device',
    summary: 'Your device says in one short line what Photos is doing; here is where to find it.',
    why:
      'Before trying fixes, it helps to know what Photos itself says. The status line tells you whether ' +
      'syncing is held back, waiting, or simply busy, and how many items are left.',
    topics: ['upload-stalled', 'uploads-stuck', 'upload-blocked', 'upload-refused', 'sync-not-working'],
    causes: [],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'open-status',
        text: 'Find the status line in Photos: on an iPhone or iPad it is under the profile button, on a Mac at the bottom of All Photos.',
        variants: {
          'iphone-ipad': WHERE_TO_FIND_STATUS['iphone-ipad'],
          mac: WHERE_TO_FIND_STATUS.mac,
        },
        facts: ['S1', 'S2'],
      },
      {
        id: 'read-it',
        text: 'Note what it says and how many items are left, then look it up in “What the status messages mean”.',
        note: 'If a Sync Now button sits beside the message, tapping it resumes syncing that was held back.',
        facts: ['S1', 'S2', 'S3'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: [
      'status',
      'status bar',
      'how many items',
      'progress',
      'paused',
      'waiting',
      'where',
      'sync now',
    ],
    sources: { apple: ['101559'], facts: ['S1', 'S2', 'S3'] },
    checkedFor: checkedFor('iphone-ipad', 'mac'),
  },
  {
    id: 'keep-a-web-upload-going',
    title: 'Keep iCloud.com open until the upload ends',
    summary:
      'An upload on iCloud.com is sent by your browser, so it stops when the tab closes or the computer sleeps.',
    why:
      'When you add photos at icloud.com, the browser itself sends them, one after another, from the ' +
      'iCloud.com tab. Closing that tab, quitting the browser or letting the computer sleep stops ' +
      'the upload part-way, and a computer on battery may hold back work it is doing in the ' +
      'background. Nothing is lost: the photos are still on your computer, and you can send the ' +
      'ones that did not arrive again.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C4'],
    platforms: ['icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'keep-tab-open',
        text: 'Keep the iCloud.com tab with Photos open, and in front if you can, until every photo has gone up. Closing the tab or quitting the browser stops the upload.',
        facts: ['F3'],
      },
      {
        id: 'power-and-awake',
        text: 'Plug the computer in and keep it from going to sleep until the upload has finished.',
        note: 'On a Mac laptop, System Settings > Battery > Options can keep it from sleeping on power with the display off; on a desktop Mac the same choice is under System Settings > Energy.',
        facts: ['C4', 'F3', 'F7'],
      },
      {
        id: 'big-batches',
        text: 'For a large batch or long videos, let it run for a good while, overnight if need be, before you decide it is stuck.',
        facts: ['C9', 'N4', 'F3'],
      },
      {
        id: 'send-again',
        text: `If nothing has moved for a long time, ${SEND_MISSING_AGAIN}`,
        note: STILL_ON_YOUR_COMPUTER,
        facts: ['F4', 'K1'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: ['browser', 'icloud.com', 'website', 'web', 'tab', 'upload', 'sleep', 'computer', 'stopped'],
    sources: { apple: [], facts: ['C4', 'F3', 'C9', 'N4', 'K1'] },
    checkedFor: checkedFor('icloud-web'),
  },
  {
    id: 'retry-a-refused-upload',
    title: 'Send the refused photos again later',
    summary:
      'When Apple turns photos away, the first thing to try is sending just those again after a while.',
    why:
      'Apple’s servers answer each photo your browser sends to iCloud.com. Now and then they turn one ' +
      'away, often only for the moment, while something on Apple’s side is busy or unwell; at times ' +
      'the answer even speaks of storage while your plan still has room. Your ' +
      'photos are still on your computer, so nothing is lost by trying again later. ' +
      'If Apple keeps refusing them for a whole day, Apple Support can look at it from their side.',
    topics: ['upload-refused'],
    causes: ['C7'],
    platforms: ['icloud-web'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'wait-first',
        text: 'Wait a while before you try again: sending the same photos over and over straight away rarely helps while Apple is turning them away.',
        facts: ['C7', 'F1'],
      },
      {
        id: 'send-again',
        text: `Then ${SEND_MISSING_AGAIN}`,
        note: STILL_ON_YOUR_COMPUTER,
        facts: ['F4', 'K1'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.notSyncing],
    keywords: [
      'refused',
      'rejected',
      'failed',
      'error',
      'browser',
      'icloud.com',
      'try again',
      'server error',
    ],
    sources: { apple: [], facts: ['C7', 'F1', 'F4', 'K1'] },
    checkedFor: checkedFor('icloud-web'),
  },
];
