/**
 * The widgets on pages as a site owner writes them. Pages served by the test server
 * (test/server/routes.mjs) load the built scripts in an iframe: both builds in either order,
 * a pack fetched and then registered, properties set before the script ran, widgets moved
 * while they load. Pages built here: three checklists printed, the urgent advice announced.
 * `npm run build` makes the scripts these pages load.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import {
  DEFAULT_TOPIC_ID,
  registerTopic,
  type HealthElement,
  type HealthSymptomChecklist,
  type HealthTreatmentExplainer,
} from '../../src/index.js';
import {
  answer,
  button,
  click,
  clonePack,
  control,
  errorOf,
  getByPart,
  headings,
  hits,
  isBusy,
  liveRegion,
  openFrame,
  PLANT,
  plantTopic,
  printMedia,
  queryAllByPart,
  queryAllByRole,
  screenMedia,
  sleep,
  watchWarnings,
  squash,
  TAGS,
  textOf,
  uniqueId,
  type ProbedWindow,
  type Tag,
} from '../harness/index.js';

/** The page's widget of a tag (the first). */
const widget = <T extends HealthElement = HealthElement>(doc: Document, tag: Tag): T => doc.querySelector(tag) as unknown as T;

/** A page is clean when nothing failed, warned or reported an error. */
async function expectClean(win: ProbedWindow): Promise<void> {
  // health-error is dispatched a task after the error shows.
  await sleep(50);
  expect(win.__problems, 'errors and rejections').to.deep.equal([]);
  expect(win.__errors, 'warnings and health-error events').to.deep.equal([]);
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe("a site owner's pages", () => {
  describe('both builds on one page', () => {
    for (const [order, definedBy, api] of [
      ['classic-first', 'the classic script', 'the module'],
      ['module-first', 'the module', 'the classic script (window.HealthWidgets)'],
    ] as const) {
      it(`${order}: ${definedBy} defines the elements, a pack registered through ${api} shows in them, and nothing warns`, async () => {
        const { win, doc } = await openFrame(`/test-routes/site/${order}`);
        const [checklist, table, explainer] = TAGS.map((tag) => widget(doc, tag));
        await waitUntil(
          () => checklist.topicData?.id === 'site-pack' && table.topicData?.id === 'site-pack' && explainer.topicData !== null,
          'the site pack to show',
        );
        // Which copy defined the elements: the classic script's classes are window.HealthWidgets'.
        const classic = win.HealthWidgets!.HealthComparisonTable;
        const defined = win.customElements.get('health-comparison-table');
        expect(defined === classic ? 'the classic script' : 'the module').to.equal(definedBy);

        const sitePack = win.HealthWidgets!.getTopic('site-pack')!;
        expect(sitePack.title).to.equal('The site pack');
        expect(checklist.topicData).to.equal(sitePack);
        expect(table.topicData).to.equal(sitePack);
        expect(textOf(queryAllByRole(table, 'rowheader')[0])).to.equal('A row of the site pack');
        // A widget that names no topic shows the built-in one.
        expect(explainer.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
        // One store for both copies.
        const store = (win as unknown as Record<symbol, { topics: Map<string, unknown> }>)[Symbol.for('health-widgets.topics')];
        expect([...store.topics.keys()]).to.have.members([DEFAULT_TOPIC_ID, 'site-pack']);

        // The widgets still talk to each other: an answer marks the row it touches in the table.
        await answer(checklist as HealthSymptomChecklist, 'onset-slow');
        await waitUntil(() => queryAllByPart(table, 'touched').length > 0, 'the table to follow the checklist');
        await expectClean(win);
      });
    }
  });

  describe('a pack registered after the widget', () => {
    it("the README's recipe (fetch, then registerTopic): the widget waits, busy, with no error, then shows the pack", async () => {
      const { win, doc } = await openFrame('/test-routes/site/fetch-then-register');
      // The documented wait of the drop-in script.
      expect(win.HealthWidgets!.HealthElement.topicWaitMs).to.equal(3000);
      const table = widget(doc, 'health-comparison-table');
      const states: string[] = [];
      const state = () => (table.topicData ? 'pack' : errorOf(table) ? 'error' : isBusy(table) ? 'busy' : 'other');
      await waitUntil(
        () => {
          if (states.at(-1) !== state()) states.push(state());
          return table.topicData !== null;
        },
        'the fetched pack to show',
        { interval: 10 },
      );
      expect(states, 'what the person saw, in order').to.deep.equal(['busy', 'pack']);
      expect(table.topicData?.title).to.equal('The fetched pack');
      expect(table.topicData).to.equal(win.HealthWidgets!.getTopic('fetched-pack'));
      await expectClean(win);
    });

    // The inline-script case (late-register) and topic modules after the drop-in (topic-modules)
    // are in test/dist/csp.test.ts.
  });

  describe('properties set before the script defined the elements', () => {
    for (const build of ['classic', 'module'] as const) {
      it(`${build}: answers, heading level, features, situation and locked are all kept`, async () => {
        const { win, doc } = await openFrame(`/test-routes/early-properties/${build}`);
        const checklist = widget<HealthSymptomChecklist>(doc, 'health-symptom-checklist');
        const table = widget(doc, 'health-comparison-table');
        const explainer = widget<HealthTreatmentExplainer>(doc, 'health-treatment-explainer');
        await waitUntil(() => [checklist, table, explainer].every((el) => el.topicData !== null), 'the widgets to render');
        await Promise.all([checklist, table, explainer].map((el) => el.updateComplete));

        expect(checklist.answers).to.deep.equal({ signs: ['tingling', 'balance'], patterns: { onset: 'onset-slow' } });
        const pack = checklist.topicData!;
        const label = (id: string) => pack.symptoms.find((sign) => sign.id === id)!.label;
        for (const id of ['tingling', 'balance']) expect(control(checklist, label(id)).checked, id).to.equal(true);
        expect(checklist.headingLevel).to.equal(3);
        expect(headings(checklist)[0].level).to.equal(3);

        const rows = queryAllByRole(table, 'rowheader').map((th) => textOf(th));
        const row = (id: string) => table.topicData!.comparison.find((each) => each.id === id)!.label;
        expect(rows).to.have.length(2);
        expect(rows[0].startsWith(row('onset')) && rows[1].startsWith(row('areas')), rows.join(' | ')).to.equal(true);
        // The early answer (a slow start) marks the row it touches.
        expect(rows[0]).to.equal(`${row('onset')} ${en.yourAnswersMark}`);

        expect(explainer.situation).to.deep.equal({ severity: 'severe', cause: 'absorption' });
        expect(explainer.locked).to.equal(true);
        expect(explainer.hasAttribute('locked')).to.equal(true);
        // The followed checklist's urgent sign shows in the explainer too.
        await waitUntil(() => queryAllByPart(explainer, 'urgent-card').length > 0, 'the urgent card');
        await expectClean(win);
      });
    }
  });

  describe('widgets moved while their src loads', () => {
    it('three widgets with one src, moved around by the page, make one request between them and all show the pack', async () => {
      const before = await hits('slow-valid');
      const { win, doc } = await openFrame(`/test-routes/moved?key=${Date.now()}`);
      const elements = TAGS.map((tag) => widget(doc, tag));
      await waitUntil(() => elements.every((el) => el.topicData !== null), 'the pack to show in all three', { timeout: 5000 });
      // The page's last move put them back in the article, in order.
      const order = [...doc.getElementById('article')!.children];
      expect(order.length === elements.length && order.every((node, i) => node === elements[i])).to.equal(true);
      for (const el of elements) expect(el.topicData?.id, el.localName).to.equal(DEFAULT_TOPIC_ID);
      expect((await hits('slow-valid')) - before, 'requests the server saw').to.equal(1);
      await expectClean(win);
    });
  });
});

describe('pages built in the test', () => {
  const warn = watchWarnings();

  const RED_FLAG = 'whole-plant-wilts';

  describe('the live region after "See which pattern…"', () => {
    it('with an urgent sign ticked, says the urgent advice first (prefix and card title), then the result, once', async () => {
      const el = await fixture<HealthSymptomChecklist>(
        html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`,
      );
      await click(el, control(el, plantTopic.symptoms.find((s) => s.id === RED_FLAG)!.label));
      await click(el, control(el, 'Brown spots with a yellow ring'));
      await click(el, button(el, en.showResult));
      const card = plantTopic.careCards.urgent!;
      const summary = el.assessment!.summary.text;
      const said = squash(liveRegion(el).textContent);
      expect(said).to.equal(squash(`${en.urgentPrefix}${card.title}. ${en.resultUpdated} ${summary}`));
      expect(said.startsWith(`${en.urgentPrefix}${card.title}`)).to.equal(true);
      expect(said.split(card.title), 'the card title is said once').to.have.length(2);
      // Asked again: the same words, varied invisibly so a screen reader says them again.
      await click(el, button(el, en.showResult));
      expect(squash(liveRegion(el).textContent)).to.equal(said);
      expect(liveRegion(el).textContent).to.not.equal(`${en.urgentPrefix}${card.title}. ${en.resultUpdated} ${summary}`);
      expect(warn.messages).to.deep.equal([]);
    });

    it('without one, the result alone; in Spanish, the Spanish prefix', async () => {
      const el = await fixture<HealthSymptomChecklist>(
        html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`,
      );
      await click(el, control(el, 'Brown spots with a yellow ring'));
      await click(el, button(el, en.showResult));
      expect(squash(liveRegion(el).textContent)).to.equal(squash(`${en.resultUpdated} ${el.assessment!.summary.text}`));

      const pack = clonePack();
      pack.id = uniqueId('plant-es');
      pack.lang = 'es';
      pack.careCards.urgent!.title = 'Aparte hoy la planta de las demás';
      registerTopic(pack);
      const spanish = await fixture<HealthSymptomChecklist>(
        html`<health-symptom-checklist topic=${pack.id}></health-symptom-checklist>`,
      );
      const card = spanish.topicData!.careCards.urgent!;
      spanish.answers = { signs: [RED_FLAG], patterns: {} };
      await spanish.updateComplete;
      await click(spanish, button(spanish, es.showResult));
      expect(squash(liveRegion(spanish).textContent)).to.equal(
        squash(`${es.urgentPrefix}${card.title}. ${es.resultUpdated} ${spanish.assessment!.summary.text}`),
      );
    });
  });

  describe('printing a page with three checklists, one of them used', () => {
    /** The text a checklist shows in the current media (what display: none hides is left out). */
    const shown = (el: Element) => textOf(getByPart(el, 'base'));

    it('prints the summary of the used one only; the others print nothing', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<article>
          <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
          <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
          <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
        </article>`,
      );
      const [unused, used, other] = [...page.children] as HealthSymptomChecklist[];
      await click(used, control(used, 'Brown spots with a yellow ring'));
      try {
        // On screen all three show, with their controls.
        for (const el of [unused, used, other]) expect(shown(el)).to.include(en.showResult);
        await printMedia();
        await used.updateComplete;
        expect(shown(used)).to.include(en.summaryTitle).and.include('Brown spots with a yellow ring');
        for (const el of [unused, other]) {
          expect(shown(el), 'an unused checklist prints nothing').to.equal('');
          expect(el.getBoundingClientRect().height).to.equal(0);
        }
        // A pattern answer alone is an answer too; taking every answer back makes it unused again.
        await screenMedia();
        other.answers = { signs: [], patterns: { light: 'light-shade' } };
        used.reset();
        await Promise.all([other.updateComplete, used.updateComplete]);
        await printMedia();
        await Promise.all([other.updateComplete, used.updateComplete]);
        expect(shown(other)).to.include(en.summaryTitle);
        expect(shown(used)).to.equal('');
      } finally {
        await screenMedia();
      }
      expect(warn.messages).to.deep.equal([]);
    });
  });
});
