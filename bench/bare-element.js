// The baseline: a bare Lit element with one style and one render, bundled like ours.
import { css, html, LitElement } from 'lit';

class BenchBare extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  render() {
    return html`<p>Hello</p>`;
  }
}
customElements.define('bench-bare', BenchBare);
