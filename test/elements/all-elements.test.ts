/**
 * Promises shared by the three elements: reflow at 320 CSS px (what 200% zoom gives a 640 px
 * window), right-to-left pages, forced-colours rules, 24 px targets, and pack text that is
 * always text.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { en } from '../../src/i18n/strings.js';
import { hostileValue } from '../fixtures/hostile.js';
import {
  HealthElement,
  registerStrings,
  registerTopic,
  type HealthComparisonTable,
  type HealthSymptomChecklist,
  type HealthTreatmentExplainer,
  type Topic,
} from '../../src/index.js';
import { arabicPlantPack } from '../fixtures/packs.js';
import {
  answer,
  clonePack,
  control,
  errorOf,
  expectOneWarning,
  getByPart,
  hasPart,
  headings,
  isBusy,
  optionTitles,
  packUrl,
  PLANT,
  plantTopic,
  queryAllByPart,
  queryAllByRole,
  recordEvents,
  settle,
  showResult,
  watchWarnings,
  squash,
  TAGS,
  textOf,
  threeWidgets,
  uniqueId,
  whenReady,
} from '../harness/index.js';

/** Every checkbox, radio and button of an element. */
const targets = (el: Element) => ['checkbox', 'radio', 'button'].flatMap((role) => queryAllByRole(el, role));
/** The cells and headers of the highlighted column. */
const highlighted = (table: Element, role: 'cell' | 'columnheader') =>
  queryAllByRole(table, role).filter((node) => hasPart(node, 'highlight'));
/** The group names of a checklist's answers. */
const legendsOf = (el: Element) =>
  queryAllByRole(el, 'group')
    .filter((group) => queryAllByRole(group, 'checkbox').length)
    .map((group) => squash(group.querySelector('legend')?.textContent));

