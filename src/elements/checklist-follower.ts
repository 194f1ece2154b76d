import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment } from '../model/assess.js';

type Host = ReactiveControllerHost & HTMLElement;
type Checklist = HTMLElement & Partial<Pick<ReactiveControllerHost, 'addController' | 'removeController'>>;

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
    const missing = `for="${id}": no <${CHECKLIST_TAG}> with this id in the same document or shadow root.`;
    const check = () => setTimeout(() => !this.target && this.id === id && this.host.isConnected && this.warn(`for:${id}`, missing));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  private readonly read = (): void => {
    const checklist = this.target as (HTMLElement & { assessment?: Assessment | null }) | null;
    const assessment = checklist?.assessment ?? null;
    // The checklist keeps one assessment object while its answers and topic stay the same.
    if (assessment === this.assessment) return;
    this.assessment = assessment;
    this.host.requestUpdate();
  };

  /**
   * Reads again after every render of the checklist, the one moment every change of its
   * answers passes through: a click, a property set, a `persist` restore, a `src` load,
   * `reset()` or `form.reset()`.
   */
  private readonly onRender: ReactiveController = { hostUpdated: this.read };

  private setTarget(target: HTMLElement | null): void {
    if (target === this.target) return;
    (this.target as Checklist | null)?.removeController?.(this.onRender);
    this.target = target;
    this.read();
    if (target) {
      // It may not be upgraded yet: watch its renders once it is.
      void customElements.whenDefined(CHECKLIST_TAG).then(() => {
        if (this.target !== target) return;
        (target as Checklist).addController?.(this.onRender);
        this.read();
      });
    }
  }
}
