import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ExplainerChangeEvent } from '../../events.js';
import type { Strings } from '../../i18n/strings.js';
import { planTreatment, type Situation, type TreatmentPlan } from '../../model/plan.js';
import { CAUSES, DIETS, SEVERITIES, type Cause, type Diet, type Severity, type Topic } from '../../model/topic.js';
import { choiceStyles, sharedStyles } from '../../styles/shared.js';
import { ChecklistFollower } from '../checklist-follower.js';
import { defineElement, HealthElement } from '../health-element.js';
import { explainerStyles } from './treatment-explainer.styles.js';

type Axis = keyof Situation;

/** Each axis: its allowed values, its default, and the UI strings of its legend and values. */
const AXES: ReadonlyArray<{ axis: Axis; values: readonly string[]; fallback: string; legend: keyof Strings; labels: Array<keyof Strings> }> = [
  { axis: 'severity', values: SEVERITIES, fallback: 'mild', legend: 'severity', labels: ['severityMild', 'severitySevere'] },
  { axis: 'cause', values: CAUSES, fallback: 'unknown', legend: 'cause', labels: ['causeDiet', 'causeAbsorption', 'causeUnknown'] },
  { axis: 'diet', values: DIETS, fallback: 'omnivore', legend: 'diet', labels: ['dietOmnivore', 'dietVegetarian', 'dietVegan'] },
];

/**
 * How low B12 is treated, for a situation the person picks or the site sets: oral
 * supplements or injections and why, food sources for their diet, monitoring, recovery time
 * and why acting early matters. It never infers severity or cause from symptoms.
 *
 * @tagname health-treatment-explainer
 * @summary A treatment explainer for a chosen severity, cause and diet.
 *
 * @fires {ExplainerChangeDetail} health-explainer-change - Whenever the situation, and so the plan, changes.
 * @fires {HealthErrorDetail} health-error - The topic could not be shown.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart situation - The severity, cause and diet controls.
 * @csspart option - A treatment option card.
 * @csspart urgent-card - The urgent care card, when a followed checklist has red flags.
 * @csspart care-card - The non-urgent care card.
 * @csspart error - The in-place error message.
 * @csspart sources - The numbered sources and review date.
 *
 * @cssprop [--health-accent=#005eb8] - Accent colour.
 * @cssprop [--health-danger=#d5281b] - Colour of urgent advice.
 * @cssprop [--health-subtle=#f0f4f5] - Background of the controls.
 * @cssprop [--health-border=#d8dde0] - Border colour.
 * @cssprop [--health-space=1rem] - Base spacing.
 * @cssprop [--health-radius=4px] - Corner radius.
 * @cssprop [--health-focus=#ffeb3b] - Focus ring colour.
 */
export class HealthTreatmentExplainer extends HealthElement {
  static override styles = [sharedStyles, choiceStyles, explainerStyles];

  static override properties: PropertyDeclarations = {
    severity: {},
    cause: {},
    diet: {},
    locked: { type: Boolean, reflect: true },
    htmlFor: { attribute: 'for' },
    picked: { state: true },
  };

  /** How severe the deficiency is, as a provider has said. Other values are ignored with a warning. */
  severity: Severity | null = null;

  /** What causes it. Other values are ignored with a warning. */
  cause: Cause | null = null;

  /** What the person eats. Other values are ignored with a warning. */
  diet: Diet | null = null;

  /** When set, the person cannot change what the site set. */
  locked = false;

  /** Id of a `<health-symptom-checklist>`: its red-flag signs show here too. */
  htmlFor: string | null = null;

  /** What the person picked, per axis. */
  private picked: Partial<Record<Axis, string>> = {};

  private emitted: string | null = null;
  /** The plan the last render showed, for the change event. */
  private shownPlan: TreatmentPlan | null = null;

  private readonly follower = new ChecklistFollower(this, (key, message) => this.warnOnce(key, message));

  /** The situation shown: the person's pick, else the site's valid value, else a default. */
  get situation(): Situation {
    const entries = AXES.map(({ axis, fallback }) => [axis, this.picked[axis] ?? this.siteValue(axis) ?? fallback]);
    return Object.fromEntries(entries) as Situation;
  }

  /** The plan for the current situation, or `null` until the topic is ready. */
  get plan(): TreatmentPlan | null {
    const topic = this.topicData;
    return topic ? planTreatment(topic, this.situation) : null;
  }

