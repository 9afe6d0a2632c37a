/** Guides for uploads that stall or crawl: reading the status, power, network, nudges, patience. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

export const UPLOAD_GUIDES: Guide[] = [
  {
    id: 'low-power-and-battery',
    title: 'Turn off Low Power Mode and plug in',
    summary:
      'Your device puts uploads on hold to save battery, so charging up or leaving Low Power Mode gets them moving again.',
    why:
      'When Low Power Mode is on or the charge runs low, an iPhone or iPad puts uploads on hold to ' +
      'stretch the battery. A Mac behaves in a similar way if it dozes off, or if its battery options ' +
      'don’t let it work in the background. You will usually see “Paused” in Photos while this is ' +
      'happening.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C4'],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'low-power-off',
        text: 'Switch off Low Power Mode.',
        platforms: ['iphone-ipad'],
        variants: {
          'iphone-ipad': 'Open Settings > Battery and switch off Low Power Mode.',
        },
        facts: ['F7'],
      },
      {
        id: 'charge',
        text: 'Plug the device into a charger.',
        note: 'If Photos offers to resume uploads for one hour, take it, but charging is the lasting fix.',
        facts: ['C4', 'S3'],
      },
      {
        id: 'mac-background',
        text: 'Let the Mac keep working in the background while it is on power.',
        platforms: ['mac'],
        variants: {
          mac: 'Open System Settings > Battery and its Options (on a desktop Mac, the Energy settings) and make sure the Mac can stay awake and keep working in the background while it is plugged in.',
        },
        facts: ['C4', 'F7'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['battery', 'low power mode', 'charging', 'charger', 'paused', 'sleep', 'energy', 'power'],
    facts: ['C4', 'F7', 'S3'],
  },
  {
    id: 'fix-the-network',
    title: 'Give uploads a steady connection',
    summary: 'Weak, patchy or filtered internet is one of the most common reasons uploads crawl or stop.',
    why:
      'Uploads need a connection that stays up and can push data out at a decent pace. Patchy Wi-Fi, ' +
      'hotel or guest networks that hold you at a sign-in page, hotspots that count every megabyte, ' +
      'strict VPNs or firewalls and a sluggish upload speed can each bring them to a halt.',
    topics: ['upload-stalled', 'uploads-stuck', 'sync-not-working'],
    causes: ['C3'],
    platforms: ['iphone-ipad', 'mac', 'windows'],
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
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
    ],
    facts: ['C3', 'F8'],
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['stuck', 'frozen', 'not moving', 'airplane mode', 'force quit', 'screenshot', 'restart app'],
    facts: ['F4'],
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
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
    facts: ['C9', 'F3', 'N4', 'K1'],
  },
  {
    id: 'allow-cellular-uploads',
    title: 'Let Photos upload over mobile data',
    summary:
      'If you are away from Wi-Fi, Photos sits and waits until you give it permission to use mobile data.',
    why:
      'Out of the box, Photos saves its uploads for Wi-Fi. Over mobile data it stays put until you give ' +
      'it the go-ahead, and a big library also needs Unlimited Updates switched on. Only do this if your ' +
      'data plan can take it.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C6'],
    platforms: ['iphone-ipad'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'cellular-on',
        text: 'Open Settings > Photos > Cellular Data (on iOS 18 and later, Settings > Apps > Photos > Cellular Data; some regions say Mobile Data) and switch it on.',
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
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['cellular', 'mobile data', '4g', '5g', 'waiting for wi-fi', 'data plan', 'unlimited updates'],
    facts: ['C6', 'F9'],
  },
  {
    id: 'find-upload-status',
    title: 'Find the upload status on your device',
    summary: 'Your device says in one short line what Photos is doing; here is where to find it.',
    why:
      'Before trying fixes, it helps to know what Photos itself says. The status line tells you whether ' +
      'uploads are paused, waiting, or simply busy, and how many items are left.',
    topics: ['upload-stalled', 'uploads-stuck', 'upload-blocked', 'upload-refused', 'sync-not-working'],
    causes: [],
    platforms: ['iphone-ipad', 'mac'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'open-status',
        text: 'Open the Photos status line.',
        variants: {
          'iphone-ipad':
            'Open Photos and scroll right down to the end of your Library. On recent iOS versions, tap your profile picture at the top of the screen instead.',
          mac: 'In Photos, turn on View > Show Status Bar and look along the foot of the window. Photos > Settings > iCloud gives more detail.',
        },
        facts: ['S1', 'S2'],
      },
      {
        id: 'read-it',
        text: 'Note what it says and how many items are left, then look it up in “What the status messages mean”.',
        facts: ['S1', 'S2'],
      },
    ],
    appleArticles: [APPLE_ARTICLES.icloudPhotos],
    keywords: ['status', 'status bar', 'how many items', 'progress', 'paused', 'waiting', 'where'],
    facts: ['S1', 'S2'],
  },
];
