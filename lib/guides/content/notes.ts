/** The things not to do, and the background worth knowing. */
import type { Note } from '../types';

export const THINGS_NOT_TO_DO: Note[] = [
  {
    id: 'dont-delete-to-refresh',
    title: 'Don’t delete photos to jolt syncing awake or to free up the phone',
    text: 'With iCloud Photos on, deleting never stays on one device: the photo goes from iCloud and every device on your account, into Recently Deleted on all of them. That includes photos you delete only to make room on the phone. Turn on Optimize iPhone Storage instead, which keeps the originals in iCloud and lighter copies on the phone.',
    guideIds: ['free-device-storage', 'nudge-a-stuck-upload'],
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
    title: 'iCloud plan sizes and sharing them',
    text: 'The free allowance is 5 GB. Paid iCloud+ plans offer 50 GB, 200 GB, 2 TB, 6 TB or 12 TB. Plans of 200 GB and more can be shared with your family through Family Sharing; the 50 GB plan can’t. A shared plan is one pool, so a family member’s backups and photos can fill it for everyone.',
    guideIds: ['upgrade-icloud-plan'],
    facts: ['K4'],
  },
  {
    id: 'shared-library-storage',
    title: 'A Shared Photo Library uses its organiser’s storage',
    text: 'Everything in an iCloud Shared Photo Library counts against the storage of the person who set it up, whoever added the photos. The other members use none of their own space for it.',
    guideIds: ['free-up-icloud-storage'],
    facts: ['K5'],
  },
  {
    id: 'shared-albums-free',
    title: 'Shared Albums don’t use iCloud storage',
    text: 'Photos in Shared Albums don’t count against anyone’s iCloud storage, so removing them frees no space.',
    guideIds: ['free-up-icloud-storage'],
    facts: ['K6'],
  },
];
