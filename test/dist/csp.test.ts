import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_TOPIC_ID, PACK_FORMAT, type HealthElement, type Topic } from '../../src/index.js';
import { clonePlantPack } from '../fixtures/packs.js';
import { queryAllByRole, textOf } from '../harness/dom.js';
import { openFrame, type ProbedWindow } from '../harness/index.js';

/** Opens a page served with a strict CSP in an iframe and waits for the three elements to render. */
async function openPage(name: string): Promise<ProbedWindow> {
  const { win } = await openFrame(`/test-routes/csp/${name}`);
  const rendered = () =>
    ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'].every((tag) => {
      const el = win.document.querySelector(tag);
      return el?.shadowRoot ? textOf(el).includes('Sources') : false;
    });
  await waitUntil(rendered, 'the elements did not render under the CSP', { timeout: 8000 });
  return win;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('drop-in scripts under a strict Content-Security-Policy', () => {
  it('the ES module renders all three elements with no violation or error', async () => {
    const win = await openPage('esm');
    expect(win.__problems).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // With no topic, every element shows the built-in pack.
    for (const tag of ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer']) {
      expect((win.document.querySelector(tag) as HealthElement).topicData?.id, tag).to.equal(DEFAULT_TOPIC_ID);
    }
    const checklist = win.document.querySelector('health-symptom-checklist') as HealthElement;
    const signs = checklist.topicData!.symptoms.length;
    expect(queryAllByRole(checklist, 'checkbox').length).to.be.at.least(signs);
    // Styles arrive as constructed stylesheets, which the CSP allows.
    expect(checklist.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('the classic script renders them and exposes window.HealthWidgets', async () => {
    const win = await openPage('iife');
    expect(win.__problems).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    const api = win.HealthWidgets!;
    const functions = ['registerTopic', 'getTopic', 'topicLanguages', 'defaultTopicId', 'loadTopic', 'parseTopic'];
    for (const name of [...functions, 'registerStrings', 'assess', 'planTreatment']) {
      expect(api[name], name).to.be.a('function');
    }
    expect(api.DEFAULT_TOPIC_ID).to.equal(DEFAULT_TOPIC_ID);
    const getTopic = api.getTopic as (id: string) => { id: string } | undefined;
    expect(getTopic(DEFAULT_TOPIC_ID)?.id).to.equal(DEFAULT_TOPIC_ID);
    expect((api.defaultTopicId as () => string)()).to.equal(DEFAULT_TOPIC_ID);
  });

  for (const [page, order] of [
    ['both', 'the classic script first'],
    ['both-module-first', 'the module first (the classic script deferred)'],
  ] as const) {
    it(`loading both scripts, each twice, ${order}, never throws, and a pack registered by one copy reaches the elements of another`, async () => {
      const win = await openPage(page);
      expect(win.__problems).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      const store = (win as unknown as Record<symbol, { format: number; topics: Map<string, Map<string, Topic>> } | undefined>)[
        Symbol.for('health-widgets.topics')
      ];
      expect(store, 'the page-wide store').to.exist;
      expect(store!.format).to.equal(PACK_FORMAT);
      expect(store!.topics.get(DEFAULT_TOPIC_ID)?.get('en')?.id).to.equal(DEFAULT_TOPIC_ID);
      for (const tag of ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer']) {
        expect((win.document.querySelector(tag) as HealthElement).topicData?.id, tag).to.equal(DEFAULT_TOPIC_ID);
      }

      // window.HealthWidgets is the last classic copy's; the elements are the first copy's
      // (real-pages.test.ts tells which build defined them, with one copy of each).
      const api = win.HealthWidgets!;
      expect(api.HealthComparisonTable).to.not.equal(win.customElements.get('health-comparison-table'));
      const pack = clonePlantPack();
      const table = win.document.createElement('health-comparison-table');
      table.setAttribute('topic', pack.id);
      win.document.body.append(table);
      // Built in the frame's realm, as that page's own script would.
      const json = (win as unknown as typeof globalThis).JSON;
      (api.registerTopic as (pack: unknown) => Topic)(json.parse(JSON.stringify(pack)));
      const firstRow = () => queryAllByRole(table, 'rowheader').map((th) => textOf(th))[0];
      await waitUntil(() => firstRow() === pack.comparison[0].label, 'a pack registered by another copy to show');
      expect(win.__problems).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  }
});

describe('the classic script on a CMS page', () => {
  it('an element whose pack an inline script registers later shows it, with no error', async () => {
    const { win } = await openFrame('/test-routes/late-register');
    const table = win.document.querySelector('health-comparison-table')!;
    const sitePack = () => win.HealthWidgets!.getTopic('site-pack');
    const firstRow = () => queryAllByRole(table, 'rowheader').map((th) => textOf(th))[0];
    await waitUntil(() => sitePack() && firstRow() === sitePack()!.comparison[0].label, 'the table to render');
    expect((table as HealthElement).topicData).to.equal(sitePack());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__errors).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });
});

describe('topic modules beside the drop-in script', () => {
  it('a topic module that arrives after the drop-in shows its pack with no error first, and a translation with no flash of another language', async () => {
    const { win } = await openFrame('/test-routes/topic-modules');
    const shownLangs: string[] = [];
    const [cramps, explainer, spanish] = ['#cramps', 'health-treatment-explainer', '#b12-es'].map(
      (selector) => win.document.querySelector(selector) as HealthElement,
    );
    // DOMContentLoaded waited for the slow modules: every widget shows its pack by now.
    shownLangs.push(spanish.topicData?.lang ?? 'none');
    await waitUntil(() => cramps.topicData?.id === 'leg-cramps' && explainer.topicData?.id === 'leg-cramps', 'leg cramps to show');
    expect(shownLangs).to.deep.equal(['es']);
    expect(spanish.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__errors).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });
});
