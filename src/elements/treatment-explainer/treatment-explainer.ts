import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ExplainerChangeEvent } from '../../events.js';
import { planTreatment, type PlannedList, type Situation, type TreatmentPlan } from '../../model/plan.js';
import type { SituationQuestion, Topic, Treatment } from '../../model/topic.js';
import { choiceStyles, sharedStyles } from '../../styles/shared.js';
import { ChecklistFollower } from '../checklist-follower.js';
import { defineElement, HealthElement } from '../health-element.js';
import { explainerStyles } from './treatment-explainer.styles.js';

/** Attributes kept from the first pages, each a shorthand for the situation question of that id. */
const SHORTHANDS = ['severity', 'cause', 'diet'] as const;

/** A situation as a site may give it: an object, or URL query syntax (`severity=severe&cause=diet`). */
export type SituationInput = Readonly<Record<string, string | undefined>> | string | null;

/** Reads URL query syntax into a plain object; a repeated key keeps its last value. */
function parseQuery(value: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, option] of new URLSearchParams((value ?? '').trim().replace(/^\?/, ''))) {
    if (key) out[key] = option.trim();
  }
  return out;
}

const toRecord = (value: SituationInput | undefined): Record<string, string> => {
  if (typeof value === 'string') return parseQuery(value);
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) if (typeof value[key] === 'string') out[key] = value[key] as string;
  }
  return out;
};

/**
 * What treatment and self-care fit a person's situation, and what to expect. The situation
 * questions come from the topic pack; the person answers them, or the site sets them. Nothing
 * is picked in advance: a question with no known answer holds back what depends on it and
 * says so. It never infers the situation from symptoms.
 *
 * @tagname health-treatment-explainer
 * @summary A treatment explainer for the situation the person picks or the site sets.
 *
 * @attribute {string} situation - Answers the site sets, in URL query syntax over the pack's question ids: `severity=severe&cause=absorption`.
 * @attribute {string} severity - Shorthand for `situation="severity=…"`, for packs with a `severity` question.
 * @attribute {string} cause - Shorthand for `situation="cause=…"`, for packs with a `cause` question.
 * @attribute {string} diet - Shorthand for `situation="diet=…"`, for packs with a `diet` question.
 *
 * @fires {ExplainerChangeDetail} health-explainer-change - Whenever the situation, and so the plan, changes (also when the site sets it, or another pack takes over).
 * @fires {HealthErrorDetail} health-error - The topic could not be shown.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart situation - The situation questions.
 * @csspart option - A treatment option card.
 * @csspart emergency-card - The emergency care card, when a followed checklist's answers call for it.
 * @csspart urgent-card - The urgent care card, when a followed checklist's answers call for it.
 * @csspart soon-card - The "book an appointment" care card, when a followed checklist's answers call for it.
 * @csspart about - The collapsed "About" block.
 * @csspart safety - Not a diagnosis, how it is confirmed, where to get help.
 * @csspart error - The in-place error message.
 * @csspart sources - The numbered sources and review date.
 */
export class HealthTreatmentExplainer extends HealthElement {
  static override styles = [sharedStyles, choiceStyles, explainerStyles];

  static override properties: PropertyDeclarations = {
    situation: { noAccessor: true },
    severity: {},
    cause: {},
    diet: {},
    locked: { type: Boolean, reflect: true },
    noAbout: { type: Boolean, attribute: 'no-about' },
    htmlFor: { attribute: 'for' },
    picked: { state: true },
  };

  /** Shorthand for the `severity` situation question, if the pack has one. */
  severity: string | null = null;

  /** Shorthand for the `cause` situation question, if the pack has one. */
  cause: string | null = null;

  /** Shorthand for the `diet` situation question, if the pack has one. */
  diet: string | null = null;

  /** When set, the person cannot change the answers the site set. */
  locked = false;

  /** Hides the collapsed "About" block (the pack's summary and background). */
  noAbout = false;

  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  htmlFor: string | null = null;

  /** The site's answers, from the `situation` attribute or property, unchecked. */
  private siteSituation: Record<string, string> = {};

  /** What the person picked, per question id. */
  private picked: Situation = {};

  /** The site's answers that the pack has, derived before each render. */
  private siteShown: Situation = {};

  /** The plan for the situation shown, derived before each render. */
  private currentPlan: TreatmentPlan | null = null;

  /** Topic id and situation of the last plan reported, so only a change is reported. */
  private lastPlanKey: string | null = null;

  private readonly follower = new ChecklistFollower(this, (key, message) => this.warnOnce(key, message));

