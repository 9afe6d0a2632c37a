import { formatLocalTime, formatRelativeTime } from '@/lib/format';

interface Props {
  at: number;
  now: number;
}

/** "3 hours ago", with the exact local time on hover and in the markup. */
export function RelativeTime({ at, now }: Props) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatLocalTime(at, now)}>
      {formatRelativeTime(at, now)}
    </time>
  );
}
