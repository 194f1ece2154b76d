/**
 * What the base class does beyond one element's contract (that is base-contract.test.ts): the
 * default pack of a page, the wait for a late pack, pack labels across the three widgets, the
 * page-wide pack store, UI strings registered by a site, and several widgets on one page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { PACK_FORMAT } from '../../src/model/index.js';
import {
  DEFAULT_TOPIC_ID,
  defaultTopicId,
  getTopic,
  HealthElement,
  registerStrings,
  registerTopic,
  type HealthSymptomChecklist,
  type Topic,
} from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import { frenchPlantPack, spanishPlantPack } from '../fixtures/packs.js';
import {
  answer,
  button,
  clonePack,
  control,
  errorOf,
  expectOneWarning,
  getByPart,
  getByRole,
  headings,
  headingTexts,
  isBusy,
  PLANT,
  plantTopic,
  queryAllByPart,
  queryAllByRole,
  recordEvents,
  registerVariant,
  settle,
  showResult,
  sleep,
  watchWarnings,
  squash,
  textOf,
  threeWidgets,
  uniqueId,
  whenError,
  widget,
} from '../harness/index.js';

type Checklist = HealthSymptomChecklist;

/** The urgent sign of the plant pack and the name of an urgent card's heading for `title`. */
const RED_FLAG = 'whole-plant-wilts';
const urgentHeading = (title: string) => `${en.urgentPrefix.trim()} ${title}`;

/** The three widgets on one topic, the urgent sign ticked and the result shown. */
async function answered(topicId: string) {
  const widgets = await threeWidgets(topicId);
  await answer(widgets.checklist, RED_FLAG);
  await showResult(widgets.checklist);
  await settle(...widgets.elements);
  return widgets;
}

/** The names of the urgent cards' headings. */
const urgentTitles = (el: Element) => queryAllByPart(el, 'urgent-card').map((card) => headings(card)[0].text);
/** The line of the About block, which alone shows while it is closed; null when the widget has none. */
const aboutTitle = (el: Element) => {
  const [about] = queryAllByPart(el, 'about');
  return about ? textOf(about) : null;
};