  constructor() {
    super();
    // A situation a page set before this script defined the element hides the accessor: hand it over.
    if (Object.hasOwn(this, 'situation')) {
      const early = (this as { situation?: SituationInput }).situation;
      delete (this as { situation?: SituationInput }).situation;
      this.situation = early ?? null;
    }
  }

  /**
   * The situation shown: per question id of the pack, the person's pick, else the site's
   * answer. Set it (an object, or URL query syntax) to give the site's answers; they take over
   * from the person's picks for those questions. Unknown ids are ignored with a warning.
   */
  get situation(): Situation {
    const topic = this.topicData;
    return topic ? this.effectiveSituation(topic) : {};
  }

  set situation(value: SituationInput) {
    if (value !== null && value !== undefined && typeof value !== 'object' && typeof value !== 'string') {
      this.warnOnce(
        `situation-type:${typeof value}`,
        `situation: expected an object or a query string but got a ${typeof value}; ignored.`,
      );
      return;
    }
    const old = this.siteSituation;
    this.siteSituation = toRecord(value);
    this.dropPicks(Object.keys(this.siteSituation));
    this.requestUpdate('situation', old);
  }

  /** The plan for the current situation, or `null` until the topic is ready. */
  get plan(): TreatmentPlan | null {
    const topic = this.topicData;
    return topic ? planTreatment(topic, this.effectiveSituation(topic)) : null;
  }

  /** The site's answers: `situation` first, then the shorthand attributes over it. */
  private siteAnswers(): Record<string, string> {
    const answers = { ...this.siteSituation };
    for (const key of SHORTHANDS) if (this[key]) answers[key] = this[key]!;
    return answers;
  }

  /** The site's answers that the pack has, warning once about the rest. */
  private validSiteAnswers(topic: Topic): Situation {
    const valid: Situation = {};
    for (const [questionId, optionId] of Object.entries(this.siteAnswers())) {
      const question = topic.situation.find((q) => q.id === questionId);
      if (!question) {
        const known = topic.situation.map((q) => q.id).join(', ') || 'none';
        this.warnOnce(
          `situation:${questionId}`,
          `situation: "${questionId}" is not a question of this topic (its questions: ${known}); ignored.`,
        );
      } else if (!question.options.some((option) => option.id === optionId)) {
        const known = question.options.map((option) => option.id).join(', ');
        this.warnOnce(
          `situation:${questionId}=${optionId}`,
          `situation: ${questionId}="${optionId}" is not one of ${known}; ignored.`,
        );
      } else {
        valid[questionId] = optionId;
      }
    }
    return valid;
  }

  private effectiveSituation(topic: Topic, site = this.validSiteAnswers(topic)): Situation {
    const situation: Situation = { ...site };
    for (const question of topic.situation) {
      const pick = this.picked[question.id];
      const isLocked = this.locked && question.id in site;
      if (pick !== undefined && !isLocked && question.options.some((option) => option.id === pick)) situation[question.id] = pick;
    }
    return situation;
  }

  /** Whether the person may not change this answer: the site set it, and `locked` is on. */
  private isLocked(questionId: string): boolean {
    return this.locked && questionId in this.siteShown;
  }

  private dropPicks(questionIds: readonly string[]): void {
    if (!questionIds.some((id) => id in this.picked)) return;
    this.picked = Object.fromEntries(Object.entries(this.picked).filter(([id]) => !questionIds.includes(id)));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor')) this.follower.follow(this.htmlFor);
    // A value the site sets takes over from an earlier pick.
    this.dropPicks(SHORTHANDS.filter((key) => changed.has(key)));
    const topic = this.topicData;
    this.siteShown = topic ? this.validSiteAnswers(topic) : {};
    // Locking shows what the site set again, in place of an earlier pick.
    if (this.locked) this.dropPicks(Object.keys(this.siteShown));
    this.currentPlan = topic ? planTreatment(topic, this.effectiveSituation(topic, this.siteShown)) : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const plan = this.currentPlan;
    if (!plan) {
      this.lastPlanKey = null;
      return;
    }
    // A new pack is a new plan too, even for the same situation.
    const key = `${plan.topicId} ${JSON.stringify(plan.situation)}`;
    if (this.lastPlanKey !== null && this.lastPlanKey !== key) {
      this.emit(new ExplainerChangeEvent({ topicId: plan.topicId, situation: plan.situation, plan }));
    }
    this.lastPlanKey = key;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const topic = this.topicData;
    const questionId = input.dataset.question;
    if (!topic || !questionId || this.isLocked(questionId)) return;
    this.picked = { ...this.picked, [questionId]: input.value };
  }