describe('layout of all three elements', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('reflows at 320 CSS px: nothing is wider than the element, in any state', async () => {
    await setViewport({ width: 320, height: 640 });
    const { elements, checklist, table, explainer } = await threeWidgets();
    // A red flag, a leaning and a pattern answer: the result, the urgent cards and the marks all show.
    await answer(checklist, 'whole-plant-wilts', 'brown-spots', 'light-shade');
    await showResult(checklist);
    await settle(...elements);
    expect(queryAllByPart(checklist, 'result')).to.have.length(1);
    expect(highlighted(table, 'cell')).to.not.be.empty;
    expect(queryAllByPart(explainer, 'urgent-card')).to.have.length(1);
    for (const el of elements) {
      expect(el.scrollWidth, `<${el.localName}> scrollWidth`).to.be.at.most(el.clientWidth + 1);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `<${node.localName}> "${textOf(node).slice(0, 30)}" in <${el.localName}>`).to.be.at.most(320 + 1);
      }
    }
  });

  /**
   * Where the accents sit: the highlighted cell's bar (stacked layout) on the right or the left,
   * and the situation's first radio to the right or the left of its label.
   */
  async function accents(
    table: HealthElement,
    explainer: HealthElement,
  ): Promise<{ bar: 'right' | 'left'; radio: 'right' | 'left' }> {
    table.setAttribute('layout', 'stacked');
    table.setAttribute('highlight', 'sunburn');
    await settle(table);
    const style = getComputedStyle(highlighted(table, 'cell')[0]);
    const [right, left] = [parseFloat(style.borderRightWidth), parseFloat(style.borderLeftWidth)];
    expect(right, 'one side carries the bar').to.not.equal(left);
    const option = queryAllByRole(getByPart(explainer, 'situation'), 'radio')[0] as HTMLInputElement;
    const label = option.labels![0];
    return {
      bar: right > left ? 'right' : 'left',
      radio: option.getBoundingClientRect().left > label.getBoundingClientRect().left ? 'right' : 'left',
    };
  }

  it('lays out right to left for a pack in a right-to-left language (ar, with its UI strings): accents at the right', async () => {
    // The plant pack in Arabic, with a few UI strings in Arabic: the widgets speak Arabic.
    const arabic = registerTopic(arabicPlantPack(uniqueId('plant-ar')));
    registerStrings('ar', { tableTitle: 'كيف تختلف الأسباب', explainerTitle: 'العلاج وما يمكن توقعه', sources: 'المصادر' });

    const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const { elements, wrapper } = await threeWidgets(arabic.id, { dir: 'rtl' });
    host.append(wrapper);
    await settle(...elements);
    for (const el of elements) {
      expect(el.topicData, el.localName).to.equal(arabic);
      const base = getByPart(el, 'base');
      expect([base.lang, base.dir], el.localName).to.deep.equal(['ar', 'rtl']);
      expect(getComputedStyle(base).direction).to.equal('rtl');
      // The UI speaks the pack's language: nothing needs marking.
      expect(base.querySelectorAll('[lang]'), el.localName).to.have.length(0);
    }
    expect(headings(elements[1])[0].text).to.equal('كيف تختلف الأسباب');
    expect(headings(elements[2])[0].text).to.equal('العلاج وما يمكن توقعه');
    expect(await accents(elements[1], elements[2])).to.deep.equal({ bar: 'right', radio: 'right' });

    // The same widget, its lang set on it, on a left-to-right English page.
    const alone = await fixture<HealthElement>(
      html`<health-comparison-table topic=${arabic.id} lang="ar"></health-comparison-table>`,
    );
    expect(getByPart(alone, 'base').dir).to.equal('rtl');
  });

  it('an English widget on a right-to-left page (dir="rtl") lays out left to right: accents at the left', async () => {
    const { wrapper, elements } = await threeWidgets(PLANT, { dir: 'rtl' });
    expect(getComputedStyle(wrapper).direction).to.equal('rtl');
    for (const el of elements) {
      const base = getByPart(el, 'base');
      expect([base.lang, base.dir], el.localName).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(base).direction).to.equal('ltr');
    }
    expect(await accents(elements[1], elements[2])).to.deep.equal({ bar: 'left', radio: 'left' });
  });

  it('every checkbox, radio and button is a target of at least 24 x 24 CSS px', async () => {
    const { elements } = await threeWidgets();
    for (const el of elements) {
      for (const target of targets(el)) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height), `${target.outerHTML.slice(0, 60)}`).to.be.at.least(24);
      }
    }
  });

  it('has forced-colours rules that keep the care cards, the highlighted column and the focus framed in CanvasText', async () => {
    // The test runner cannot emulate forced colours: read the rules that would apply to each node.
    const forcedRules = (el: Element) =>
      el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
        .flatMap((rule) => [...rule.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    const forcedStyle = (host: Element, node: Element) =>
      forcedRules(host)
        .filter((rule) => node.matches(rule.selectorText))
        .map((rule) => rule.style.cssText)
        .join(' ');
    const { checklist, table, explainer } = await threeWidgets();
    await answer(checklist, 'whole-plant-wilts', 'brown-spots');
    await settle(checklist, table, explainer);
    for (const [host, card] of [checklist, explainer].map((el) => [el, getByPart(el, 'urgent-card')] as const)) {
      expect(forcedStyle(host, card), `the urgent card of <${host.localName}>`).to.match(/border: [^;]*canvastext/i);
    }
    expect(forcedStyle(table, highlighted(table, 'columnheader')[0]), 'the highlighted column').to.match(
      /border: [^;]*canvastext/i,
    );
    for (const el of [checklist, table, explainer]) {
      const focusRules = forcedRules(el).filter((rule) => rule.selectorText.includes(':focus-visible'));
      expect(focusRules.map((rule) => rule.style.cssText).join(' '), `focus in <${el.localName}>`).to.match(
        /outline: [^;]*canvastext/i,
      );
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
    const src = packUrl(hostile);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <health-comparison-table src=${src}></health-comparison-table>
          <health-treatment-explainer src=${src} situation="size=large&place=outdoors"></health-treatment-explainer>
        </div>`,
      );
      const elements = [...wrapper.children] as HealthElement[];
      await waitUntil(() => elements.every((el) => el.topicData?.id === hostile.id), 'the hostile pack to load');
      await settle(...elements);
      for (const el of elements) {
        expect(el.shadowRoot!.querySelector('script, img'), `<${el.localName}>`).to.equal(null);
        expect(textOf(el)).to.include(img).and.include(script);
      }
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});

describe('a pack for another topic, written as data only', () => {
  it('renders in all three widgets with no error: the result, the table highlight and the plan are right', async () => {
    const errors = recordEvents(document, 'health-error');
    const { elements, checklist, table, explainer } = await threeWidgets();
    await answer(checklist, 'brown-spots', 'musty-smell', 'light-shade');
    await showResult(checklist);
    explainer.situation = 'size=small&place=indoors';
    await settle(checklist, table, explainer);

    // Brown spots (2) + musty smell (1) + shade (2) lean to the fungus by 5 to 0.
    expect(textOf(getByPart(checklist, 'result'))).to.include('Your answers look more like a fungus.');
    expect(highlighted(table, 'columnheader').map((th) => textOf(th))).to.deep.equal([`A fungus ${en.answersLeanTo}`]);
    expect(optionTitles(explainer)).to.deep.equal(['Repot in fresh soil', 'Trim spotted leaves']);
    for (const el of elements) expect(textOf(el), el.localName).to.not.match(/B12|vitamin|deficiency/i);
    await aTimeout(0);
    errors.stop();
    expect(errors.events).to.deep.equal([]);
  });
});

/** An element whose properties a test sets by name, to any value. */
type AnyElement = HealthElement & Record<string, unknown>;

/** The class that defines a tag, for its declared properties. */
const classOf = (tag: string) => customElements.get(tag) as unknown as typeof LitElement;

/**
 * The public properties of an element's class: every Lit property that is not internal state,
 * and the checklist's `answers`, an accessor of its own.
 */
function publicProperties(tag: (typeof TAGS)[number]): string[] {
  const declared = [...classOf(tag).elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
  return tag === 'health-symptom-checklist' ? [...declared, 'answers'] : declared;
}

/** The type a declared property takes (`answers` and `situation` read anything and keep what fits). */
function expectedType(tag: (typeof TAGS)[number], property: string): 'string' | 'number' | 'boolean' | 'custom' {
  const options = classOf(tag).elementProperties.get(property);
  if (!options || options.noAccessor) return 'custom';
  return options.type === Boolean ? 'boolean' : options.type === Number ? 'number' : 'string';
}

describe('public properties of every element', () => {
  const warn = watchWarnings();

  it('are the documented ones', () => {
    const base = ['topic', 'src', 'headingLevel'];
    expect(publicProperties('health-symptom-checklist')).to.have.members([
      ...base,
      'categories',
      'noAbout',
      'persist',
      'name',
      'answers',
    ]);
    expect(publicProperties('health-comparison-table')).to.have.members([...base, 'htmlFor', 'highlight', 'features', 'layout']);
    expect(publicProperties('health-treatment-explainer')).to.have.members([
      ...base,
      'situation',
      'severity',
      'cause',
      'diet',
      'locked',
      'noAbout',
      'htmlFor',
    ]);
  });

  describe('a value of the wrong type is dropped with one warning, and the value before comes back', () => {
    /** Values of every wrong kind, and how the warning names each. */
    const wrong: Array<{ kind: string; value: () => unknown; named: string; not?: string }> = [
      { kind: 'a number', value: () => 42, named: '42', not: 'number' },
      { kind: 'a string', value: () => '3', named: '"3"', not: 'string' },
      { kind: 'an object', value: () => ({ id: 'x' }), named: 'a value of type object' },
      { kind: 'a symbol', value: () => Symbol('x'), named: 'a value of type symbol' },
      { kind: 'a null-prototype object', value: () => Object.create(null), named: 'a value of type object' },
      { kind: 'an array', value: () => ['x'], named: 'a value of type array' },
      { kind: 'a function', value: () => () => 'x', named: 'a value of type function' },
    ];
    for (const tag of TAGS) {
      for (const property of publicProperties(tag)) {
        const type = expectedType(tag, property);
        if (type === 'custom' || property === 'answers') continue;
        it(`<${tag}>.${property} (a ${type})`, async () => {
          for (const { kind, value, named, not } of wrong) {
            if (not === type) continue;
            const el = await fixture<AnyElement>(`<${tag} topic="${PLANT}"></${tag}>`);
            const before = el[property];
            warn.messages.length = 0;
            expect(() => {
              el[property] = value();
            }, kind).to.not.throw();
            await el.updateComplete;
            expect(el[property], `${kind}: the value before`).to.equal(before);
            expectOneWarning(warn, `<${tag}>: ${property}: expected a ${type} but got ${named}; ignored.`);
            expect(el.topicData, kind).to.equal(plantTopic);
            expect(el.getAttribute('topic')).to.equal(PLANT);
            expect(errorOf(el)).to.equal(null);
          }
        });
      }
    }

    it('<health-symptom-checklist>.answers: values that are not strings are named in one warning, never a TypeError', async () => {
      const el = await fixture<HealthSymptomChecklist>(
        html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`,
      );
      expect(() => {
        el.answers = {
          signs: [Object.create(null), ['brown-spots'], 5, null, 'sticky'],
          patterns: { light: Object.create(null) },
        } as unknown as HealthSymptomChecklist['answers'];
      }).to.not.throw();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: ['sticky'], patterns: {} });
      expectOneWarning(
        warn,
        '<health-symptom-checklist>',
        'ignored unknown answers: (a value of type object), (an array), 5, null, light=(a value of type object)',
      );
    });
  });

  it('a value of the wrong type set before the first render leaves the default, with one warning each', async () => {
    const el: HealthComparisonTable = document.createElement('health-comparison-table');
    el.topic = PLANT;
    Object.assign(el, { layout: 42, headingLevel: {} });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.append(el);
    await el.updateComplete;
    expect(el.layout).to.equal('auto');
    expect(el.headingLevel).to.equal(2);
    expect(warn.messages).to.deep.equal([
      '<health-comparison-table>: headingLevel: expected a number but got a value of type object; ignored.',
      '<health-comparison-table>: layout: expected a string but got 42; ignored.',
    ]);
  });

  it('any value of any public property (fast-check): no uncaught error, and the element shows its topic or its error', async function () {
    this.timeout(120_000);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`rejection: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // No waiting for packs that will not come, and no network: any src answers 404 at once.
    const waitBefore = HealthElement.topicWaitMs;
    HealthElement.topicWaitMs = 0;
    const fetchBefore = window.fetch;
    window.fetch = async () => new Response('not found', { status: 404 });
    const storageBefore = new Set(Object.keys(sessionStorage));
    const hostile = hostileValue(PLANT, 'fungus', 'size=large');
    try {
      for (const tag of TAGS) {
        for (const property of publicProperties(tag)) {
          const el = await fixture<AnyElement>(`<${tag} topic="${PLANT}"></${tag}>`);
          await fc.assert(
            fc.asyncProperty(hostile, async (value) => {
              try {
                el[property] = value;
              } catch (error) {
                expect.fail(`<${tag}>.${property} = ${fc.stringify(value)} threw ${String(error)}`);
              }
              try {
                await el.updateComplete;
              } catch (error) {
                uncaught.push(`updateComplete rejected: ${String(error)}`);
              }
              // A topic or src that names nothing shows the loading state until it fails.
              await waitUntil(() => !isBusy(el), `<${tag}>.${property} to settle`, { timeout: 3000 });
              await el.updateComplete;
              expect(uncaught, `<${tag}>.${property} = ${fc.stringify(value)}`).to.deep.equal([]);
              const shows = el.topicData !== null && errorOf(el) === null;
              const fails = el.topicData === null && queryAllByPart(el, 'error').length === 1;
              expect(shows || fails, `<${tag}>.${property} = ${fc.stringify(value)}: its topic or its error`).to.equal(true);
              expect(queryAllByPart(el, 'base')).to.have.length(1);
            }),
            { numRuns: 25 },
          );
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      HealthElement.topicWaitMs = waitBefore;
      window.fetch = fetchBefore;
      for (const key of Object.keys(sessionStorage)) if (!storageBefore.has(key)) sessionStorage.removeItem(key);
    }
  });
});

describe('properties set before the element is defined are kept', () => {
  const warn = watchWarnings();

  /** What a page's script sets early, and how the defined element shows it kept. */
  interface Early {
    value: () => unknown;
    /** Anything else the page holds: a checklist to follow, attributes, saved answers. */
    setup?: (el: HTMLElement, page: HTMLElement) => void;
    check: (el: AnyElement) => unknown;
  }

  /** A plant pack under a fresh id at a blob URL of its own, for `src`. */
  let srcPack: Topic;
  let srcUrl: string;
  before(() => {
    srcPack = { ...clonePack(), id: uniqueId('early-src') };
    srcUrl = packUrl(srcPack);
  });
  after(() => URL.revokeObjectURL(srcUrl));

  const FOLLOWED = 'early-followed';
  /** A checklist the page already has, answered with the urgent sign and leaning to sunburn. */
  const followed = (_el: HTMLElement, page: HTMLElement) => {
    const checklist = document.createElement('health-symptom-checklist');
    checklist.id = FOLLOWED;
    checklist.topic = PLANT;
    checklist.answers = { signs: ['pale-patches', 'whole-plant-wilts'], patterns: { light: 'light-window' } };
    page.prepend(checklist);
  };

  const common: Record<string, Early> = {
    topic: {
      value: () => PLANT,
      // The property alone names the pack (without it, the built-in one would show).
      setup: (el) => el.removeAttribute('topic'),
      check: (el) => expect(el.topicData).to.equal(plantTopic),
    },
    src: {
      value: () => srcUrl,
      check: async (el) => {
        await whenReady(el);
        expect(el.topicData?.id).to.equal(srcPack.id);
      },
    },
    headingLevel: {
      value: () => 4,
      check: (el) => expect(headings(el)[0].level).to.equal(4),
    },
  };
  const EARLY: Record<(typeof TAGS)[number], Record<string, Early>> = {
    'health-symptom-checklist': {
      ...common,
      categories: {
        value: () => 'stems',
        check: (el) => {
          expect(legendsOf(el)[0]).to.equal('On the stems');
          expect(legendsOf(el)).to.not.include('On the leaves');
        },
      },
      noAbout: { value: () => true, check: (el) => expect(queryAllByPart(el, 'about')).to.have.length(0) },
      persist: {
        value: () => 'early-persist',
        setup: () => sessionStorage.setItem('early-persist', JSON.stringify({ signs: ['tiny-holes'], patterns: {} })),
        check: (el) => {
          sessionStorage.removeItem('early-persist');
          expect(control(el, 'Tiny holes').checked).to.equal(true);
        },
      },
      name: { value: () => 'plant-answers', check: (el) => expect(el.getAttribute('name')).to.equal('plant-answers') },
      answers: {
        value: () => ({ signs: ['brown-spots'], patterns: { light: 'light-shade' } }),
        check: (el) => {
          expect(control(el, 'Brown spots with a yellow ring').checked).to.equal(true);
          expect(control(el, 'In the shade').checked).to.equal(true);
        },
      },
    },
    'health-comparison-table': {
      ...common,
      htmlFor: {
        value: () => FOLLOWED,
        setup: followed,
        check: async (el) => {
          await waitUntil(() => highlighted(el, 'columnheader').length === 1, 'the followed leaning to show');
          expect(textOf(highlighted(el, 'columnheader')[0])).to.include('Too much sun');
        },
      },
      highlight: {
        value: () => 'pests',
        check: (el) => expect(textOf(highlighted(el, 'columnheader')[0])).to.include('Small insects'),
      },
      features: {
        value: () => 'where',
        check: (el) => expect(queryAllByRole(el, 'rowheader').map((th) => textOf(th))).to.deep.equal(['Where the plant stands']),
      },
      layout: { value: () => 'stacked', check: (el) => expect(el.getAttribute('layout')).to.equal('stacked') },
    },
    'health-treatment-explainer': {
      ...common,
      situation: {
        value: () => 'size=large&place=outdoors',
        check: (el) => expect(el.situation).to.deep.equal({ size: 'large', place: 'outdoors' }),
      },
      // The shorthands name questions of the built-in B12 pack.
      severity: {
        value: () => 'severe',
        setup: (el) => el.removeAttribute('topic'),
        check: (el) => expect((el as unknown as HealthTreatmentExplainer).situation).to.deep.equal({ severity: 'severe' }),
      },
      cause: {
        value: () => 'absorption',
        setup: (el) => el.removeAttribute('topic'),
        check: (el) => expect((el as unknown as HealthTreatmentExplainer).situation).to.deep.equal({ cause: 'absorption' }),
      },
      diet: {
        value: () => 'vegan',
        setup: (el) => el.removeAttribute('topic'),
        check: (el) => expect((el as unknown as HealthTreatmentExplainer).situation).to.deep.equal({ diet: 'vegan' }),
      },
      locked: {
        value: () => true,
        setup: (el) => el.setAttribute('situation', 'size=small'),
        check: (el) => {
          expect(el.hasAttribute('locked')).to.equal(true);
          const disabled = queryAllByRole(getByPart(el, 'situation'), 'group').map(
            (set) => (set as HTMLFieldSetElement).disabled,
          );
          expect(disabled).to.deep.equal([true, false]);
        },
      },
      noAbout: { value: () => true, check: (el) => expect(queryAllByPart(el, 'about')).to.have.length(0) },
      htmlFor: {
        value: () => FOLLOWED,
        setup: followed,
        check: async (el) => {
          await waitUntil(() => queryAllByPart(el, 'urgent-card').length === 1, 'the followed urgent card to show');
        },
      },
    },
  };

  for (const tag of TAGS) {
    it(`<${tag}>: each public property has a case here`, () => {
      expect(Object.keys(EARLY[tag])).to.have.members(publicProperties(tag));
    });

    for (const [property, { value, setup, check }] of Object.entries(EARLY[tag])) {
      it(`<${tag}>.${property}`, async () => {
        // A page script ran before ours: the element is a plain HTMLElement with an own property.
        const early = uniqueId(`early-${tag.slice('health-'.length)}`);
        const el = document.createElement(early) as AnyElement;
        el.setAttribute('topic', PLANT);
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        setup?.(el, page);
        el[property] = value();
        page.append(el);
        expect(Object.hasOwn(el, property), 'an own property, before the upgrade').to.equal(true);

        const Defined = customElements.get(tag)!;
        customElements.define(early, class extends Defined {});
        await settle(el);
        // What the property reads back (the explainer's situation reads as the answers it holds).
        const given = value();
        if (property === 'situation') expect(el[property]).to.be.an('object');
        else if (typeof given === 'object') expect(el[property]).to.deep.equal(given);
        else expect(el[property]).to.equal(given);
        await check(el);
        expect(errorOf(el)).to.equal(null);
        expect(warn.messages).to.deep.equal([]);
      });
    }
  }
});
