import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChecklistUpdateEvent } from '../events.js';
import type { Assessment } from '../model/assess.js';

type Host = ReactiveControllerHost & HTMLElement;

const CHECKLIST_TAG = 'health-symptom-checklist';

/**
 * Follows the `<health-symptom-checklist>` whose id a host names in `for`: in the same
 * document or shadow root, there before or after the host, upgraded before or after it. It
 * reads the checklist's public `assessment` when it finds it and then hears its
 * `health-checklist-update` events, which bubble to the shared root; it stops following when
 * that checklist leaves, loses the id, or `for` changes.
 */
export class ChecklistFollower implements ReactiveController {
  /** The followed checklist's assessment, or `null` when none is followed (or it is not ready). */
  assessment: Assessment | null = null;

  private id: string | null = null;
  private target: Element | null = null;
  private root: Document | ShadowRoot | null = null;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly host: Host,
    /** Told, with a key per id, when a named checklist is still missing once the page has loaded. */
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** Starts following the checklist with this id, or stops with `null`. */
  follow(id: string | null): void {
    this.id = id || null;
    if (this.host.isConnected) {
      this.attach();
      this.checkMissing();
    }
  }

  hostConnected(): void {
    this.root = this.host.getRootNode() as Document | ShadowRoot;
    this.root.addEventListener(ChecklistUpdateEvent.eventName, this.onUpdate);
    // Any insertion, removal or id change in this tree may bring or take the checklist.
    this.observer = new MutationObserver(() => this.attach());
    this.observer.observe(this.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    this.attach();
    this.checkMissing();
  }

  hostDisconnected(): void {
    this.root?.removeEventListener(ChecklistUpdateEvent.eventName, this.onUpdate);
    this.root = null;
    this.observer?.disconnect();
    this.observer = null;
    this.target = null;
    this.take(null);
  }

  private readonly onUpdate = (event: Event): void => {
    // Retargeted to the checklist in this root; one from a nested root is someone else's.
    if (event.target === this.target) this.take((event as ChecklistUpdateEvent).detail.assessment);
  };

  private attach(): void {
    const found = this.id ? this.root?.getElementById(this.id) : null;
    const target = found?.localName === CHECKLIST_TAG ? found : null;
    if (target === this.target) return;
    this.target = target;
    // An upgraded checklist has its assessment already; one not upgraded yet will send an update.
    this.take((target as { assessment?: Assessment | null } | null)?.assessment ?? null);
  }

  private take(assessment: Assessment | null): void {
    if (assessment === this.assessment) return;
    this.assessment = assessment;
    this.host.requestUpdate();
  }

  private checkMissing(): void {
    const id = this.id;
    if (!id) return;
    // Elements later in the page are not parsed yet while it loads: judge once it has.
    const missing = `for="${id}": no <${CHECKLIST_TAG}> with this id in the same document or shadow root.`;
    const check = () =>
      setTimeout(() => !this.target && this.id === id && this.host.isConnected && this.warn(`for:${id}`, missing));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }
}
