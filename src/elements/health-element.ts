import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  HealthErrorEvent,
  HealthReadyEvent,
  type HealthErrorDetail,
  type HealthEvent,
  type HealthReadyDetail,
} from '../events.js';
import { hasStrings, resolveLang, stringsFor, type Strings } from '../i18n/index.js';
import { baseLanguage } from '../i18n/tags.js';
import { defaultTopicId, getTopic, loadTopic, onTopicRegistered, TopicLoadError } from '../model/registry.js';
import type { Assessment } from '../model/assess.js';
import type { Labels, Source, Statement, Topic, Urgency } from '../model/topic.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * Whether the page's own scripts have run. Module and deferred scripts (a topic module beside the
 * drop-in script) run after the document is parsed but before DOMContentLoaded: until then a pack
 * that is not registered yet is on its way, not missing.
 */
let havePageScriptsRun = typeof document === 'undefined' || document.readyState === 'complete';
const pageScriptsRun = new Promise<void>((resolve) => {
  const done = () => {
    havePageScriptsRun = true;
    resolve();
  };
  if (havePageScriptsRun) return done();
  // `load` too: a script added after DOMContentLoaded would otherwise wait forever.
  document.addEventListener('DOMContentLoaded', done, { once: true });
  window.addEventListener('load', done, { once: true });
});

/**
 * Elements that follow the document's language: a change of `<html lang>` re-renders them.
 * One observer serves them all.
 */
