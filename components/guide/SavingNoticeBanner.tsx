import type { SavingNotice } from '@/lib/guides/library';

const WORDS: Record<SavingNotice, string> = {
  unavailable:
    'Your progress can’t be saved in this window. The browser isn’t letting Cloud Checkup keep data right now, which private browsing or a nearly full disk can cause. You are reading the built-in copy of the guides; anything you tick stays ticked until you close this tab.',
  blocked:
    'Cloud Checkup is updating its guides and is waiting for its other tabs to close. Please close any other Cloud Checkup tabs; until then, ticks here aren’t saved.',
  closed:
    'Cloud Checkup was updated in the background. Reload this page to keep saving your progress; everything you ticked is still shown here.',
  quota:
    'Your computer has run out of space for Cloud Checkup, so your last change wasn’t saved. It stays on this page until you close it. Freeing some disk space fixes this.',
  failed:
    'Your last change couldn’t be saved. It stays on this page until you close it; please try again in a moment.',
};

/** Says plainly when progress is not being kept, and why. */
export function SavingNoticeBanner({ notice }: { notice: SavingNotice | null }) {
  const urgent = notice === 'quota' || notice === 'failed';
  return (
    <div role={urgent ? 'alert' : 'status'} class={notice ? 'cc-notice' : undefined}>
      {notice && <p>{WORDS[notice]}</p>}
    </div>
  );
}
