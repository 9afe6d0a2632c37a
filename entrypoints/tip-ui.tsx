import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import tipCss from '@/components/tip/tip.css?inline';
import { TipCard } from '@/components/tip/TipCard';
import { extensionAlive } from '@/content/background-channel';
import { stopUntrustedClicks } from '@/content/tips/guards';
import { renewLeaseWhileAlive } from '@/content/tips/lease';
import { TIP_UI_GLOBAL, type TipUi } from '@/content/tips/lazy';
import { chooseCorner } from '@/content/tips/placement';
import { provideScriptApi } from '@/content/script-api';
import { createReadersContext } from '@/content/readers-context';

// Loaded on demand by the iCloud.com content script (content/tips/lazy.ts); never on its own.
export default defineUnlistedScript(() => {
  let current: ShadowRootContentScriptUi<void> | null = null;
  // WXT's shadow-root UI takes its teardown from a context of its own here; the tips controller
  // also takes the card off the page once the extension has gone.
  const ctx = createReadersContext('icloud-tip');

  const tipUi: TipUi = {
    async show(tip, actions) {
      current?.remove();
      const ui = await createShadowRootUi<void>(ctx, {
        name: 'cloud-checkup-tip',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: tipCss,
        onMount(container, _shadow, host) {
          const frame = document.createElement('div');
          frame.className = 'frame';
          container.append(frame);
          // Only the person's own clicks reach the card's buttons (see content/tips/guards.ts).
          stopUntrustedClicks(frame);
          // Hidden at the end of its lease unless the extension is still there to renew it.
          renewLeaseWhileAlive(frame, extensionAlive);
          render(<TipCard tip={tip} actions={actions} />, frame);
          const card = frame.firstElementChild;
          const size = card
            ? { width: card.getBoundingClientRect().width, height: card.getBoundingClientRect().height }
            : { width: 300, height: 180 };
          const corner = chooseCorner(
            { width: window.innerWidth, height: window.innerHeight },
            size,
            (x, y) => document.elementsFromPoint(x, y),
            host,
          );
          frame.dataset.corner = corner;
        },
        onRemove() {
          const frame = current?.uiContainer.querySelector('.frame');
          if (frame) render(null, frame);
        },
      });
      ui.mount();
      current = ui;
    },
    hide() {
      current?.remove();
      current = null;
    },
  };

  provideScriptApi(TIP_UI_GLOBAL, tipUi);
});
