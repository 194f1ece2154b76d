import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChecklistChangeEvent, ChecklistResultEvent } from '../events.js';
import type { Assessment } from '../model/assess.js';

type Host = ReactiveControllerHost & HTMLElement;

const CHECKLIST_TAG = 'health-symptom-checklist';

/**
 * Follows the `<health-symptom-checklist>` whose id a host names in `for`: in the same
 * document or shadow root, there before or after the host, upgraded before or after it. It
 * stops following when that checklist leaves, loses the id, or `for` changes.
 */
export class ChecklistFollower implements ReactiveController {
  /** The followed checklist's assessment, or `null` when none is followed (or it is not ready). */
  assessment: Assessment | null = null;

  private id: string | null = null;
  private target: HTMLElement | null = null;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly host: Host,
    /** Called once when a named checklist is still missing after the page has loaded. */
    private readonly onMissing: (id: string) => void,
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
    // Any insertion, removal or id change in this tree may bring or take the checklist.
    this.observer = new MutationObserver(() => this.attach());
    const root = this.host.getRootNode();
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    this.attach();
    this.checkMissing();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.setTarget(null);
  }

  private attach(): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = this.id ? root.getElementById(this.id) : null;
    this.setTarget(found?.localName === CHECKLIST_TAG ? found : null);
  }

  private checkMissing(): void {
    const id = this.id;
    if (!id) return;
    // Elements later in the page are not parsed yet while it loads: judge once it has.
    const check = () => setTimeout(() => !this.target && this.id === id && this.host.isConnected && this.onMissing(id));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  private readonly read = (): void => {
    const checklist = this.target as (HTMLElement & { assessment?: Assessment | null }) | null;
    this.assessment = checklist?.assessment ?? null;
    this.host.requestUpdate();
  };

  private setTarget(target: HTMLElement | null): void {
    if (target === this.target) return;
    for (const name of [ChecklistChangeEvent.eventName, ChecklistResultEvent.eventName]) {
      this.target?.removeEventListener(name, this.read);
      target?.addEventListener(name, this.read);
    }
    this.target = target;
    this.read();
    if (target) {
      // Not upgraded yet, or its topic still resolving: read again once it has rendered.
      customElements
        .whenDefined(CHECKLIST_TAG)
        .then(() => (target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
        .then(() => this.target === target && this.read());
    }
  }
}
