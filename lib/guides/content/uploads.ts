/** Guides for uploads that stall or crawl: reading the status, power, network, nudges, patience. */
import { APPLE_ARTICLES } from '../articles';
import type { Guide } from '../types';

export const UPLOAD_GUIDES: Guide[] = [
  {
    id: 'low-power-and-battery',
    title: 'Turn off Low Power Mode and plug in',
    summary:
      'A low battery or Low Power Mode pauses uploads; charging or switching it off lets them carry on.',
    why:
      'To save battery, an iPhone or iPad holds back uploads while Low Power Mode is on or the battery ' +
      'is low. A Mac does much the same when it goes to sleep or when its battery settings stop work in ' +
      'the background. The Photos status then usually says “Paused”.',
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
          mac: 'Open System Settings > Battery (on some Macs, Displays & Battery) and make sure the Mac can stay awake and keep working in the background while it is plugged in.',
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
      'Uploads need a connection that stays up and sends data out at a decent speed. Weak or dropping ' +
      'Wi-Fi, hotel or guest networks that want you to sign in on a web page first, hotspots with a data ' +
      'limit, strict VPNs or firewalls, and slow upload speeds can all stall them.',
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
        text: 'Take a new photo or a screenshot. A fresh item often starts a new upload batch.',
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
            'Swipe up from the bottom (or double-press the Home button), swipe Photos away, then open it again.',
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
      'Bursts of RAW photos, long 4K or HDR videos and edited Live Photos are big, and sending them ' +
      'takes a long time on an ordinary home connection. A bar that barely moves is usually still ' +
      'working. Until they arrive, your photos are safe on the device; they just haven’t reached your ' +
      'other devices yet.',
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
    summary: 'Away from Wi-Fi, nothing uploads unless Photos is allowed to use mobile data.',
    why:
      'By default, Photos waits for Wi-Fi before uploading. On mobile data alone, nothing moves until ' +
      'you allow it, and big libraries also need Unlimited Updates. Only do this if your data plan can take it.',
    topics: ['upload-stalled', 'uploads-stuck'],
    causes: ['C6'],
    platforms: ['iphone-ipad'],
    effort: 'quick',
    risk: { level: 'safe' },
    steps: [
      {
        id: 'cellular-on',
        text: 'Open Settings > Photos > Cellular Data (Mobile Data in some regions) and switch it on.',
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
    topics: ['upload-stalled', 'uploads-stuck', 'upload-blocked', 'sync-not-working'],
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
            'Open the Photos app and scroll to the very bottom of your Library. On newer iOS versions, tap your profile picture at the top instead.',
          mac: 'In Photos, choose View > Show Status Bar; the status appears at the bottom of the library. Photos > Settings > iCloud shows more detail.',
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
