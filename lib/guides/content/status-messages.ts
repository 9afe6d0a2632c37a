/** What the short status lines in Photos mean, and what to do when one sticks around. */
import type { StatusMessage } from '../types';

export const STATUS_MESSAGES: StatusMessage[] = [
  {
    id: 'paused',
    shows: ['Paused'],
    meaning:
      'Photos is saving your battery: Low Power Mode is on, or the charge is running low, so uploads are on hold.',
    whatToDo:
      'Plug in a charger or turn Low Power Mode off. Your iPhone or iPad might also give you the choice to carry on for an hour, which is handy when there’s no charger nearby.',
    guideIds: ['low-power-and-battery'],
    facts: ['S3'],
  },
  {
    id: 'waiting',
    shows: ['Waiting to Upload', 'Waiting for Wi-Fi'],
    meaning:
      'Your items are in line. Photos is either finishing something else first, or holding on until it has a connection it may use.',
    whatToDo:
      'Leave the screen awake, keep to Wi-Fi and connect a charger. If your iCloud storage is full, clear some space too: the line won’t move until there’s room.',
    guideIds: ['leave-it-overnight', 'fix-the-network', 'free-up-icloud-storage', 'allow-cellular-uploads'],
    facts: ['S4'],
  },
  {
    id: 'updating',
    shows: ['Updating'],
    meaning:
      'Your device is catching up on changes you made elsewhere, such as edits and new details from your other devices.',
    whatToDo: 'This is normal. Give it a moment and it will wrap up on its own.',
    guideIds: ['leave-it-overnight'],
    facts: ['S5'],
  },
  {
    id: 'uploading',
    shows: ['Syncing with iCloud', 'Uploading … items'],
    meaning:
      'All is well: Photos is busy sending your photos and videos up to iCloud. A faster upload connection gets it done sooner.',
    whatToDo: 'Keep the device on Wi-Fi and power and let it work.',
    guideIds: ['leave-it-overnight', 'fix-the-network'],
    facts: ['S6'],
  },
  {
    id: 'unable-to-upload',
    shows: ['Unable to Upload'],
    meaning:
      'A few items didn’t make it up to iCloud. You’ll find them together in an album named “Unable to Upload” on that device.',
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
    'Open Photos and scroll all the way down your Library. On recent versions of iOS, tap your profile picture at the top of the screen instead.',
  mac: 'In Photos, turn on View > Show Status Bar and read the line along the foot of the window. For more detail, look in Photos > Settings > iCloud.',
} as const;
