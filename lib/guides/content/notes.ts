/** The things not to do, and the background worth knowing. */
import type { Note } from '../types';

export const THINGS_NOT_TO_DO: Note[] = [
  {
    id: 'dont-delete-to-refresh',
    title: 'Don’t delete photos on one device to “force” a refresh',
    text: 'Deleting is not a local action: it reaches every device signed in to your account, and the items land in Recently Deleted everywhere.',
    guideIds: ['nudge-a-stuck-upload'],
    facts: ['N1'],
  },
  {
    id: 'dont-sign-out-casually',
    title: 'Don’t sign out of iCloud as a first try',
    text: 'Signing out takes local copies off the device and bringing them back can take hours. Keep it for when everything else has failed.',
    guideIds: ['sign-out-and-back-in'],
    facts: ['N2'],
  },
  {
    id: 'dont-use-cleaners',
    title: 'Don’t let “cleaner” apps near your photo library',
    text: 'Third-party cleaning tools can scramble albums and the details stored with your photos.',
    guideIds: ['free-up-icloud-storage'],
    facts: ['N3'],
  },
  {
    id: 'dont-give-up-too-early',
    title: 'Don’t judge a slow progress bar too soon',
    text: 'A big import can take many hours. Give it a night on Wi-Fi and power before deciding something is wrong.',
    guideIds: ['leave-it-overnight'],
    facts: ['N4'],
  },
];

export const GOOD_TO_KNOW: Note[] = [
  {
    id: 'waiting-photos-are-safe',
    title: 'Photos waiting to upload are safe',
    text: 'Anything still in the queue is stored on the device. It just hasn’t reached your other devices yet.',
    guideIds: ['leave-it-overnight'],
    facts: ['K1'],
  },
  {
    id: 'shared-hidden-deleted',
    title: 'Shared Albums, Hidden and Recently Deleted live apart',
    text: 'Shared Albums sync on their own timetable, separately from your library. Hidden and Recently Deleted items don’t appear in the main view, so they can look “missing” when they aren’t.',
    guideIds: ['same-account-icloud-photos-on'],
    facts: ['K2'],
  },
  {
    id: 'encryption',
    title: 'Your uploads are encrypted',
    text: 'Photos are encrypted on the way to Apple and while stored there. With Advanced Data Protection switched on, Photos is end-to-end encrypted, so only your devices can read them.',
    guideIds: [],
    facts: ['K3'],
  },
  {
    id: 'plan-sizes',
    title: 'iCloud plan sizes',
    text: 'Everyone gets 5 GB free. iCloud+ comes in 50 GB, 200 GB, 2 TB, 6 TB and 12 TB, and a family can share one plan.',
    guideIds: ['upgrade-icloud-plan'],
    facts: ['K4'],
  },
];
