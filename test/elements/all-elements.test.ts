/**
 * Promises shared by the three elements: reflow at 320 CSS px (what 200% zoom gives a 640 px
 * window), right-to-left pages, forced-colours rules, 24 px targets, and pack text that is
 * always text.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { en } from '../../src/i18n/strings.js';
import type { HealthElement, HealthSymptomChecklist, HealthTreatmentExplainer } from '../../src/index.js';
import { clonePack, control, part, parts, PLANT, plantTopic, recordEvents, shownText, squash, uniqueId } from './helpers.js';

const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;

/** Lets observers and timers queued so far run, then waits for the elements' render. */
async function settle(...elements: HealthElement[]): Promise<void> {
  await aTimeout(0);
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Ticks signs and picks pattern options in a checklist by their labels, as a person does. */
async function answer(checklist: HealthSymptomChecklist, ...ids: string[]): Promise<void> {
  const answers = [...plantTopic.symptoms, ...plantTopic.patterns.flatMap((pattern) => pattern.options)];
  for (const id of ids) {
    control(checklist, answers.find((a) => a.id === id)!.label).click();
    await checklist.updateComplete;
  }
}

async function page(dir: 'ltr' | 'rtl' = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
    <health-symptom-checklist id="layout-checklist" topic=${PLANT}></health-symptom-checklist>
    <health-comparison-table for="layout-checklist" topic=${PLANT}></health-comparison-table>
    <health-treatment-explainer for="layout-checklist" topic=${PLANT}></health-treatment-explainer>
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
    // A red flag, a leaning and a pattern answer: the result, the urgent cards and the marks all show.
    await answer(checklist as HealthSymptomChecklist, 'whole-plant-wilts', 'brown-spots', 'light-shade');
    parts(checklist, 'button').find((button) => squash(button.textContent) === en.showResult)!.click();
    await settle(...elements);
    expect(parts(checklist, '[part="result"]')).to.have.length(1);
    expect(parts(elements[1], 'td[part~="highlight"]')).to.not.be.empty;
    expect(parts(elements[2], '[part="urgent-card"]')).to.have.length(1);
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
    table.setAttribute('highlight', 'sunburn');
    await settle(table);
    const cell = table.shadowRoot!.querySelector('td[part~="highlight"]')!;
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
    const hostile = clonePack();
    hostile.id = uniqueId('hostile');
    hostile.comparison[0].label = script;
    hostile.comparison[0].values.fungus = img;
    // "spray" fits a large plant that lives outdoors.
    hostile.treatments[1].label = img;
    hostile.steps[0].text = script;
    hostile.guidance.notDiagnosis.text = img;
    const src = URL.createObjectURL(new Blob([JSON.stringify(hostile)], { type: 'application/json' }));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-comparison-table src=${src}></health-comparison-table>
        <health-treatment-explainer src=${src} situation="size=large&place=outdoors"></health-treatment-explainer>
      </div>`);
      const elements = [...wrapper.children] as HealthElement[];
      await waitUntil(() => elements.every((el) => el.topicData?.id === hostile.id), 'the hostile pack to load');
      await settle(...elements);
      for (const el of elements) {
        const root = el.shadowRoot!;
        expect(root.querySelector('script, img'), `<${el.localName}>`).to.equal(null);
        expect(root.textContent).to.include(img);
      }
      expect(elements[0].shadowRoot!.textContent).to.include(script);
      expect(elements[1].shadowRoot!.textContent).to.include(script);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});

describe('a pack for another topic, written as data only', () => {
  it('renders in all three widgets with no error: the result, the table highlight and the plan are right', async () => {
    const errors = recordEvents(document, 'health-error');
    const { elements } = await page();
    const [checklist, table, explainer] = elements as [HealthSymptomChecklist, HealthElement, HealthTreatmentExplainer];
    await answer(checklist, 'brown-spots', 'musty-smell', 'light-shade');
    [...parts(checklist, 'button')].find((button) => squash(button.textContent) === en.showResult)!.click();
    explainer.situation = 'size=small&place=indoors';
    await settle(checklist, table, explainer);

    // Brown spots (2) + musty smell (1) + shade (2) lean to the fungus by 5 to 0.
    expect(squash(part(checklist, '[part="result"]').textContent)).to.include('Your answers look more like a fungus.');
    const highlighted = parts(table, 'th[part~="highlight"]').map((th) => squash(th.textContent));
    expect(highlighted).to.deep.equal([`A fungus${en.answersLeanTo}`]);
    const options = parts(explainer, '[part="option"] [role="heading"]').map((heading) => squash(heading.textContent));
    expect(options).to.deep.equal(['Repot in fresh soil', 'Trim spotted leaves']);
    for (const el of elements) expect(shownText(el), el.localName).to.not.match(/B12|vitamin|deficiency/i);
    await aTimeout(0);
    errors.stop();
    expect(errors.events).to.deep.equal([]);
  });
});
