import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ChecklistChangeEvent, ChecklistResultEvent, ChecklistUpdateEvent, type ChecklistEventDetail } from '../../events.js';
import { assess, cleanAnswers, noAnswers, type Answers, type Assessment } from '../../model/assess.js';
import { selectById } from '../../model/select.js';
import type { Strings } from '../../i18n/index.js';
import { URGENCIES, type Category, type Symptom, type Topic, type Urgency } from '../../model/topic.js';
import { choiceStyles, sharedStyles } from '../../styles/shared.js';
import { defineElement, HealthElement } from '../health-element.js';
import { checklistStyles } from './symptom-checklist.styles.js';

/** Signs in a group above which it is skipped while off screen. */
const LONG_GROUP = 20;

/** Date formats by language: building one is slow, the first time most of all. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Which co-occurring signs a person has, and which pattern their answers look more like.
 * The result always says it is not a diagnosis, and asks for prompt care on a red-flag sign.
 *
 * @tagname health-symptom-checklist
 * @summary A symptom checklist with a plain-language, sourced result.
 *
 * @fires {ChecklistEventDetail} health-checklist-change - On every answer the person gives or takes back.
 * @fires {ChecklistEventDetail} health-checklist-result - When the person asks for the result.
 * @fires {ChecklistEventDetail} health-checklist-update - After the assessment changed, for any reason (an answer, a script, a restore, a reset, a new pack).
 * @fires {HealthErrorDetail} health-error - The topic could not be shown.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart group - A fieldset of signs (one per category) or of a pattern question.
 * @csspart result - The result panel.
 * @csspart emergency-card - The emergency care card, shown as soon as an answer calls for it.
 * @csspart urgent-card - The urgent care card, shown as soon as an answer calls for it.
 * @csspart soon-card - The "book an appointment" care card, shown as soon as an answer calls for it.
 * @csspart care-card - The card with the next step in the result.
 * @csspart about - The collapsed "About" block.
 * @csspart safety - Not a diagnosis, how it is confirmed, where to get help.
 * @csspart button - The buttons.
 * @csspart error - The in-place error message.
 * @csspart sources - The numbered sources and review date.
 * @csspart print-summary - The summary printed for a doctor: the date and the answers.
 */
export class HealthSymptomChecklist extends HealthElement {
  static override styles = [sharedStyles, choiceStyles, checklistStyles];

  static override properties: PropertyDeclarations = {
    categories: {},
    noAbout: { type: Boolean, attribute: 'no-about' },
    persist: {},
    name: { reflect: true },
    current: { state: true },
    noneOf: { state: true },
    resultShown: { state: true },
    announcement: { state: true },
    formDisabled: { state: true },
    printing: { state: true },
  };

  /** Lets the checklist take part in a `<form>`. */
  static readonly formAssociated = true;

  /**
   * Comma-separated category ids to show, in that order; all when empty. Signs that call for
   * care are never hidden: those of other categories stay, in a group of their own.
   */
  categories: string | null = null;

  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout = false;

  /** A `sessionStorage` key: when set, answers are kept there and restored on reload. */
  persist: string | null = null;

  /** Form field name: inside a `<form>`, the answers are submitted under it. */
  name: string | null = null;

  private current: Answers = noAnswers();
  /** Categories whose "none of these" box is ticked. */
  private noneOf: ReadonlySet<string> = new Set();
  private resultShown = false;
  private announcement = '';
  /** The most pressing urgency announced so far, so a card is announced once, not on every tick. */
  private announcedUrgency: Urgency | null = null;
  /** Set by a disabled ancestor `<fieldset>` or form. */
  private formDisabled = false;