describe('HealthElement on a page', () => {
  const warn = watchWarnings();

  it('the default pack is the first one registered on the page, even after others', () => {
    expect(defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
    expect(getTopic(PLANT)).to.equal(plantTopic);
  });

  it('waits HealthElement.topicWaitMs (set to 400 ms here) for a pack that is not registered', async () => {
    const before = HealthElement.topicWaitMs;
    HealthElement.topicWaitMs = 400;
    const errors = recordEvents(document, 'health-error');
    try {
      const id = uniqueId('waited');
      const started = performance.now();
      const el = await widget(`<health-comparison-table topic="${id}"></health-comparison-table>`);
      await sleep(300);
      expect(isBusy(el), 'still waiting at 300 ms').to.equal(true);
      expect(errors.events).to.deep.equal([]);
      expect(warn.messages).to.deep.equal([]);
      await whenError(el);
      const elapsed = performance.now() - started;
      expect(elapsed).to.be.at.least(400);
      expect(elapsed, 'and not much longer').to.be.below(2000);
      expect(errors.events).to.have.length(1);
      expectOneWarning(warn, `"${id}"`);
    } finally {
      HealthElement.topicWaitMs = before;
      errors.stop();
    }
  });

  describe('labels', () => {
    it("a pack's labels replace the default headings of each widget", async () => {
      const pack = registerVariant((variant) => {
        variant.labels = {
          checklistTitle: 'Look at your plant',
          patternsTitle: 'About its place',
          tableTitle: 'Three causes side by side',
          explainerTitle: 'Caring for your plant',
          situationTitle: 'About your plant',
          treatmentsTitle: 'What you can do',
          stepsTitle: 'What happens next',
          aboutTitle: 'About plant spots',
        };
        variant.careCards.urgent!.title = 'Act today';
      }, 'labelled');
      const { checklist, table, explainer } = await answered(pack.id);

      const checklistHeadings = headingTexts(checklist);
      expect(checklistHeadings).to.include('Look at your plant').and.include('About its place');
      expect(checklistHeadings).to.not.include(en.checklistTitle).and.not.include(en.patternsTitle);
      // The card shown as the person answered, and its repeat in the result: both titled by the pack.
      expect(urgentTitles(checklist)).to.deep.equal([urgentHeading('Act today'), urgentHeading('Act today')]);
      expect(aboutTitle(checklist)).to.equal('About plant spots');
      expect(textOf(checklist, { hidden: true })).to.not.include(en.aboutTitle);

      expect(headings(table)[0].text).to.equal('Three causes side by side');
      expect(getByRole(table, 'table', { name: 'Three causes side by side' })).to.exist;
      expect(textOf(table, { hidden: true })).to.not.include(en.tableTitle);

      const explainerHeadings = headingTexts(explainer);
      expect(explainerHeadings[0]).to.equal('Caring for your plant');
      expect(explainerHeadings).to.include('About your plant').and.include('What you can do').and.include('What happens next');
      expect(explainerHeadings).to.not.include(en.explainerTitle).and.not.include(en.situationTitle);
      // The explainer follows the checklist: its urgent card carries the pack's title too.
      expect(urgentTitles(explainer)).to.deep.equal([urgentHeading('Act today')]);
      expect(aboutTitle(explainer)).to.equal('About plant spots');
      expect(aboutTitle(table), 'the table has no About block').to.equal(null);
      expect(warn.messages).to.deep.equal([]);
    });

    it('a pack without labels gets the neutral UI headings', async () => {
      const pack = registerVariant((variant) => delete variant.labels, 'unlabelled');
      const { checklist, table, explainer } = await answered(pack.id);

      expect(headings(checklist)[0].text).to.equal(en.checklistTitle);
      expect(headingTexts(checklist)).to.include(en.patternsTitle);
      expect(textOf(checklist)).to.include(en.checklistIntro);
      expect(aboutTitle(checklist)).to.equal(en.aboutTitle);
      // A card's title is always the pack's (careCards): there is no UI default for it.
      const title = urgentHeading(pack.careCards.urgent!.title);
      expect(urgentTitles(checklist)).to.deep.equal([title, title]);

      expect(headings(table)[0].text).to.equal(en.tableTitle);
      expect(getByRole(table, 'table', { name: en.tableTitle })).to.exist;

      const explainerHeadings = headingTexts(explainer);
      expect(explainerHeadings[0]).to.equal(en.explainerTitle);
      expect(explainerHeadings).to.include(en.situationTitle).and.include(en.treatmentsTitle).and.include(en.stepsTitle);
      expect(urgentTitles(explainer)).to.deep.equal([title]);
      expect(aboutTitle(explainer)).to.equal(en.aboutTitle);
    });

    it('a Spanish pack without labels gets the Spanish UI headings', async () => {
      const pack = spanishPlantPack(uniqueId('sin-etiquetas'));
      delete pack.labels;
      registerTopic(pack);
      expect(headings(await widget(`<health-comparison-table topic="${pack.id}"></health-comparison-table>`))[0].text).to.equal(
        es.tableTitle,
      );
      const checklist = await widget(`<health-symptom-checklist topic="${pack.id}"></health-symptom-checklist>`);
      expect(headings(checklist)[0].text).to.equal(es.checklistTitle);
      expect(aboutTitle(checklist)).to.equal(es.aboutTitle);
      expect(aboutTitle(await widget(`<health-treatment-explainer topic="${pack.id}"></health-treatment-explainer>`))).to.equal(
        es.aboutTitle,
      );
    });

    it('no-about removes the About block from the checklist and the explainer; removing it brings the block back, closed', async () => {
      for (const tag of ['health-symptom-checklist', 'health-treatment-explainer'] as const) {
        const el = await widget(`<${tag} topic="${PLANT}" no-about></${tag}>`);
        expect(aboutTitle(el), `<${tag}>`).to.equal(null);
        expect(textOf(el, { hidden: true }), `<${tag}>`).to.not.include(plantTopic.background[0].text);
        el.removeAttribute('no-about');
        await el.updateComplete;
        expect(aboutTitle(el), `<${tag}>`).to.equal(plantTopic.labels?.aboutTitle ?? en.aboutTitle);
        expect(getByPart<HTMLDetailsElement>(el, 'about').open, `<${tag}> closed`).to.equal(false);
      }
    });
  });

  describe('one pack store per page', () => {
    const STORE = Symbol.for('health-widgets.topics');

    it('lives on globalThis under Symbol.for("health-widgets.topics")', () => {
      const store = (globalThis as Record<symbol, { topics: Map<string, Map<string, Topic>> } | undefined>)[STORE];
      expect(store, 'the shared store').to.exist;
      expect(store!.topics.get(PLANT)?.get('en')).to.equal(plantTopic);
      expect(store!.topics.get(DEFAULT_TOPIC_ID)).to.exist;
    });

    /** A fresh copy of the registry module (another URL is another module instance), as another script of the library on the page would bring. */
    async function anotherCopy(): Promise<typeof import('../../src/model/registry.js')> {
      // The computed URL is not resolved by the dev server, so it names the TypeScript source.
      const url = new URL('../../src/model/registry.ts', import.meta.url);
      url.searchParams.set('copy', uniqueId('copy'));
      return (await import(/* @vite-ignore */ url.href)) as typeof import('../../src/model/registry.js');
    }

    it('a pack registered by another copy of the library reaches the elements of this one', async () => {
      const other = await anotherCopy();
      expect(other.registerTopic, 'a separate module instance').to.not.equal(registerTopic);

      const id = uniqueId('other-copy');
      const el = await widget<Checklist>(`<health-symptom-checklist topic="${id}"></health-symptom-checklist>`);
      await whenError(el);
      warn.messages.length = 0;

      const pack = clonePack();
      pack.symptoms[0].label = 'A sign from the other copy';
      const registered = other.registerTopic({ ...pack, id });
      await el.updateComplete;
      expect(el.topicData?.id).to.equal(id);
      expect(control(el, 'A sign from the other copy').type).to.equal('checkbox');
      expect(getTopic(id), 'this copy finds it too').to.equal(registered);
      // And the other way round: this copy's packs are the other copy's too.
      expect(other.getTopic(PLANT)).to.equal(plantTopic);
      expect(other.defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
      expect(warn.messages).to.deep.equal([]);
    });

    describe('versioned by pack format', () => {
      type Store = { format: unknown; topics: Map<string, Map<string, Topic>>; listeners: Set<(topic: Topic) => void> };
      const page = globalThis as Record<symbol, Store | undefined>;
      let ours: Store | undefined;
      beforeEach(() => {
        ours = page[STORE];
      });
      afterEach(() => {
        page[STORE] = ours;
      });

      it('the store says the pack format it holds', () => {
        expect(PACK_FORMAT).to.be.a('number');
        expect(ours?.format).to.equal(PACK_FORMAT);
      });

      it('a copy that finds a store of the same format shares it, quietly', async () => {
        const planted: Store = { format: PACK_FORMAT, topics: new Map(), listeners: new Set() };
        page[STORE] = planted;
        const other = await anotherCopy();
        const id = uniqueId('same-format');
        const registered = other.registerTopic({ ...clonePack(), id });
        expect(planted.topics.get(id)?.get('en')).to.equal(registered);
        expect(other.getTopic(PLANT), "the planted store has only the other copy's pack").to.equal(undefined);
        expect(warn.messages).to.deep.equal([]);
      });

      it('a copy that finds a store of another format keeps its own, and warns once', async () => {
        const planted: Store = { format: 2, topics: new Map(), listeners: new Set() };
        page[STORE] = planted;
        const other = await anotherCopy();
        expectOneWarning(
          warn,
          'health-widgets:',
          'pack format 2',
          `this one pack format ${PACK_FORMAT}`,
          'Load one version only',
        );
        expect(page[STORE], 'the first store stays the page store').to.equal(planted);
        page[STORE] = ours;

        // Neither sees the other's packs, nor tells the other's listeners.
        const id = uniqueId('other-format');
        const heard: string[] = [];
        planted.listeners.add((topic) => heard.push(topic.id));
        other.registerTopic({ ...clonePack(), id });
        expect(other.getTopic(id)?.id).to.equal(id);
        expect(getTopic(id), 'not in this copy').to.equal(undefined);
        expect(planted.topics.size, 'not in the store of the other format').to.equal(0);
        expect(heard).to.deep.equal([]);
        expect(other.getTopic(PLANT), "this copy's packs are not the other's").to.equal(undefined);
        expect(warn.messages, 'no second warning').to.have.length(1);
      });
    });
  });

  it('two elements side by side pass axe together (no duplicate landmarks)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
        <health-symptom-checklist topic=${PLANT} lang="es" heading-level="3"></health-symptom-checklist>
      </div>`,
    );
    await settle(...([...wrapper.children] as HealthElement[]));
    await expect(wrapper).to.be.accessible();
  });

  // Last: it registers UI strings for French, for the rest of the page.
  it('registerStrings gives a language without UI strings (fr) its UI; strings it was not given stay English', async () => {
    const french = registerTopic(frenchPlantPack(uniqueId('fr')));
    const before = await widget<Checklist>(`<health-symptom-checklist topic="${french.id}"></health-symptom-checklist>`);
    expect(getByPart(before, 'base').lang).to.equal('en');
    expect(button(before, en.showResult)).to.exist;
    registerStrings('fr', {
      patternsTitle: 'Plus sur ce que vous voyez',
      showResult: 'Voir le résultat',
      noneOfThese: 'Aucun de ceux-ci',
    });
    const after = await widget<Checklist>(`<health-symptom-checklist topic="${french.id}"></health-symptom-checklist>`);
    expect(getByPart(after, 'base').lang).to.equal('fr');
    expect(headingTexts(after)).to.include('Plus sur ce que vous voyez').and.include(en.sources);
    expect(button(after, 'Voir le résultat')).to.exist;
    expect(queryAllByRole(after, 'checkbox', { name: 'Aucun de ceux-ci' })).to.have.length(3);
    expect(getByPart(after, 'base').querySelectorAll('[lang]'), 'nothing marked: the UI speaks the pack language').to.have.length(
      0,
    );
    expect(errorOf(after)).to.equal(null);
    expect(squash(warn.messages.join(' '))).to.include('"fr"');
    expect(warn.messages, 'one warning, for the widget made before').to.have.length(1);
  });
});
