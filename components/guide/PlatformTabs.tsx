import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Platform } from '@/lib/settings';
import { PLATFORM_LABELS, TAB_LABELS } from './labels';

interface PlatformTabsProps {
  /** Prefix for element ids, unique on the page. */
  idBase: string;
  platforms: Platform[];
  selected: Platform;
  onSelect: (platform: Platform) => void;
  children: ComponentChildren;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab stop, arrow keys move between
 * tabs, Home and End jump to the ends. A single platform shows no tabs, only its panel.
 */
export function PlatformTabs({ idBase, platforms, selected, onSelect, children }: PlatformTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const panelId = `${idBase}-panel`;
  const tabId = (p: Platform) => `${idBase}-tab-${p}`;

  if (platforms.length < 2) {
    return (
      <div class="cc-tabpanel" id={panelId}>
        <p class="cc-guide-platform">For: {PLATFORM_LABELS[selected]}</p>
        {children}
      </div>
    );
  }

  const move = (event: KeyboardEvent) => {
    const at = platforms.indexOf(selected);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % platforms.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + platforms.length) % platforms.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? platforms.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    const next = platforms[to]!;
    onSelect(next);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next))}`)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label="Your device" class="cc-tabs" ref={list} onKeyDown={move}>
        {platforms.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            id={tabId(p)}
            aria-selected={p === selected}
            aria-controls={panelId}
            tabIndex={p === selected ? 0 : -1}
            onClick={() => onSelect(p)}
          >
            {TAB_LABELS[p]}
          </button>
        ))}
      </div>
      <div role="tabpanel" class="cc-tabpanel" id={panelId} aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </>
  );
}