  protected renderTopic(topic: Topic): TemplateResult {
    const { t } = this;
    const plan = this.currentPlan!;
    const assessment = this.follower.assessment?.topicId === topic.id ? this.follower.assessment : null;
    // Self-care never stands beside a call to get help today or now.
    const hidesSelfCare = assessment?.urgency === 'urgent' || assessment?.urgency === 'emergency';
    const isShown = (item: { selfCare?: boolean }) => !(hidesSelfCare && item.selfCare);
    const treatments = topic.treatments.filter(isShown);
    const lists = plan.lists.filter(isShown);
    const isAnyHidden = treatments.length < topic.treatments.length || lists.length < plan.lists.length;
    return html`
      ${this.heading(this.label('explainerTitle'), { className: 'title' })} ${this.urgencyCard(assessment, 1)}
      ${isAnyHidden ? html`<p class="self-care-hidden">${t.selfCareHidden}</p>` : nothing}
      ${plan.intro ? this.statement(plan.intro) : nothing} ${this.noAbout ? nothing : this.renderAbout(topic)}
      ${
        topic.situation.length
          ? html`<div
              class="situation"
              part="situation"
              role="group"
              aria-labelledby="situation-heading"
              @change=${this.onChange}
            >
              ${this.heading(this.label('situationTitle'), { depth: 1, id: 'situation-heading', className: 'subtitle' })}
              ${topic.situation.map((question) => this.renderQuestion(question, plan))}
            </div>`
          : nothing
      }
      ${treatments.length ? this.renderTreatments(plan, new Set(treatments)) : nothing}
      ${lists.map((list) => this.renderList(list))}
      ${
        plan.steps.length
          ? html`<section aria-labelledby="steps-heading">
              ${this.heading(this.label('stepsTitle'), { depth: 1, id: 'steps-heading', className: 'subtitle' })}
              ${plan.steps.map((step) => this.statement(step))}
            </section>`
          : nothing
      }
      ${this.renderSafety(topic)} ${this.renderSources(topic)}
    `;
  }

  private renderQuestion(question: SituationQuestion, plan: TreatmentPlan): TemplateResult {
    const isLocked = this.isLocked(question.id);
    return html`<fieldset ?disabled=${isLocked}>
      <legend>${this.packText(question.question)}</legend>
      ${question.options.map((option) => {
        const id = `situation-${question.id}-${option.id}`;
        return html`<div class="choice">
          <input
            type="radio"
            name="situation-${question.id}"
            id=${id}
            data-question=${question.id}
            .value=${option.id}
            .checked=${plan.situation[question.id] === option.id}
          />
          <label for=${id}>${this.packText(option.label)}</label>
        </div>`;
      })}
      ${isLocked ? html`<span class="hint">${this.t.lockedHint}</span>` : nothing}
    </fieldset>`;
  }

  private renderTreatments(plan: TreatmentPlan, shown: ReadonlySet<Treatment>): TemplateResult {
    const { t } = this;
    const options = plan.options.filter((option) => shown.has(option));
    return html`<section aria-labelledby="options-heading">
      ${this.heading(this.label('treatmentsTitle'), { depth: 1, id: 'options-heading', className: 'subtitle' })}
      ${
        options.length
          ? html`<div class="options">
              ${options.map(
                (option) =>
                  html`<div class="option" part="option">
                    ${this.heading(this.packText(option.label), { depth: 2, className: 'small-heading' })}
                    ${this.statement(option.description)}
                    <p><strong>${t.whyThisFits}</strong>${this.packText(option.reason.text)}${this.cite(option.reason.source)}</p>
                  </div>`,
              )}
            </div>`
          : nothing
      }
      ${plan.pending.map((pending) => this.statement(pending.statement))}
      ${options.length || plan.pending.length ? nothing : html`<p>${t.noOptionFits}</p>`}
    </section>`;
  }

  private renderList(list: PlannedList): TemplateResult {
    const headingId = `list-${list.id}-heading`;
    return html`<section aria-labelledby=${headingId}>
      ${this.heading(this.packText(list.title), { depth: 1, id: headingId, className: 'subtitle' })}
      ${list.advice ? this.statement(list.advice) : nothing} ${list.pending ? this.statement(list.pending) : nothing}
      ${
        list.items.length
          ? html`<ul>
              ${list.items.map((item) => html`<li>${this.packText(item.label)}${this.cite(item.source)}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }
}

defineElement('health-treatment-explainer', HealthTreatmentExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'health-treatment-explainer': HealthTreatmentExplainer;
  }
}
