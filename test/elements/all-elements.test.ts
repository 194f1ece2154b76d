/**
 * Promises shared by the three elements: reflow at 320 CSS px (what 200% zoom gives a 640 px
 * window), right-to-left pages, forced-colours rules, 24 px targets, and pack text that is
 * always text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HealthElement } from '../../src/index.js';
import { answer, settle } from './follow-helpers.js';

const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;

async function page(dir: 'ltr' | 'rtl' = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
    <health-symptom-checklist id="layout-checklist"></health-symptom-checklist>
    <health-comparison-table for="layout-checklist"></health-comparison-table>
    <health-treatment-explainer for="layout-checklist"></health-treatment-explainer>
  </div>`);
  const elements = TAGS.map((tag) => wrapper.querySelector(tag) as unknown as HealthElement);
  await settle(...elements);
  return { wrapper, elements };
}

describe('layout of all three elements', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('reflows at 320 CSS px: nothing is wider than the element, in any state', async () => {
    await setViewport({ width: 320, height: 640 });
    const { elements } = await page();
    const [checklist] = elements;
    await answer(checklist as never, 'balance', 'tingling', 'onset-slow');
    (checklist.shadowRoot!.querySelector('.actions button') as HTMLButtonElement).click();
    await settle(...elements);
    for (const el of elements) {
      expect(el.scrollWidth, `<${el.localName}> scrollWidth`).to.be.at.most(el.clientWidth + 1);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${node.localName}.${node.className} in <${el.localName}>`).to.be.at.most(320 + 1);
      }
    }
  });

  it('lays out right to left in a dir="rtl" page: accents sit on the inline start, at the right', async () => {
    const { elements } = await page('rtl');
    const [, table, explainer] = elements;
    table.setAttribute('layout', 'stacked');
    table.setAttribute('highlight', 'b12');
    await settle(table);
    const cell = table.shadowRoot!.querySelector('td.highlight')!;
    const style = getComputedStyle(cell);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    const option = explainer.shadowRoot!.querySelector('[part="situation"] input')!;
    const label = option.nextElementSibling!;
    expect(option.getBoundingClientRect().left).to.be.greaterThan(label.getBoundingClientRect().left);
  });

  it('every checkbox, radio and button is a target of at least 24 x 24 CSS px', async () => {
    const { elements } = await page();
    for (const el of elements) {
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('input, button')) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), `${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
      }
    }
  });

  it('has forced-colours rules that keep cards, marks, buttons and focus visible', async () => {
    const { elements } = await page();
    for (const el of elements) {
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
      const text = rules.map((rule) => rule.cssText).join('\n');
      expect(text, `<${el.localName}>`).to.match(/focus-visible[^}]*canvastext/i);
      expect(text, `<${el.localName}>`).to.match(/care-card[^}]*canvastext/i);
    }
  });
});

describe('hostile pack text in every element', () => {
  it('HTML in a pack loaded by src is shown as text in the table and the explainer, and never runs', async () => {
    const script = '<script>window.__pwned = 1</script>';
    const img = '<img src=x onerror="window.__pwned = 1">';
    const base = (await import('../../src/topics/b12-muscle-tightness.js')).b12MuscleTightness;
    const hostile = structuredClone(base);
    hostile.id = `hostile-${Math.random().toString(36).slice(2)}`;
    hostile.comparison[0].label = script;
    hostile.comparison[0].values.b12 = img;
    hostile.treatments[1].label = img;
    hostile.foods[0].label = script;
    hostile.guidance.confirmCause.text = img;
    const { registerTopic } = await import('../../src/model/registry.js');
    registerTopic(hostile);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <health-comparison-table topic=${hostile.id}></health-comparison-table>
      <health-treatment-explainer topic=${hostile.id} severity="severe"></health-treatment-explainer>
    </div>`);
    const elements = [...wrapper.children] as HealthElement[];
    await settle(...elements);
    for (const el of elements) {
      const root = el.shadowRoot!;
      expect(root.querySelector('script, img'), `<${el.localName}>`).to.equal(null);
      expect(root.textContent).to.include(img);
    }
    expect(elements[0].shadowRoot!.textContent).to.include(script);
    expect(elements[1].shadowRoot!.textContent).to.include(script);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