  private readonly internals: ElementInternals;
  private pendingAnswers: Answers | null = null;
  private focusResult = false;
  private cached: { topic: Topic; answers: Answers; assessment: Assessment } | null = null;
  /** Each sign's last row (see {@link renderSign}). */
  private readonly signRows = new WeakMap<Symptom, { checked: boolean; t: Strings; row: TemplateResult }>();
  /** The assessment last sent with `health-checklist-update`. */
  private sentAssessment: Assessment | null = null;
  /** The print summary is only built for print (between `beforeprint` and `afterprint`). */
  private printing = false;
  /** Answers restored or set early, kept for right after a pre-rendered checklist hydrates. */
  private afterHydration: Answers | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Answers a page set before this script defined the element sit on the instance,
    // hiding the accessor: hand them to it.
    if (Object.hasOwn(this, 'answers')) {
      const early = (this as { answers?: Answers }).answers;
      delete (this as { answers?: Answers }).answers;
      if (early) this.answers = early;
    }
  }

  /**
   * The current answers (a copy). Setting them drops unknown ids with a warning; answers set
   * while a `src` pack loads are applied once it is ready.
   */
  get answers(): Answers {
    return { signs: [...this.current.signs], patterns: { ...this.current.patterns } };
  }

  set answers(value: Answers) {
    // null clears; anything else that is not an object is a mistake, and changes nothing.
    if (value !== null && value !== undefined && typeof value !== 'object') {
      this.warnOnce(
        `answers-type:${typeof value}`,
        `answers: expected an object like { signs: [], patterns: {} } but got a ${typeof value}; ignored.`,
      );
      return;
    }
    const topic = this.topicData;
    if (!topic) {
      this.pendingAnswers = value;
      return;
    }
    this.applyAnswers(this.clean(topic, value));
  }

  /** The answers that exist in the pack; warns about the rest. */
  private clean(topic: Topic, input: unknown): Answers {
    const { answers, dropped } = cleanAnswers(topic, input);
    if (dropped.length) this.warnOnce(`answers:${dropped}`, `ignored unknown answers: ${dropped.join(', ')}`);
    return answers;
  }

  /** The assessment of the current answers, or `null` until the topic is ready. */
  get assessment(): Assessment | null {
    const topic = this.topicData;
    if (!topic) return null;
    if (this.cached?.topic !== topic || this.cached.answers !== this.current) {
      this.cached = { topic, answers: this.current, assessment: assess(topic, this.current) };
    }
    return this.cached.assessment;
  }

  /** Clears every answer, hides the result and forgets any persisted answers. */
  reset(): void {
    this.pendingAnswers = null;
    this.noneOf = new Set();
    this.resultShown = false;
    this.announcement = '';
    this.announcedUrgency = null;
    this.applyAnswers(noAnswers());
    if (this.persist) this.storage((store, key) => store.removeItem(key));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** Print layout starts right after this handler: render the summary now, not in a microtask. */
  private readonly beforePrint = (): void => {
    if (this.printing || !this.topicData) return;
    this.printing = true;
    this.performUpdate();
  };

  /** Back on screen, nobody sees the summary: it is not kept up to date on every answer. */
  private readonly afterPrint = (): void => {
    this.printing = false;
  };

  /** @internal Form-associated callback: a disabled `<fieldset>` around it disables it. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Form-associated callback: `form.reset()` resets the answers. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal Form-associated callback: the browser restores answers (back/forward, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = JSON.parse(state) as Answers;
    } catch {
      // A state we cannot read is ignored: the checklist simply starts empty.
    }
  }

  protected override topicReady(topic: Topic, previous: Topic | null): void {
    this.cached = null;
    let answers = this.pendingAnswers;
    this.pendingAnswers = null;
    // The same topic in another language or version keeps the person's answers (ids are shared).
    if (!answers && previous?.id === topic.id) answers = this.current;
    // The server has no session: saved answers are the browser's to restore.
    else if (!answers && this.persist && !isServer) answers = this.restore();
    if (previous?.id !== topic.id) {
      this.noneOf = new Set();
      this.resultShown = false;
    }
    // Hydrating a pre-rendered shadow root must render what the server did, with no answers:
    // they follow right after.
    if (answers && this.isHydrating) {
      this.afterHydration = answers;
      answers = null;
    }
    this.applyAnswers(answers ? this.clean(topic, answers) : noAnswers(), false);
  }

  // Untyped map: the check below reads the base's protected `resolvedTopic`.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('name')) this.syncForm();
    const topic = this.topicData;
    if (topic && (changed.has('categories') || changed.has('resolvedTopic'))) {
      const { unknown } = selectById(topic.categories, this.categories);
      if (unknown.length) {
        this.warnOnce(`categories:${unknown}`, `categories: ignored unknown ${unknown.map((c) => `"${c}"`).join(', ')}`);
      }
      const kept = this.keptSigns(topic).map((sign) => sign.id);
      if (kept.length) {
        this.warnOnce(
          `categories-kept:${this.categories}`,
          `categories: kept ${kept.join(', ')}: signs that call for care are never hidden (they show under "${this.t.otherSigns}").`,
        );
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const assessment = this.assessment;
    if (assessment && assessment !== this.sentAssessment) {
      this.sentAssessment = assessment;
      this.emit(new ChecklistUpdateEvent(this.detail()));
    }
    const restored = this.afterHydration;
    if (restored) {
      this.afterHydration = null;
      // A microtask later: the elements that follow this checklist, whose first updates are queued
      // already, hydrate as the server rendered them too, without these answers.
      queueMicrotask(() => (this.answers = restored));
    }
    if (this.focusResult) {
      this.focusResult = false;
      // Focus alone scrolls to the nearest edge, leaving the heading at the bottom of a phone
      // screen: bring the result's top (and its first card) into view instead.
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus({ preventScroll: true });
      const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      this.renderRoot
        .querySelector('[part="result"]')
        ?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }

  private applyAnswers(answers: Answers, save = true): void {
    this.current = answers;
    this.syncForm();
    if (save && this.persist) this.storage((store, key) => store.setItem(key, JSON.stringify(answers)));
  }

  /** Runs a storage call; blocked or full storage must never break the widget. */
  private storage<T>(use: (store: Storage, key: string) => T): T | undefined {
    try {
      return use(window.sessionStorage, this.persist!);
    } catch {
      this.warnOnce('storage', 'sessionStorage is not available; answers are not kept.');
      return undefined;
    }
  }

  private restore(): Answers | null {
    const saved = this.storage((store, key) => store.getItem(key));
    if (!saved) return null;
    try {
      return JSON.parse(saved) as Answers;
    } catch {
      return null;
    }
  }

  private syncForm(): void {
    const { name } = this;
    if (!name) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const sign of this.current.signs) data.append(name, sign);
    for (const [pattern, option] of Object.entries(this.current.patterns)) data.append(`${name}.${pattern}`, option);
    this.internals.setFormValue(data, JSON.stringify(this.current));
  }

  private detail(): ChecklistEventDetail {
    return { topicId: this.topicData!.id, answers: this.answers, assessment: this.assessment! };
  }

  /** One listener for every control: pack-sized lists stay cheap to re-render. */
  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const topic = this.topicData;
    if (!topic || !(input instanceof HTMLInputElement)) return;
    const { kind, id = '', group = '' } = input.dataset;
    let signs = this.current.signs;
    let patterns = this.current.patterns;
    const noneOf = new Set(this.noneOf);
    if (kind === 'sign') {
      const ticked = new Set(signs);
      if (input.checked) ticked.add(id);
      else ticked.delete(id);
      signs = topic.symptoms.filter((symptom) => ticked.has(symptom.id)).map((symptom) => symptom.id);
      if (input.checked) noneOf.delete(group);
    } else if (kind === 'none') {
      if (input.checked) {
        noneOf.add(group);
        signs = signs.filter((sign) => topic.symptoms.find((s) => s.id === sign)?.category !== group);
      } else {
        noneOf.delete(group);
      }
    } else if (kind === 'pattern') {
      patterns = { ...patterns, [group]: id };
    } else {
      return;
    }
    this.noneOf = noneOf;
    this.applyAnswers({ signs, patterns });
    this.announceUrgency();
    this.emit(new ChecklistChangeEvent(this.detail()));
  }

  /**
   * Says once, politely, that a care card appeared, and again only when a more pressing one
   * does. Otherwise clears the region: the spoken result is only renewed on request.
   */
  private announceUrgency(): void {
    const { urgency, careCard } = this.assessment!;
    const rank = (tier: Urgency | null) => (tier ? URGENCIES.length - URGENCIES.indexOf(tier) : 0);
    if (urgency && careCard && rank(urgency) > rank(this.announcedUrgency)) {
      this.announcement = `${this.careHeadline()} ${this.t.urgencyShown}`;
    } else {
      this.announcement = '';
    }
    this.announcedUrgency = urgency;
  }

  /** The care card's tier and title as one spoken line ("Urgent advice: Ask … ."), or '' without one. */
  private careHeadline(): string {
    const { urgency, careCard } = this.assessment!;
    return urgency && careCard ? `${this.prefixOf(urgency)}${careCard.title}.` : '';
  }

  /** Signs that call for care whose category the `categories` filter leaves out. */
  private keptSigns(topic: Topic, shown = selectById(topic.categories, this.categories).selected): Symptom[] {
    const shownIds = new Set(shown.map((category) => category.id));
    return topic.symptoms.filter((symptom) => symptom.urgency && !shownIds.has(symptom.category));
  }

  private showResult(): void {
    this.resultShown = true;
    this.focusResult = true;
    // Care comes first: the card's call to act, then the result. A repeated identical text would
    // not be announced again: vary it invisibly.
    const care = this.careHeadline();
    const text = `${care ? `${care} ` : ''}${this.t.resultUpdated} ${this.assessment!.summary.text}`;
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.emit(new ChecklistResultEvent(this.detail()));
  }

  private startAgain(): void {
    this.reset();
    this.emit(new ChecklistChangeEvent(this.detail()));
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input')?.focus());
  }

  protected renderTopic(topic: Topic): TemplateResult {
    const { t } = this;
    const categories = selectById(topic.categories, this.categories).selected;
    const assessment = this.assessment!;
    // Once per render, not per group or per sign: packs can hold hundreds of signs.
    const ticked = new Set(this.current.signs);
    // A checklist nobody answered prints nothing: a page may hold several.
    const isUnused = !this.current.signs.length && !Object.keys(this.current.patterns).length;
    return html`<div class=${isUnused ? 'unused' : 'used'}>
      ${this.heading(this.label('checklistTitle'), { className: 'title screen-only' })}
      <p class="intro screen-only">${this.label('checklistIntro')}</p>
      ${this.noAbout ? nothing : this.renderAbout(topic)}
      ${!isUnused && this.printing ? this.renderPrintHeader(topic, ticked) : nothing}
      <div class="controls screen-only" @change=${this.onChange}>
        <div class="groups">
          ${categories.map((category) => this.renderCategory(topic, category, ticked))}
          ${this.renderKept(this.keptSigns(topic, categories), ticked)}
        </div>
      </div>
      ${this.urgencyCard(assessment, 1)}
      ${
        topic.patterns.length
          ? html`<div class="controls screen-only" @change=${this.onChange}>
              ${this.heading(this.label('patternsTitle'), { depth: 1, className: 'subtitle' })}
              <div class="groups">${topic.patterns.map((pattern) => this.renderPattern(pattern))}</div>
            </div>`
          : nothing
      }
      <div class="actions screen-only">
        <button type="button" part="button" ?disabled=${this.formDisabled} @click=${this.showResult}>${t.showResult}</button>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.resultShown ? this.renderResult(topic, assessment) : nothing} ${this.renderSafety(topic)}
      ${this.renderSources(topic)}
    </div>`;
  }

  private renderCategory(topic: Topic, category: Category, ticked: ReadonlySet<string>): TemplateResult {
    const signs = topic.symptoms.filter((symptom) => symptom.category === category.id);
    if (!signs.length) return html``;
    // A long group off screen is not styled or laid out on every answer (see the styles).
    return html`<fieldset part="group" class=${signs.length > LONG_GROUP ? 'long' : nothing} ?disabled=${this.formDisabled}>
      <legend>${this.packText(category.label)}</legend>
      ${signs.map((sign) => this.renderSign(sign, ticked.has(sign.id)))}
      <div class="choice none">
        <input
          type="checkbox"
          id="none-${category.id}"
          data-kind="none"
          data-group=${category.id}
          .checked=${this.noneOf.has(category.id)}
        />
        <label for="none-${category.id}">${this.t.noneOfThese}</label>
      </div>
    </fieldset>`;
  }

  /** The signs that call for care from the categories the site left out, in a group of their own. */
  private renderKept(kept: readonly Symptom[], ticked: ReadonlySet<string>): TemplateResult | typeof nothing {
    if (!kept.length) return nothing;
    return html`<fieldset part="group" ?disabled=${this.formDisabled}>
      <legend>${this.t.otherSigns}</legend>
      ${kept.map((sign) => this.renderSign(sign, ticked.has(sign.id)))}
    </fieldset>`;
  }

  /**
   * A sign's row is the same object while its box and the UI language stay the same, so an answer
   * in a pack of hundreds of signs builds one new row, not hundreds (less garbage, steadier clicks).
   * A sign object belongs to one pack, whose language and `t` fix how its text is marked.
   */
  private renderSign(sign: Symptom, checked: boolean): TemplateResult {
    const kept = this.signRows.get(sign);
    if (kept?.checked === checked && kept.t === this.t) return kept.row;
    const row = this.buildSignRow(sign, checked);
    this.signRows.set(sign, { checked, t: this.t, row });
    return row;
  }

  private buildSignRow(sign: Symptom, checked: boolean): TemplateResult {
    const id = `sign-${sign.id}`;
    return html`<div class="choice">
      <input
        type="checkbox"
        id=${id}
        data-kind="sign"
        data-id=${sign.id}
        data-group=${sign.category}
        aria-describedby=${sign.detail ? `hint-${sign.id}` : nothing}
        .checked=${checked}
      />
      <div>
        <label for=${id}
          >${this.packText(sign.label)}${
            sign.clinicalTerm
              ? html` <span class="term"
                  >(<span class="visually-hidden">${this.t.clinicalTerm}: </span>${this.packText(sign.clinicalTerm)})</span
                >`
              : nothing
          }</label
        >${sign.detail ? html`<span class="hint" id="hint-${sign.id}">${this.packText(sign.detail)}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderPattern(pattern: Topic['patterns'][number]): TemplateResult {
    const chosen = this.current.patterns[pattern.id];
    return html`<fieldset part="group" ?disabled=${this.formDisabled}>
      <legend>${this.packText(pattern.question)}</legend>
      ${pattern.options.map(
        (option) =>
          html`<div class="choice">
            <input
              type="radio"
              name="pattern-${pattern.id}"
              id="option-${option.id}"
              data-kind="pattern"
              data-id=${option.id}
              data-group=${pattern.id}
              .checked=${chosen === option.id}
            />
            <label for="option-${option.id}">${this.packText(option.label)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderResult(topic: Topic, assessment: Assessment): TemplateResult {
    const { t } = this;
    // With a care card its call to act comes first (above the result too); no everyday step beside it.
    const [first] = assessment.nextSteps;
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      ${this.heading(t.resultTitle, { depth: 1, id: 'result-heading', focusTarget: true, className: 'subtitle' })}
      <div class="screen-only">${this.urgencyCard(assessment)}</div>
      ${this.statement(assessment.summary, 'leaning')}
      ${assessment.unclearReason === 'too-few' ? html`<p>${t.tooFew}</p>` : nothing} ${this.renderReasons(topic, assessment)}
      ${first.urgency === 'info' ? this.careCard('info', t.nextSteps, this.statement(first.statement)) : nothing}
      <div class="actions screen-only">
        <button type="button" part="button" @click=${() => window.print()}>${t.print}</button>
        <button type="button" part="button" class="secondary" @click=${this.startAgain}>${t.startAgain}</button>
      </div>
    </section>`;
  }

  private renderReasons(topic: Topic, assessment: Assessment): TemplateResult {
    if (!assessment.reasons.length) return html`<p>${this.t.noReasons}</p>`;
    return html`${topic.conditions.map((condition) => {
      const reasons = assessment.reasons.filter((reason) => reason.conditionId === condition.id && reason.weight > 0);
      if (!reasons.length) return nothing;
      const count = reasons.length === 1 ? this.t.oneAnswer : this.t.manyAnswers.replace('{n}', String(reasons.length));
      return html`<p class="reasons-title">${this.t.pointsTo}<strong>${this.packText(condition.label)}</strong> (${count})</p>
        <ul class="reasons">
          ${reasons.map((reason) => html`<li>${this.packText(reason.label)}${this.cite(reason.source)}</li>`)}
        </ul>`;
    })}`;
  }

  /** Only printed: the date and the answers, above the result. */
  private renderPrintHeader(topic: Topic, ticked: ReadonlySet<string>): TemplateResult {
    const { t } = this;
    const signs = topic.symptoms.filter((symptom) => ticked.has(symptom.id));
    const patterns = topic.patterns.flatMap((pattern) => {
      const option = pattern.options.find((o) => o.id === this.current.patterns[pattern.id]);
      return option ? [html`<li>${this.packText(`${pattern.question} ${option.label}`)}</li>`] : [];
    });
    const today = new Date();
    // The local date, in machine-readable form and as shown (toISOString would give the UTC day).
    const pad = (n: number) => String(n).padStart(2, '0');
    const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    let format = dateFormats.get(this.uiLang);
    if (!format) dateFormats.set(this.uiLang, (format = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'long' })));
    return html`<div class="print-only" part="print-summary">
      <p><strong>${t.summaryTitle}</strong> · ${this.packText(topic.title)}</p>
      <p>${t.summaryDate} <time datetime=${iso}>${format.format(today)}</time></p>
      <p><strong>${t.yourAnswers}</strong></p>
      ${
        signs.length || patterns.length
          ? html`<ul>
              ${signs.map((sign) => html`<li>${this.packText(sign.clinicalTerm ? `${sign.label} (${sign.clinicalTerm})` : sign.label)}</li>`)}
              ${patterns}
            </ul>`
          : html`<p>${t.noAnswers}</p>`
      }
    </div>`;
  }
}

defineElement('health-symptom-checklist', HealthSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'health-symptom-checklist': HealthSymptomChecklist;
  }
}
