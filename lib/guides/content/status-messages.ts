/** What the short status lines in Photos mean, and what to do when one sticks around. */
import type { StatusMessage } from '../types';

export const STATUS_MESSAGES: StatusMessage[] = [
  {
    id: 'saving-battery-power',
    shows: ['Saving Battery Power', 'Low Power Mode', 'Low Battery', 'Paused'],
    meaning:
      'Photos is saving your battery: Low Power Mode is on, or the charge is running low, so syncing is on hold. Older systems said “Paused” here.',
    whatToDo:
      'Plug in a charger or turn Low Power Mode off. To carry on straight away, tap Sync Now beside the message.',
    guideIds: ['low-power-and-battery'],
    facts: ['S3'],
  },
  {
    id: 'saving-cellular-data',
    shows: ['Saving Cellular Data', 'Low Cellular Data Mode'],
    meaning:
      'Photos is holding back to save mobile data: Low Data Mode is on for the network or the mobile plan, or Photos may not use mobile data.',
    whatToDo:
      'Tap Sync Now beside the message, join Wi-Fi, or turn Low Data Mode off. To sync over mobile data for good, allow it for Photos.',
    guideIds: ['allow-cellular-uploads', 'fix-the-network'],
    facts: ['S3', 'F9'],
  },
  {
    id: 'waiting-to-sync',
    shows: ['Waiting to Sync'],
    meaning:
      'Photos is ready to sync but hasn’t started yet, usually because it is waiting for a connection.',
    whatToDo:
      'Check that the device is online and give it a few minutes. Sync Now beside the message starts it straight away.',
    guideIds: ['fix-the-network'],
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
    id: 'poor-network',
    shows: ['Poor Network Connection'],
    meaning: 'The connection is too weak or patchy for syncing to get anywhere.',
    whatToDo: 'Move closer to the router or switch to a steadier network, then give it a few minutes.',
    guideIds: ['fix-the-network'],
    facts: ['S3'],
  },
  {
    id: 'optimizing-performance',
    shows: ['Optimizing System Performance'],
    meaning: 'The device has put syncing aside for a while so that other work can run smoothly.',
    whatToDo:
      'Leave the device on power and Wi-Fi; syncing picks up again by itself. Sync Now beside the message, if offered, starts it sooner.',
    guideIds: ['leave-it-overnight'],
    facts: ['S3'],
  },
  {
    id: 'cool-down',
    shows: ['Device Needs to Cool Down'],
    meaning: 'The device is too warm, so it has stopped syncing to protect itself.',
    whatToDo:
      'Move it somewhere cooler, out of the sun, and let it rest; syncing resumes once it has cooled down.',
    guideIds: ['leave-it-overnight'],
    facts: ['S3'],
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

export { WHERE_TO_FIND_STATUS } from './status-place';
