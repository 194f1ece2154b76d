/**
 * Layout promises shared by the three elements: reflow at 320 CSS px (what 200% zoom gives a
 * 640 px window), right-to-left pages, forced-colours rules and 24 px targets.
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
