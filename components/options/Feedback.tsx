/** What happened to the last change, in words, announced politely to screen readers. */
export interface FeedbackMessage {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export function Feedback({ message }: { message: FeedbackMessage | null }) {
  // The live region is always in the page so screen readers hear its first message too.
  return (
    <div class="cc-feedback" data-kind={message?.kind ?? 'none'}>
      <p role="status" aria-live="polite" aria-atomic="true">
        {message?.text ?? ''}
      </p>
    </div>
  );
}
