import type { ComponentChildren } from 'preact';

/** One card of the settings page: a heading, then its settings as rows. */
export function SettingsCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="cc-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

interface SettingRowProps {
  /** The words on the left: a label, or a heading for a group. */
  text: ComponentChildren;
  help?: ComponentChildren;
  helpId?: string;
  /** The control, right-aligned on wide screens, under the words on narrow ones. */
  children: ComponentChildren;
}

/** A setting: what it is and why on the left, its control aligned on the right. */
export function SettingRow({ text, help, helpId, children }: SettingRowProps) {
  return (
    <div class="cc-setting">
      <div class="cc-setting-text">
        {text}
        {help && (
          <p id={helpId} class="cc-help">
            {help}
          </p>
        )}
      </div>
      <div class="cc-setting-control">{children}</div>
    </div>
  );
}
