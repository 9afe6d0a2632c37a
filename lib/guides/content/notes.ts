/** The things not to do, and the background worth knowing. */
import type { Note } from '../types';

export const THINGS_NOT_TO_DO: Note[] = [
  {
    id: 'dont-delete-to-refresh',
    title: 'Don’t delete photos hoping to jolt syncing awake',
    text: 'Deleting never stays on one device: it spreads to every device on your account, and the items end up in Recently Deleted on all of them.',
    guideIds: ['nudge-a-stuck-upload'],
    facts: ['N1'],
  },
  {
    id: 'dont-sign-out-casually',
    title: 'Don’t sign out of iCloud as a first try',
    text: 'Signing out clears your iCloud things off this device, and waiting for them to come back can eat up hours. Save it for when nothing else has worked.',
    guideIds: ['sign-out-and-back-in'],
    facts: ['N2'],
  },
  {
    id: 'dont-use-cleaners',
    title: 'Don’t let “cleaner” apps near your photo library',
    text: 'Apps that promise to tidy up your phone can tangle your albums and spoil the details saved with each photo, such as when and where it was taken.',
    guideIds: ['free-up-icloud-storage'],
    facts: ['N3'],
  },
  {
    id: 'dont-give-up-too-early',
    title: 'Don’t give up on a slow upload too quickly',
    text: 'A big import can take many hours. Give it a night on Wi-Fi and power before deciding something is wrong.',
    guideIds: ['leave-it-overnight'],
    facts: ['N4'],
  },
];

export const GOOD_TO_KNOW: Note[] = [
  {
    id: 'waiting-photos-are-safe',
    title: 'Photos waiting to upload are safe',
    text: 'Until a photo finishes uploading, your device keeps hold of it, so nothing is lost. Your other devices simply can’t see it yet.',
    guideIds: ['leave-it-overnight'],
    facts: ['K1'],
  },
  {
    id: 'shared-hidden-deleted',
    title: 'Shared Albums, Hidden and Recently Deleted live apart',
    text: 'Shared Albums are kept apart from your main library and update at their own pace. Photos you have hidden or recently deleted are tucked away out of the main view, so they can seem to have vanished when they haven’t.',
    guideIds: ['same-account-icloud-photos-on'],
    facts: ['K2'],
  },
  {
    id: 'encryption',
    title: 'Your uploads are encrypted',
    text: 'Your photos are protected with encryption while they travel to Apple and while they sit on Apple’s servers. Turn on Advanced Data Protection and Photos gets end-to-end encryption too, so only your own devices can open them.',
    guideIds: [],
    facts: ['K3'],
  },
  {
    id: 'plan-sizes',
    title: 'iCloud plan sizes',
    text: 'The free allowance is 5 GB. Paid iCloud+ plans offer 50 GB, 200 GB, 2 TB, 6 TB or 12 TB, and you can share a single plan with your family.',
    guideIds: ['upgrade-icloud-plan'],
    facts: ['K4'],
  },
];