  private siteValue(axis: Axis): string | null {
    const value = this[axis];
    return value && AXES.find((a) => a.axis === axis)!.values.includes(value) ? value : null;
  }

  private isLocked(axis: Axis): boolean {
    return this.locked && this.siteValue(axis) !== null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor')) this.follower.follow(this.htmlFor);
    if (changed.has('locked') && this.locked) {
      // Locking shows what the site set again, in place of an earlier pick.
      this.picked = Object.fromEntries(Object.entries(this.picked).filter(([axis]) => !this.isLocked(axis as Axis)));
    }
    for (const { axis, values } of AXES) {
      if (!changed.has(axis)) continue;
      // A value the site sets takes over from an earlier pick.
      const { [axis]: _, ...rest } = this.picked;
      this.picked = rest;
      const value = this[axis];
      if (value && !values.includes(value)) {
        this.warnOnce(`${axis}:${value}`, `${axis}="${value}" is not one of ${values.join(', ')}; ignored.`);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a ready topic renders a plan.
    const plan = this.topicData ? this.shownPlan : null;
    if (!plan) {
      this.emitted = null;
      return;
    }
    // A new pack is a new plan too, even for the same situation.
    const key = `${plan.topicId} ${JSON.stringify(plan.situation)}`;
    if (this.emitted !== null && this.emitted !== key) {
      this.emit(new ExplainerChangeEvent({ topicId: plan.topicId, situation: plan.situation, plan }));
    }
    this.emitted = key;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const axis = input.name as Axis;
    if (this.isLocked(axis)) return;
    this.picked = { ...this.picked, [axis]: input.value };
  }

  protected renderTopic(topic: Topic): TemplateResult {
    const { t } = this;
    const plan = planTreatment(topic, this.situation);
    this.shownPlan = plan;
    const assessment = this.follower.assessment?.topicId === topic.id ? this.follower.assessment : null;
    return html`
      ${this.heading(t.explainerTitle, { className: 'title' })} ${this.redFlagCard(assessment, 1)}
      ${this.statement(plan.steps[0])}
      <div class="situation" part="situation" role="group" aria-labelledby="situation-heading" @change=${this.onChange}>
        ${this.heading(t.yourSituation, { depth: 1, id: 'situation-heading', className: 'subtitle' })}
        ${AXES.map(({ axis, values, legend, labels }) => {
          const locked = this.isLocked(axis);
          return html`<fieldset ?disabled=${locked}>
            <legend>${t[legend]}</legend>
            ${values.map(
              (value, index) => html`<div class="choice">
                <input
                  type="radio"
                  name=${axis}
                  id="${axis}-${value}"
                  .value=${value}
                  .checked=${plan.situation[axis] === value}
                />
                <label for="${axis}-${value}">${t[labels[index]]}</label>
              </div>`,
            )}
            ${locked ? html`<span class="hint">${t.lockedHint}</span>` : nothing}
          </fieldset>`;
        })}
      </div>
      <section aria-labelledby="options-heading">
        ${this.heading(t.treatmentOptions, { depth: 1, id: 'options-heading', className: 'subtitle' })}
        ${plan.options.length
          ? html`<div class="options">
              ${plan.options.map(
                (option) => html`<div class="option" part="option">
                  ${this.heading(this.packText(option.label), { depth: 2, className: 'small-heading' })}
                  ${this.statement(option.description)}
                  <p><strong>${t.whyThisFits}</strong>${this.packText(option.reason.text)}${this.cite(option.reason.source)}</p>
                </div>`,
              )}
            </div>`
          : this.statement(plan.dependsOnCause!)}
      </section>
      <section aria-labelledby="foods-heading">
        ${this.heading(t.foodSources, { depth: 1, id: 'foods-heading', className: 'subtitle' })}
        ${this.statement(plan.dietAdvice)}
        <ul>
          ${plan.foods.map((food) => html`<li>${this.packText(food.label)}${this.cite(food.source)}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="expect-heading">
        ${this.heading(t.whatToExpect, { depth: 1, id: 'expect-heading', className: 'subtitle' })}
        ${plan.steps.slice(1).map((step) => this.statement(step))}
      </section>
      ${this.careCard('info', t.important, this.statement(plan.notDiagnosis), 1)} ${this.renderSources(topic)}
    `;
  }
}

defineElement('health-treatment-explainer', HealthTreatmentExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'health-treatment-explainer': HealthTreatmentExplainer;
  }
}
