// The baselines: hand-written Lit elements that render the same text as the three widgets (a
// snapshot of the English B12 pack in content.json) with plain semantic markup and a small
// stylesheet, bundled into one script as the drop-in bundles ours. Each widget is measured
// against its counterpart here, so the figures say what our structure costs, not what Lit does.
import { css, html, LitElement, nothing } from 'lit';
import content from './content.json';

const styles = css`
  :host {
    display: block;
    max-width: 48rem;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.5rem 1rem;
    border: 1px solid #d8dde0;
    border-radius: 4px;
  }
  legend {
    font-weight: 600;
  }
  label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.25rem 0;
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: #005eb8;
  }
  .term,
  .hint,
  .cite,
  .muted {
    color: #4c6272;
  }
  .hint {
    display: block;
    margin: 0 0 0.25rem 1.75rem;
  }
  button {
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: 4px;
    color: #fff;
    background: #005eb8;
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid #ffeb3b;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid #d8dde0;
    text-align: start;
    vertical-align: top;
  }
  .safety {
    padding: 0.5rem 1rem;
    background: #f0f4f5;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;

const cited = ({ text, cite }) => html`<p>${text} <span class="cite">${cite}</span></p>`;
const about = ({ title, paragraphs }) =>
  html`<details>
    <summary>${title}</summary>
    ${paragraphs.map(cited)}
  </details>`;
const choices = (type, { id, question, options }) =>
  html`<fieldset>
    <legend>${question}</legend>
    ${options.map((option) => html`<label><input type=${type} name=${id} value=${option.id} /> ${option.label}</label>`)}
  </fieldset>`;
const footer = ({ safety, sources }) =>
  html`<div class="safety">${safety.map(cited)}</div>
    <h3>${sources.title}</h3>
    <ol>
      ${sources.items.map(
        (source) =>
          html`<li>
            ${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}${source.publisher ? `, ${source.publisher}` : ''}
          </li>`,
      )}
    </ol>
    <p class="muted">${sources.reviewed}</p>`;

class BareChecklist extends LitElement {
  static styles = styles;
  static properties = { ticked: { state: true } };

  constructor() {
    super();
    this.ticked = new Set();
  }

  onChange(event) {
    const input = event.target;
    if (input.type !== 'checkbox') return;
    const ticked = new Set(this.ticked);
    if (input.checked) ticked.add(input.name);
    else ticked.delete(input.name);
    this.ticked = ticked;
  }

  render() {
    const c = content.checklist;
    return html`<h2>${c.title}</h2>
      <p>${c.intro}</p>
      ${about(c.about)}
      <form @change=${this.onChange}>
        ${c.categories.map(
          (category) =>
            html`<fieldset>
              <legend>${category.label}</legend>
              ${category.signs.map(
                (sign) =>
                  html`<label
                      ><input type="checkbox" name=${sign.id} .checked=${this.ticked.has(sign.id)} /> ${sign.label}
                      ${sign.term ? html`<span class="term">(${sign.term})</span>` : nothing}</label
                    >${sign.hint ? html`<span class="hint">${sign.hint}</span>` : nothing}`,
              )}
              <label><input type="checkbox" name="none" /> ${c.none}</label>
            </fieldset>`,
        )}
        <h3>${c.patternsTitle}</h3>
        ${c.patterns.map((pattern) => choices('radio', pattern))}
        <button type="button">${c.button}</button>
      </form>
      <p role="status" class="visually-hidden">${this.ticked.size}</p>
      ${footer(c)}`;
  }
}

class BareTable extends LitElement {
  static styles = styles;

  render() {
    const c = content.table;
    return html`<h2>${c.title}</h2>
      <table>
        <caption class="visually-hidden">
          ${c.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${c.feature}</th>
            ${c.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${c.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                ${row.values.map((value) => html`<td>${value.text} <span class="cite">${value.cite}</span></td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
      ${footer(c)}`;
  }
}

class BareExplainer extends LitElement {
  static styles = styles;

  render() {
    const c = content.explainer;
    return html`<h2>${c.title}</h2>
      ${cited(c.intro)} ${about(c.about)}
      <h3>${c.situationTitle}</h3>
      ${c.questions.map((question) => choices('radio', question))}
      ${c.sections.map(
        (section) =>
          html`<section>
            <h3>${section.title}</h3>
            ${section.paragraphs.map(cited)}
          </section>`,
      )}
      ${footer(c)}`;
  }
}

/** A Lit element with one paragraph: the floor under every figure. */
class BareMinimal extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  render() {
    return html`<p>Hello</p>`;
  }
}

customElements.define('bare-checklist', BareChecklist);
customElements.define('bare-table', BareTable);
customElements.define('bare-explainer', BareExplainer);
customElements.define('bare-minimal', BareMinimal);