const followers = new Set<HealthElement>();
let htmlLangObserver: MutationObserver | null = null;
function followDocumentLang(element: HealthElement, isFollowing: boolean): void {
  if (isFollowing) followers.add(element);
  else followers.delete(element);
  if (followers.size && !htmlLangObserver) {
    htmlLangObserver = new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
    htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (!followers.size && htmlLangObserver) {
    htmlLangObserver.disconnect();
    htmlLangObserver = null;
  }
}

/** One untouched element per class, to read property defaults from. */
const defaults = new WeakMap<object, Element>();

/** Scripts written right to left. */
const RTL = /^(ar|arc|ckb|dv|fa|he|ku|ps|sd|syr|ug|ur|yi)(-|$)/i;
const direction = (lang: string): 'rtl' | 'ltr' => (RTL.test(lang) ? 'rtl' : 'ltr');

/** How a value is named in a warning: never by converting it (a symbol or a null-prototype object would throw). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

/** What the person sees: the topic is loading, ready, or could not be shown. */
export type LoadState = 'loading' | 'ready' | 'error';

/** Options of {@link HealthElement.heading}. */
interface HeadingOptions {
  /** Levels below the element's own heading level. */
  depth?: number;
  className?: string;
  id?: string;
  /** Makes the heading a focus target for script (not a tab stop). */
  focusTarget?: boolean;
}

/**
 * The base of every health element: resolves the topic (registered id or `src` URL), shows
 * the loading and error states, reports errors, and picks the UI language and heading level.
 * Subclasses implement {@link renderTopic}.
 *
 * @attribute {string} lang - Language: picks the topic's pack in that language when one is registered; else the nearest ancestor's `lang`, else the document's. The UI speaks the language of the pack shown.
 * @fires {HealthErrorDetail} health-error - The topic could not be shown; `detail` says why.
 * @fires {HealthReadyDetail} health-ready - The element has rendered a pack: the first one, or another one later.
 *
 * @cssprop [--health-accent=#005eb8] - Buttons, links, care cards and highlights.
 * @cssprop [--health-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--health-danger=#d5281b] - Urgent and emergency advice.
 * @cssprop [--health-danger-contrast=#fff] - Text on the danger colour.
 * @cssprop [--health-warning=#ffeb3b] - "Your answers" marks.
 * @cssprop [--health-warning-contrast=#212b32] - Text on the warning colour, and the outer focus ring.
 * @cssprop [--health-muted=#4c6272] - Secondary text.
 * @cssprop [--health-surface=#fff] - Card backgrounds.
 * @cssprop [--health-subtle=#f0f4f5] - Panel backgrounds.
 * @cssprop [--health-border=#d8dde0] - Borders.
 * @cssprop [--health-space=1rem] - Base spacing.
 * @cssprop [--health-radius=4px] - Corner radius.
 * @cssprop [--health-focus=#ffeb3b] - Focus ring.
 */
export abstract class HealthElement extends LitElement {
  static override styles = [sharedStyles];

  /**
   * How long (ms) an element whose `topic` is not registered waits for it, showing its loading
   * state, before it reports `unknown-topic`; the wait starts once the page's own scripts have
   * run. A pack registered later still shows.
   */
  static topicWaitMs = 3000;

  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    loadState: { state: true },
    resolvedTopic: { state: true },
    failure: { state: true },
    aboutOpened: { state: true },
  };

  /**
   * Id of a registered topic pack. Without it, the built-in pack (of the drop-in script and of
   * `import 'health-widgets'`), or else the first pack registered on the page.
   */
  topic: string | null = null;

  /** URL of a topic pack JSON file; when set, it is loaded and used instead of `topic`. */
  src: string | null = null;

  /** Level (2-6) of the element's main heading, so it fits the page outline. */
  headingLevel = 2;

  protected loadState: LoadState = 'loading';

  /** The resolved pack, once `loadState` is `ready`. */
  protected resolvedTopic: Topic | null = null;

  private failure: HealthErrorDetail | null = null;

  /** The About text is built when first opened (most readers never open it), or at once over server markup. */
  private aboutOpened = false;

  /** The last pack shown, kept across a load, so a new version of the same topic is known as such. */
  private lastTopic: Topic | null = null;

  /** UI strings in the language of the pack shown (or asked for, while loading); set in `willUpdate`. */
  protected t: Strings = stringsFor('en').t;

  /** The pack's language when the UI has no strings for it, so pack text can say so; else null. */
  private packLang: string | null = null;

  /** The language of the UI strings in use (e.g. for dates); set in `willUpdate`. */
  protected uiLang = 'en';

  /** The `lang` of the rendered content. */
  private contentLang = 'en';

  /** The language asked for: the element's own `lang`, an ancestor's or the document's. */
  private requestedLang: string | null = null;

  private loadController: AbortController | null = null;
  private resolveOnConnect = false;
  private stopListening: (() => void) | null = null;
  /** When the element began to wait for a `topic` that is not registered (ms), or null. */
  private waitingSince: number | null = null;
  private readonly warned = new Set<string>();
  /** The pack whose first render was announced with `health-ready`. */
  private announcedTopic: Topic | null = null;
  private settleReady: (detail: HealthReadyDetail) => void = () => {};

  /**
   * Resolves, with the topic id and language, once the element has rendered its first pack
   * (loading included, unlike `updateComplete`). It stays pending while the element shows an
   * error: listen to `health-error` for that.
   */
  readonly ready: Promise<HealthReadyDetail> = new Promise((resolve) => (this.settleReady = resolve));

  /** Whether the coming render is the first, over a shadow root the server already rendered. */
  protected get isHydrating(): boolean {
    return !isServer && !this.hasUpdated && this.shadowRoot?.firstChild != null;
  }

  /** The topic that is showing, or `null` while loading or after an error. */
  get topicData(): Topic | null {
    return this.resolvedTopic;
  }

  /** `lang` is the element's own attribute too: a change of it re-renders the strings. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLang(this, true);
    // Back on the page (or moved), the inherited language may differ: look again.
    this.requestUpdate();
    // A pack registered later (by a script after ours) replaces or fills in `topic`.
    this.stopListening = onTopicRegistered((topic) => {
      if (!this.src && topic.id === this.topicId) this.resolveTopic();
    });
    if (this.resolveOnConnect) {
      this.resolveOnConnect = false;
      this.resolveTopic();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followDocumentLang(this, false);
    this.stopListening?.();
    this.stopListening = null;
    // A load that nobody will see is stopped, and starts again if the element comes back. Moving
    // an element is a removal and an insertion in one task: its load goes on.
    const controller = this.loadController;
    if (controller) {
      queueMicrotask(() => {
        if (this.isConnected || this.loadController !== controller) return;
        controller.abort();
        this.loadController = null;
        this.resolveOnConnect = true;
      });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.dropInvalidProperties(changed);
    if (changed.has('topic')) this.waitingSince = null;
    // Server markup carries the About text (and it may be open): built from the start there.
    if (isServer || this.isHydrating) this.aboutOpened = true;
    // The server has no tree to walk: the pre-renderer sets `lang` to the one the element inherits.
    const requested = isServer ? (this.getAttribute('lang') ?? '') : resolveLang(this);
    const langChanged = requested !== this.requestedLang;
    this.requestedLang = requested;
    // `topic` and the language only pick a pack without `src` (a loaded pack names its own language).
    if (changed.has('src') || (!this.src && (changed.has('topic') || langChanged))) this.resolveTopic();
    this.deriveLanguage();
    // No attribute (null) means the default; anything else must be a level from 2 to 6.
    if (changed.has('headingLevel') && this.headingLevel != null && this.level !== this.headingLevel) {
      this.warnOnce('heading-level', `heading-level must be a whole number from 2 to 6; using 2.`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const topic = this.resolvedTopic;
    if (this.loadState !== 'ready' || !topic || topic === this.announcedTopic) return;
    this.announcedTopic = topic;
    const detail = { topicId: topic.id, lang: topic.lang };
    this.settleReady(detail);
    this.emit(new HealthReadyEvent(detail));
  }

  /**
   * A property set by page code to a value of the wrong type is dropped with a warning (the old
   * value comes back), so nothing downstream can throw on it.
   */
  private dropInvalidProperties(changed: PropertyValues): void {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    for (const [key, options] of declared) {
      if (options.state || options.noAccessor || !changed.has(key)) continue;
      const value: unknown = this[key as keyof this];
      const expected = options.type === Boolean ? 'boolean' : options.type === Number ? 'number' : 'string';
      if (value == null || typeof value === expected) continue;
      const name = String(key);
      this.warnOnce(`type:${name}`, `${name}: expected a ${expected} but got ${describe(value)}; ignored.`);
      // The value before; before the first render there was none, so the property's default.
      (this as Record<PropertyKey, unknown>)[key] = changed.get(key) ?? this.defaultOf(key);
    }
  }

  /** A property's initial value, read from a fresh element of this class (only on a rare, bad path). */
  private defaultOf(key: PropertyKey): unknown {
    let fresh = defaults.get(this.constructor);
    if (!fresh) defaults.set(this.constructor, (fresh = document.createElement(this.localName)));
    return (fresh as unknown as Record<PropertyKey, unknown>)[key];
  }

  /** The id of the pack to show without `src`: `topic`, else the default pack's. */
  private get topicId(): string | undefined {
    return this.topic || defaultTopicId();
  }

  /** The heading level in use: `heading-level` when valid, else 2. */
  protected get level(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
  }

  private resolveTopic(): void {
    this.loadController?.abort();
    this.loadController = null;
    const src = this.src;
    if (!src) {
      const id = this.topicId;
      const lang = this.requestedLang ?? '';
      const topic = id ? getTopic(id, lang) : undefined;
      // While the page's own scripts run, a pack (or its translation) may still be registered.
      const inLang = !lang || (topic !== undefined && baseLanguage(topic.lang) === baseLanguage(lang));
      const hasWaited =
        havePageScriptsRun && this.waitingSince !== null && performance.now() - this.waitingSince >= HealthElement.topicWaitMs;
      if (topic && (inLang || havePageScriptsRun)) this.showTopic(topic);
      else if (!hasWaited) this.awaitTopic();
      else
        this.fail({
          reason: 'unknown-topic',
          message: id
            ? `No topic pack is registered as "${id}".`
            : 'No topic pack is registered: import one (health-widgets/topics/<id>), load its script (dist/topics/<id>.<lang>.js) or set src.',
        });
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadState = 'loading';
    this.resolvedTopic = null;
    loadTopic(this.absolute(src), { signal: controller.signal }).then(
      (topic) => {
        // A late answer for an older src, or for a removed element, is dropped.
        if (this.loadController !== controller) return;
        this.loadController = null;
        this.showTopic(topic);
      },
      (error: TopicLoadError) => {
        if (this.loadController !== controller || error.reason === 'aborted') return;
        this.loadController = null;
        const { reason, message, status, path } = error;
        this.fail({ reason, message, status, path, src });
      },
    );
  }

  /**
   * A pack not registered yet may be on its way (a topic module, a script further down): wait
   * for the page's scripts, then `topicWaitMs`, showing the loading state, then judge again.
   */
  private awaitTopic(): void {
    this.loadState = 'loading';
    this.resolvedTopic = null;
    const topic = this.topic;
    void pageScriptsRun.then(() => {
      this.waitingSince ??= performance.now();
      const remaining = Math.max(0, this.waitingSince + HealthElement.topicWaitMs - performance.now());
      setTimeout(() => {
        if (this.src || this.topic !== topic || this.loadState !== 'loading') return;
        if (this.isConnected) this.resolveTopic();
        else this.resolveOnConnect = true;
      }, remaining);
    });
  }

  private showTopic(topic: Topic): void {
    this.waitingSince = null;
    const previous = this.lastTopic;
    if (topic === this.resolvedTopic && this.loadState === 'ready') return;
    this.failure = null;
    this.resolvedTopic = topic;
    this.lastTopic = topic;
    this.loadState = 'ready';
    this.topicReady(topic, previous);
  }

  private fail(detail: HealthErrorDetail): void {
    const clean = Object.fromEntries(
      Object.entries(detail).filter(([, value]) => value !== undefined),
    ) as unknown as HealthErrorDetail;
    this.failure = clean;
    this.resolvedTopic = null;
    this.loadState = 'error';
    console.warn(`<${this.localName}>: ${clean.message}`);
    // After the current task, so page scripts that run after the bundle can still hear it.
    setTimeout(() => this.loadState === 'error' && this.failure === clean && this.emit(new HealthErrorEvent(clean)));
  }

  /** `src` against the element's document (its `<base>` included), as a link would be. */
  private absolute(src: string): string {
    try {
      return new URL(src, this.ownerDocument.baseURI).href;
    } catch {
      return src;
    }
  }

  /**
   * Called when a topic becomes ready (first load, a new `topic` / `src`, or another language
   * or version of the topic); `previous` is the pack shown before, if any.
   */
  protected topicReady(_topic: Topic, _previous: Topic | null): void {}

  /** Dispatches one of the typed events of `events.ts` (and nothing else). */
  protected emit(event: HealthEvent): void {
    this.dispatchEvent(event);
  }

  /** Warns in the console once per element for a given key. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** The UI strings follow the pack shown, so one widget never mixes two languages. */
  private deriveLanguage(): void {
    const packLang = this.resolvedTopic?.lang ?? null;
    const { lang, t } = stringsFor(packLang ?? this.requestedLang ?? '');
    this.t = t;
    this.uiLang = lang;
    const speaksPackLang = packLang !== null && baseLanguage(packLang) === lang;
    this.packLang = packLang !== null && !speaksPackLang ? packLang : null;
    this.contentLang = speaksPackLang ? packLang : lang;
    const requested = this.requestedLang ? baseLanguage(this.requestedLang) : '';
    if (requested && !hasStrings(requested) && (!packLang || baseLanguage(packLang) !== requested)) {
      this.warnOnce(
        `lang:${requested}`,
        `lang="${this.requestedLang}": no UI strings and no pack in this language; showing "${this.contentLang}". Add them with registerStrings() and a pack.`,
      );
    }
    if (this.packLang) {
      this.warnOnce(
        `strings:${packLang}`,
        `no UI strings for the pack's language "${packLang}"; the buttons and headings use English. Add them with registerStrings().`,
      );
    }
  }

  /** A topic heading or intro: the pack's own wording, else the neutral UI default. */
  protected label(key: keyof Labels): string | TemplateResult {
    const text = this.resolvedTopic?.labels?.[key];
    return text ? this.packText(text) : this.t[key];
  }

  protected override render(): TemplateResult {
    const { t } = this;
    const body =
      this.loadState === 'ready' && this.resolvedTopic
        ? this.renderTopic(this.resolvedTopic)
        : this.loadState === 'error'
          ? this.renderError()
          : html`<div class="status" role="status" aria-busy="true">${t.loading}</div>`;
    return html`<div part="base" lang=${this.contentLang} dir=${direction(this.contentLang)}>${body}</div>`;
  }

  private renderError(): TemplateResult {
    const { t } = this;
    const reason = this.failure?.reason;
    const why = reason === 'unknown-topic' ? t.errorUnknownTopic : reason === 'invalid-pack' ? t.errorInvalid : t.errorLoad;
    return html`<div class="status error" role="status" part="error">
      <p><strong>${t.errorTitle}</strong> ${why}</p>
    </div>`;
  }

  /** Renders the element's content for a ready topic. */
  protected abstract renderTopic(topic: Topic): TemplateResult;

  /** A real `h2`-`h6` at the element's level plus `depth`, never deeper than 6. */
  protected heading(
    text: string | TemplateResult,
    { depth = 0, className, id, focusTarget }: HeadingOptions = {},
  ): TemplateResult {
    const tabindex = ifDefined(focusTarget ? '-1' : undefined);
    const cls = ifDefined(className);
    switch (Math.min(6, this.level + depth)) {
      case 2:
        return html`<h2 class=${cls} id=${ifDefined(id)} tabindex=${tabindex}>${text}</h2>`;
      case 3:
        return html`<h3 class=${cls} id=${ifDefined(id)} tabindex=${tabindex}>${text}</h3>`;
      case 4:
        return html`<h4 class=${cls} id=${ifDefined(id)} tabindex=${tabindex}>${text}</h4>`;
      case 5:
        return html`<h5 class=${cls} id=${ifDefined(id)} tabindex=${tabindex}>${text}</h5>`;
      default:
        return html`<h6 class=${cls} id=${ifDefined(id)} tabindex=${tabindex}>${text}</h6>`;
    }
  }

  /**
   * An NHS-style care card. Its heading starts with a visually hidden prefix for the tier
   * ("Urgent advice:"), read as one phrase with the title. `depth` places the heading in the
   * outline below the element's own.
   */
  protected careCard(tier: Urgency | 'info', title: string | TemplateResult, body: unknown, depth = 2): TemplateResult {
    const prefix = this.prefixOf(tier);
    return html`<div class="care-card ${tier}" part=${tier === 'info' ? 'care-card' : `${tier}-card`}>
      <div class="care-head">
        ${this.heading(html`<span class="visually-hidden">${prefix}</span>${title}`, { depth, className: 'small-heading' })}
      </div>
      <div class="care-body">${body}</div>
    </div>`;
  }

  /** The visually hidden words that say a care card's tier ("Urgent advice: "). */
  protected prefixOf(tier: Urgency | 'info'): string {
    return { emergency: this.t.emergencyPrefix, urgent: this.t.urgentPrefix, soon: this.t.soonPrefix, info: this.t.infoPrefix }[
      tier
    ];
  }

  /**
   * The pack's care card for the most pressing urgency among the answers, listing the answers
   * that carry it; nothing when no answer carries one.
   */
  protected urgencyCard(assessment: Assessment | null, depth = 2): TemplateResult | typeof nothing {
    const card = assessment?.careCard;
    if (!assessment?.urgency || !card) return nothing;
    const answers = assessment.flagged.filter((answer) => answer.urgency === assessment.urgency);
    return this.careCard(
      assessment.urgency,
      this.packText(card.title),
      html`<p>${this.packText(card.text)}${this.cite(card.source)}</p>
        <p>${this.t.youPicked}</p>
        <ul>
          ${answers.map((answer) => html`<li>${this.packText(answer.label)}</li>`)}
        </ul>`,
      depth,
    );
  }

  /**
   * The safety frame every widget carries, even alone on a page: not a diagnosis, how the
   * condition is confirmed, and where to get help. Compact, so it informs without alarming.
   */
  protected renderSafety(topic: Topic): TemplateResult {
    const { guidance } = topic;
    return html`<div class="safety" part="safety">
      ${[guidance.notDiagnosis, guidance.confirm, guidance.safetyNet].map((statement) => this.statement(statement))}
    </div>`;
  }

  /** The pack's summary and background, collapsed under the pack's "About" line. */
  protected renderAbout(topic: Topic): TemplateResult {
    return html`<details class="about" part="about" @toggle=${this.onAboutToggle}>
      <summary @click=${this.buildAbout}>${this.label('aboutTitle')}</summary>
      ${this.aboutOpened ? [topic.summary, ...topic.background].map((statement) => this.statement(statement)) : nothing}
    </details>`;
  }

  /** A click on the summary comes before the block opens, so its text is there in the first frame. */
  private buildAbout(): void {
    this.aboutOpened = true;
  }

  /** Opened some other way (by script, or by find in page). */
  private onAboutToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.aboutOpened = true;
  }

  /**
   * Text from the pack, marked with the pack's language when the UI speaks another one, so a
   * screen reader reads each in its own voice.
   */
  protected packText(text: string): string | TemplateResult {
    return this.packLang ? html`<span lang=${this.packLang} dir=${direction(this.packLang)}>${text}</span>` : text;
  }

  /** A source's title, marked with its own language when it has one (a translated pack cites the original). */
  private sourceTitle(source: Source): string | TemplateResult {
    const isOtherLang = source.lang !== undefined && baseLanguage(source.lang) !== baseLanguage(this.contentLang);
    return isOtherLang
      ? html`<span lang=${source.lang} dir=${direction(source.lang!)}>${source.title}</span>`
      : this.packText(source.title);
  }

  /** Citation marks for a statement's sources, numbered as in {@link renderSources}. */
  protected cite(ids: readonly string[]): TemplateResult | typeof nothing {
    const topic = this.resolvedTopic;
    if (!topic || !ids.length) return nothing;
    const numbers = ids.map((id) => topic.sources.findIndex((source) => source.id === id) + 1).sort((a, b) => a - b);
    return html` <span class="cite"><span class="visually-hidden">${this.t.source} </span>[${numbers.join(', ')}]</span>`;
  }

  /** A paragraph of pack text with its citation. */
  protected statement(statement: Statement, className?: string): TemplateResult {
    return html`<p class=${ifDefined(className)}>${this.packText(statement.text)}${this.cite(statement.source)}</p>`;
  }

  /** The numbered list of the pack's sources and its review date. */
  protected renderSources(topic: Topic): TemplateResult {
    const { t } = this;
    // A div, not <footer>: outside sectioning content a footer is the page's contentinfo
    // landmark, and every element on the page would add another one.
    return html`<div class="sources" part="sources">
      ${this.heading(t.sources, { depth: 1, className: 'small-heading' })}
      <ol>
        ${topic.sources.map(
          (source) =>
            html`<li>
              ${
                source.url
                  ? html`<a href=${source.url} rel="noopener noreferrer">${this.sourceTitle(source)}</a>`
                  : this.sourceTitle(source)
              }${source.publisher ? html`, ${this.packText(source.publisher)}` : nothing}
            </li>`,
        )}
      </ol>
      <p class="muted">
        ${t.reviewed} <time datetime=${topic.reviewed.date}>${topic.reviewed.date}</time>${
          topic.reviewed.by ? html`, ${this.packText(topic.reviewed.by)}` : nothing
        }${topic.reviewed.against ? html`. ${t.reviewedAgainst} ${this.packText(topic.reviewed.against)}` : nothing}
      </p>
    </div>`;
  }
}

/** Defines a custom element unless the tag is already taken (a second copy of the script). */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
