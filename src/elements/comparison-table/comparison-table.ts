import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { UNCLEAR } from '../../model/assess.js';
import { selectById } from '../../model/select.js';
import type { Topic } from '../../model/topic.js';
import { sharedStyles } from '../../styles/shared.js';
import { ChecklistFollower } from '../checklist-follower.js';
import { defineElement, HealthElement } from '../health-element.js';
import { comparisonTableStyles } from './comparison-table.styles.js';

/** How the table is laid out: `auto` stacks it into cards in a narrow container. */
export type ComparisonLayout = 'auto' | 'table' | 'stacked';
const LAYOUTS: readonly ComparisonLayout[] = ['auto', 'table', 'stacked'];

/**
 * The differential table: how the pack's conditions differ, feature by feature, each cell
 * with its source. In a narrow container it becomes stacked cards that keep the table's
 * semantics. With `for`, it follows a checklist: the column the answers lean to and the rows
 * they touched are marked in words, not by colour alone.
 *
 * @tagname health-comparison-table
 * @summary A sourced comparison table that reflows into cards.
 *
 * @fires {HealthErrorDetail} health-error - The topic could not be shown.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart table - The table.
 * @csspart highlight - The header and cells of the highlighted column.
 * @csspart touched - A row the followed checklist's answers touched.
 * @csspart safety - Not a diagnosis, how it is confirmed, where to get help.
 * @csspart error - The in-place error message.
 * @csspart sources - The numbered sources and review date.
 */
export class HealthComparisonTable extends HealthElement {
  static override styles = [sharedStyles, comparisonTableStyles];

  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: 'for' },
    highlight: {},
    features: {},
    layout: { reflect: true },
  };

  /** Id of a `<health-symptom-checklist>` to follow. */
  htmlFor: string | null = null;

  /** Condition id whose column is highlighted (the followed checklist's leaning wins). */
  highlight: string | null = null;

  /** Comma-separated comparison row ids to show, in that order; all when empty. */
  features: string | null = null;

  /** `auto` (cards in a narrow container), `table` or `stacked`. */
  layout: ComparisonLayout = 'auto';

  private readonly follower = new ChecklistFollower(this, (key, message) => this.warnOnce(key, message));

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor')) this.follower.follow(this.htmlFor);
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout)) {
      this.warnOnce('layout', `layout="${this.layout}" is not one of auto, table, stacked; using auto.`);
    }
    const topic = this.topicData;
    if (!topic) return;
    if (!topic.comparison.length)
      this.warnOnce('no-rows', `the pack "${topic.id}" has no comparison rows; the table says so instead.`);
    const { unknown } = selectById(topic.comparison, this.features);
    if (unknown.length) this.warnOnce(`features:${unknown}`, `features: ignored unknown ${unknown.join(', ')}`);
    if (this.highlight && !topic.conditions.some((condition) => condition.id === this.highlight)) {
      this.warnOnce(`highlight:${this.highlight}`, `highlight="${this.highlight}" is not a condition of this topic.`);
    }
  }

  protected renderTopic(topic: Topic): TemplateResult {
    const { t } = this;
    const rows = selectById(topic.comparison, this.features).selected;
    if (!rows.length) {
      // A pack may compare nothing: say so in words, not with an empty table.
      return html`${this.heading(this.label('tableTitle'), { className: 'title' })}
        <p>${t.noComparison}</p>
        ${this.renderSafety(topic)} ${this.renderSources(topic)}`;
    }
    const assessment = this.follower.assessment?.topicId === topic.id ? this.follower.assessment : null;
    const fromAnswers = assessment !== null && assessment.leaning !== UNCLEAR;
    const leaning = fromAnswers ? assessment.leaning : this.highlight;
    // Only the person's own answers may say "your answers"; a site's highlight says less.
    const leanMark = fromAnswers ? t.answersLeanTo : t.highlighted;
    const touched = new Set(assessment?.touchedRows);
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'auto';
    const scrolls = layout === 'table';
    const mark = (text: string) => html`<span class="mark">${text}</span>`;
    // The heading sits above the table, not in its caption: with the explicit table roles,
    // a heading inside the caption is a child the table role does not allow. The caption
    // still names the table, for screen readers only, so the title is not shown twice.
    return html`${this.heading(this.label('tableTitle'), { id: 'title', className: 'title' })}
      <div
        class="frame ${layout}"
        role=${scrolls ? 'region' : nothing}
        aria-labelledby=${scrolls ? 'title' : nothing}
        tabindex=${scrolls ? '0' : nothing}
      >
        <table role="table" part="table">
          <caption class="visually-hidden">
            ${this.label('tableTitle')}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">${t.feature}</th>
              ${topic.conditions.map(
                (condition) =>
                  html`<th
                    role="columnheader"
                    scope="col"
                    part=${condition.id === leaning ? 'highlight' : nothing}
                    class=${condition.id === leaning ? 'highlight' : nothing}
                  >
                    ${this.packText(condition.label)}${condition.id === leaning ? mark(leanMark) : nothing}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${rows.map(
              (row) =>
                html`<tr
                  role="row"
                  part=${touched.has(row.id) ? 'touched' : nothing}
                  class=${touched.has(row.id) ? 'touched' : nothing}
                >
                  <th role="rowheader" scope="row">
                    ${this.packText(row.label)}${touched.has(row.id) ? mark(t.yourAnswersMark) : nothing}
                  </th>
                  ${topic.conditions.map(
                    (condition) =>
                      html`<td
                        role="cell"
                        part=${condition.id === leaning ? 'highlight' : nothing}
                        class=${condition.id === leaning ? 'highlight' : nothing}
                      >
                        <span class="cell-label" aria-hidden="true"
                          >${this.packText(condition.label)}${condition.id === leaning ? mark(leanMark) : nothing}</span
                        >${this.packText(row.values[condition.id])}${this.cite(row.source)}
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderSafety(topic)} ${this.renderSources(topic)}`;
  }
}

defineElement('health-comparison-table', HealthComparisonTable);

declare global {
  interface HTMLElementTagNameMap {
    'health-comparison-table': HealthComparisonTable;
  }
}
