// The "bare Lit element" the checklist's CPU budget is measured against: the checklist's own first
// render (its markup and styles, captured from the built drop-in earlier in the same run) as one
// static Lit template, with no logic, no pack and no bindings. So the ratio is what our code costs
// on top of painting the very same page with Lit.
import { html, LitElement, unsafeCSS } from 'lit';
import page from '../.out/static-checklist.json';

// Lit takes a template strings array only: one string, no expressions.
const strings = Object.assign([page.markup], { raw: [page.markup] });

class BareStatic extends LitElement {
  static styles = unsafeCSS(page.css);

  render() {
    return html(strings);
  }
}

customElements.define('bare-static', BareStatic);
