/** What the short status lines in Photos mean, and what to do when one sticks around. */
import type { StatusMessage } from '../types';

export const STATUS_MESSAGES: StatusMessage[] = [
  {
    id: 'paused',
    shows: ['Paused'],
    meaning:
      'Photos is holding uploads back to save battery, because Low Power Mode is on or the battery is low.',
    whatToDo:
      'Plug the device in or switch Low Power Mode off. The phone may offer to resume for one hour, which helps in a pinch.',
    guideIds: ['low-power-and-battery'],
    facts: ['S3'],
  },
  {
    id: 'waiting',
    shows: ['Waiting to Upload', 'Waiting for Wi-Fi'],
    meaning:
      'Uploads are queued: behind other work, or until the device has a connection it is allowed to use.',
    whatToDo:
      'Keep the screen on, stay on Wi-Fi and plug in. If your iCloud storage is full, make room first, because nothing leaves the queue until there is space.',
    guideIds: ['leave-it-overnight', 'fix-the-network', 'free-up-icloud-storage', 'allow-cellular-uploads'],
    facts: ['S4'],
  },
  {
    id: 'updating',
    shows: ['Updating'],
    meaning: 'The device is fetching edits and details made on your other devices.',
    whatToDo: 'Nothing is wrong. Let it finish.',
    guideIds: ['leave-it-overnight'],
    facts: ['S5'],
  },
  {
    id: 'uploading',
    shows: ['Syncing with iCloud', 'Uploading … items'],
    meaning:
      'All is well: Photos is busy sending your items. How long it takes depends on your upload speed.',
    whatToDo: 'Keep the device on Wi-Fi and power and let it work.',
    guideIds: ['leave-it-overnight', 'fix-the-network'],
    facts: ['S6'],
  },
  {
    id: 'unable-to-upload',
    shows: ['Unable to Upload'],
    meaning:
      'Some items could not be uploaded. Photos gathers them in an album called “Unable to Upload” on that device.',
    whatToDo:
      'Open that album to see which items are affected. Try a nudge or a restart; if they stay stuck for a day, ask Apple Support.',
    guideIds: ['nudge-a-stuck-upload', 'restart-the-device', 'contact-apple-support'],
    facts: ['S7'],
  },
  {
    id: 'blurry-thumbnails',
    shows: ['Blurry or soft thumbnails'],
    meaning:
      'Usually Optimize Storage at work: the device keeps smaller copies and fetches the full original when you open a photo.',
    whatToDo:
      'Nothing to fix. If you have space and want every original on the device, choose Download and Keep Originals in the Photos settings.',
    guideIds: ['free-device-storage'],
    facts: ['S8'],
  },
];

/** Where the status line lives on each device (see the find-upload-status guide for steps). */
export const WHERE_TO_FIND_STATUS = {
  'iphone-ipad':
    'In the Photos app, scroll to the bottom of your Library. On newer iOS versions, tap your profile picture at the top.',
  mac: 'In Photos, choose View > Show Status Bar to see it at the bottom of the library; Photos > Settings > iCloud has more detail.',
} as const;
