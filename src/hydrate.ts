/**
 * Hydration for pre-rendered pages (`dist/health-widgets-hydrate.js`).
 *
 * Load it before the drop-in script, and only on pages that `health-widgets prerender` (or
 * `prerender()` from `health-widgets/ssr`) wrote:
 *
 *     <script type="module" src=".../health-widgets-hydrate.js"></script>
 *     <script type="module" src=".../health-widgets.js"></script>
 *
 * It installs Lit's hydration support, which the drop-in's own copy of Lit picks up when it
 * loads (`globalThis.litElementHydrateSupport`): each element then adopts the shadow root the
 * server rendered instead of rendering it again, so nothing is rebuilt or moves.
 *
 * The pre-renderer marks its elements `defer-hydration`; they hydrate once the page's module
 * scripts have run (the packs that topic modules register are there by then, so the first
 * render matches the server's); answers given before that are kept. Shadow DOM that this copy
 * cannot hydrate (written by another version, or for a pack the page does not load) is rendered
 * afresh rather than left inert.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement, PropertyValues } from 'lit';
import { render } from 'lit/html.js';
import { TAGS } from './elements/tags.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;

declare global {
  // Called by lit-element when it loads (a `var`: it lives on globalThis).
  var litElementHydrateSupport: Hook | undefined;
}

const installSupport = globalThis.litElementHydrateSupport;
globalThis.litElementHydrateSupport = (lit) => {
  installSupport?.(lit);
  const proto = lit.LitElement.prototype as unknown as {
    update(this: LitElement, changed: PropertyValues): void;
  };
  const hydrateOrRender = proto.update;
  proto.update = function (changed) {
    try {
      hydrateOrRender.call(this, changed);
    } catch (error) {
      const root = this.renderRoot;
      // Only a first render into server-written DOM is retried; anything else is a real error.
      if (this.hasUpdated || !TAGS.includes(this.localName) || !(root instanceof ShadowRoot)) throw error;
      console.warn(
        `<${this.localName}>: the pre-rendered content does not match this script (${String(error)}); rendering it again.`,
      );
      // The server's <style> stays: with hydration support, Lit does not adopt the styles itself.
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
    }
  };
};

/**
 * The ids of the inputs a person ticked or picked in a widget before its script ran: checked now,
 * but not by the server (which marks what it checks with the `checked` attribute).
 */
const answeredIn = (element: Element): string[] =>
  [...(element.shadowRoot?.querySelectorAll('input:checked:not([checked])') ?? [])].map((input) => input.id).filter(Boolean);

/**
 * Lets the pre-rendered elements hydrate, in page order. Hydrating renders what the server did,
 * so it unticks what the person ticked before: once every widget has hydrated (the ones that
 * follow a checklist included), those answers are given again as clicks, which each widget takes
 * as it takes any click (its state, its events, its announcements).
 */
async function release(): Promise<void> {
  const elements = [...document.querySelectorAll<LitElement>(TAGS.map((tag) => `${tag}[defer-hydration]`).join())];
  const answered = elements.map((element) => [element, answeredIn(element)] as const);
  for (const element of elements) element.removeAttribute('defer-hydration');
  await Promise.all(
    elements.map(async (element) => {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
    }),
  );
  for (const [element, ids] of answered) {
    for (const id of ids) {
      const input = element.shadowRoot?.getElementById(id);
      if (input instanceof HTMLInputElement && !input.checked) input.click();
    }
  }
}

// Module scripts, topic modules included, run before DOMContentLoaded (while readyState is
// already "interactive"); one task more lets the elements see that the page's scripts have run.
// `load` too, for a script added after DOMContentLoaded; releasing twice does nothing.
const releaseSoon = () => setTimeout(() => void release());
if (document.readyState === 'complete') {
  releaseSoon();
} else {
  document.addEventListener('DOMContentLoaded', releaseSoon, { once: true });
  window.addEventListener('load', releaseSoon, { once: true });
}
