/** <health-treatment-explainer>: the pack's own questions, the situation a site sets, events, keyboard, following a checklist, headings, language, axe. */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import { registerTopic, type HealthTreatmentExplainer, type Topic } from '../../src/index.js';
import { clonePlantPack, toolsList } from '../fixtures/packs.js';
import {
  accessibleName,
  answer,
  expectOneWarning,
  following,
  focused,
  getByPart,
  getByRole,
  getByText,
  headings,
  headingTexts,
  inOrder,
  optionTitles,
  PLANT,
  queryAllByPart,
  queryAllByRole,
  recordEvents,
  registerVariant,
  settle,
  watchWarnings,
  textOf,
  uniqueId,
} from '../harness/index.js';

const SIZE = 'How big is the plant?';
const PLACE = 'Where does it live?';
const REPOT = 'Repot in fresh soil';
const SPRAY = 'Spray outdoors';
const TRIM = 'Trim spotted leaves';
const SIZE_DEPENDS = 'What to do depends on the size of the plant.';
const PLACE_DEPENDS = 'Spraying depends on where the plant lives.';

/** Registers a changed copy of the plant pack under a fresh id and returns that id. */
const plantVariant = (edit: (pack: Topic) => void): string => registerVariant(edit).id;

/** A situation question: the group named by its legend. */
const question = (el: HealthTreatmentExplainer, legend: string) => getByRole<HTMLFieldSetElement>(el, 'group', { name: legend });

/** The radio labelled `label` in the question `legend`. */
const choice = (el: HealthTreatmentExplainer, legend: string, label: string) =>
  getByRole<HTMLInputElement>(question(el, legend), 'radio', { name: label });

/** The name of the checked option per question (undefined when none is checked). */
function shownAnswers(el: HealthTreatmentExplainer): Record<string, string | undefined> {
  const questions = queryAllByRole(getByPart(el, 'situation'), 'group');
  return Object.fromEntries(
    questions.map((set) => {
      const checked = queryAllByRole(set, 'radio').find((input) => (input as HTMLInputElement).checked);
      return [accessibleName(set), checked && accessibleName(checked)];
    }),
  );
}

/** The section under a heading: the region it names. */
const section = (el: HealthTreatmentExplainer, heading: string) => getByRole(el, 'region', { name: heading });

const plantExplainer = (attributes = '') =>
  fixture<HealthTreatmentExplainer>(
    // Attributes go through a template element so a test can list any of them as text.
    Object.assign(document.createElement('template'), {
      innerHTML: `<health-treatment-explainer topic="${PLANT}" ${attributes}></health-treatment-explainer>`,
    }).content.firstElementChild as HealthTreatmentExplainer,
  );

describe('<health-treatment-explainer>', () => {
  const warn = watchWarnings();

  describe('rendering a pack', () => {
    it("asks the pack's own questions with nothing picked, and shows only what always applies", async () => {
      const el = await plantExplainer();
      const headings = headingTexts(el);
      expect(headings[0], 'the pack has no explainer title: the neutral default').to.equal(en.explainerTitle);
      expect(headings).to.include(en.situationTitle).and.include(en.treatmentsTitle).and.include(en.stepsTitle);
      expect(shownAnswers(el)).to.deep.equal({ [SIZE]: undefined, [PLACE]: undefined });
      expect(queryAllByRole(getByPart(el, 'situation'), 'radio').map(accessibleName)).to.deep.equal([
        'It fits on a windowsill',
        'It stands on the floor',
        'I do not know',
        'Indoors',
        'Outdoors in summer',
      ]);
      expect(optionTitles(el)).to.deep.equal([TRIM]);
      const treatments = textOf(section(el, en.treatmentsTitle));
      expect(treatments).to.include(SIZE_DEPENDS).and.include(PLACE_DEPENDS);
      expect(textOf(section(el, en.stepsTitle)))
        .to.include('New leaves come in a few weeks.')
        .and.include('Old spots do not go away.');
      expect(textOf(el)).to.include('This is a guide, not a diagnosis of your plant.');
      expect(textOf(el)).to.not.match(/B12|vitamin|deficiency/i);
    });

    describe('every situation', () => {
      const sizes = [undefined, 'small', 'large', 'unsure'] as const;
      const places = [undefined, 'indoors', 'outdoors'] as const;
      for (const size of sizes) {
        for (const place of places) {
          const query = [size && `size=${size}`, place && `place=${place}`].filter(Boolean).join('&');
          it(`situation="${query}"`, async () => {
            const el = await plantExplainer(`situation="${query}"`);
            const expected = [size === 'small' && REPOT, size === 'large' && place === 'outdoors' && SPRAY, TRIM].filter(Boolean);
            expect(optionTitles(el)).to.deep.equal(expected);
            const text = textOf(section(el, en.treatmentsTitle));
            const sizeKnown = size === 'small' || size === 'large';
            expect(text.includes(SIZE_DEPENDS), 'size pending').to.equal(!sizeKnown);
            expect(text.includes(PLACE_DEPENDS), 'place pending').to.equal(size !== 'small' && !place);
            expect(el.situation).to.deep.equal(Object.fromEntries(Object.entries({ size, place }).filter(([, v]) => v)));
          });
        }
      }
    });

    it('uses the pack labels for its headings and its intro when it has them', async () => {
      const topic = plantVariant((pack) => {
        pack.labels = {
          ...pack.labels,
          explainerTitle: 'Caring for a spotted plant',
          situationTitle: 'About your plant',
          treatmentsTitle: 'What you can do',
          stepsTitle: 'What happens next',
        };
        pack.guidance.treatmentIntro = { text: 'Look at the plant in daylight first.', source: ['guide'] };
      });
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer topic=${topic}></health-treatment-explainer>`,
      );
      const headings = headingTexts(el);
      expect(headings).to.include.members([
        'Caring for a spotted plant',
        'About your plant',
        'What you can do',
        'What happens next',
      ]);
      expect(headings).to.not.include(en.explainerTitle);
      expect(textOf(el)).to.include('Look at the plant in daylight first.');
    });

    it('shows lists keyed by an answer: the advice and items for it, or why they wait', async () => {
      const topic = plantVariant((pack) => {
        pack.lists = [toolsList()];
      });
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer topic=${topic}></health-treatment-explainer>`,
      );
      const items = () => queryAllByRole(section(el, 'Tools you need'), 'listitem').map((li) => textOf(li));
      expect(items()).to.deep.equal(['A soft cloth Source: [1]']);
      expect(textOf(section(el, 'Tools you need'))).to.include(PLACE_DEPENDS);

      choice(el, PLACE, 'Outdoors in summer').click();
      await settle(el);
      expect(items()).to.deep.equal(['A soft cloth Source: [1]', 'A garden hose Source: [1]']);
      const text = textOf(section(el, 'Tools you need'));
      expect(text).to.include('Outdoors, use a hose.').and.not.include(PLACE_DEPENDS);
    });

    it('a pack with no questions, treatments or steps still shows its frame', async () => {
      const topic = plantVariant((pack) => {
        pack.situation = [];
        pack.treatments = [];
        pack.steps = [];
      });
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer topic=${topic}></health-treatment-explainer>`,
      );
      expect(queryAllByPart(el, 'situation')).to.have.length(0);
      expect(queryAllByRole(el, 'region')).to.have.length(0);
      expect(textOf(el)).to.include(en.explainerTitle).and.include('not a diagnosis').and.include('Sources');
      await expect(el).to.be.accessible();
    });

    it('says so when treatments exist but none fits and none waits', async () => {
      const topic = plantVariant((pack) => {
        pack.treatments = pack.treatments.filter((treatment) => treatment.when);
      });
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer topic=${topic} situation="size=large&place=indoors"></health-treatment-explainer>`,
      );
      expect(optionTitles(el)).to.deep.equal([]);
      expect(textOf(section(el, en.treatmentsTitle))).to.include(en.noOptionFits);
    });
  });

  describe('the situation the site sets', () => {
    it('as an attribute in query syntax, and the person can change it', async () => {
      const el = await plantExplainer('situation="size=large&place=outdoors"');
      expect(shownAnswers(el)).to.deep.equal({ [SIZE]: 'It stands on the floor', [PLACE]: 'Outdoors in summer' });
      expect(question(el, SIZE).disabled).to.equal(false);
      choice(el, SIZE, 'It fits on a windowsill').click();
      await settle(el);
      expect(el.situation).to.deep.equal({ size: 'small', place: 'outdoors' });
      expect(optionTitles(el)).to.deep.equal([REPOT, TRIM]);
    });

    it('as a property, an object or a query string; a new site value replaces the pick for that question', async () => {
      const el = await plantExplainer();
      el.situation = { size: 'small' };
      await settle(el);
      expect(optionTitles(el)).to.deep.equal([REPOT, TRIM]);
      choice(el, PLACE, 'Indoors').click();
      await settle(el);
      el.situation = 'size=large&place=outdoors';
      await settle(el);
      expect(el.situation).to.deep.equal({ size: 'large', place: 'outdoors' });
      el.situation = null;
      await settle(el);
      expect(el.situation).to.deep.equal({});
    });

    it('a situation set before the element is defined is kept', async () => {
      // A page script may run before ours: the property then sits on the plain element.
      const tag = `test-explainer-${uniqueId('early')}`;
      const early = document.createElement(tag) as HealthTreatmentExplainer;
      early.setAttribute('topic', PLANT);
      (early as { situation: unknown }).situation = { size: 'large', place: 'outdoors' };
      document.body.append(early);
      const Explainer = customElements.get('health-treatment-explainer') as typeof HealthTreatmentExplainer;
      customElements.define(tag, class extends Explainer {});
      await settle(early);
      expect(early.situation).to.deep.equal({ size: 'large', place: 'outdoors' });
      expect(optionTitles(early)).to.deep.equal([SPRAY, TRIM]);
      early.remove();
    });

    it('severity, cause and diet attributes are shorthands for questions of those ids', async () => {
      const topic = plantVariant((pack) => {
        pack.situation[0].id = 'severity';
        pack.situation[1].id = 'diet';
        pack.treatments[0].when = [{ severity: ['small'] }];
        pack.treatments[1].when = [{ severity: ['large'], diet: ['outdoors'] }];
      });
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer topic=${topic} severity="large" diet="outdoors"></health-treatment-explainer>`,
      );
      expect(el.situation).to.deep.equal({ severity: 'large', diet: 'outdoors' });
      expect(optionTitles(el)).to.deep.equal([SPRAY, TRIM]);
      // A shorthand wins over the same question in `situation`.
      el.setAttribute('situation', 'severity=small');
      await settle(el);
      expect(el.situation.severity).to.equal('large');
    });

    it('warns once for each unknown question or option, ignores it, and locks nothing for it', async () => {
      const el = await plantExplainer('locked situation="size=huge&colour=green" cause="diet"');
      expect(shownAnswers(el)).to.deep.equal({ [SIZE]: undefined, [PLACE]: undefined });
      expect(warn.messages).to.have.length(3);
      const all3 = warn.messages.join('\n');
      expect(all3).to.include('size="huge"').and.include('small, large, unsure');
      expect(all3).to.include('"colour" is not a question of this topic').and.include('size, place');
      expect(all3).to.include('"cause" is not a question');
      expect(question(el, SIZE).disabled).to.equal(false);
      choice(el, SIZE, 'It stands on the floor').click();
      await settle(el);
      expect(warn.messages, 'no repeat on re-render').to.have.length(3);
    });

    it('with locked, the questions the site answered are disabled and clicks do not change them', async () => {
      const el = await plantExplainer('locked situation="size=small"');
      const events = recordEvents(el, 'health-explainer-change');
      expect(question(el, SIZE).disabled).to.equal(true);
      expect(question(el, PLACE).disabled, 'place was not set by the site').to.equal(false);
      expect(textOf(question(el, SIZE))).to.include(en.lockedHint);
      expect(textOf(question(el, PLACE))).to.not.include(en.lockedHint);

      choice(el, SIZE, 'It stands on the floor').click();
      await settle(el);
      expect(el.situation).to.deep.equal({ size: 'small' });
      expect(events.events).to.have.length(0);

      choice(el, PLACE, 'Indoors').click();
      await settle(el);
      expect(el.situation).to.deep.equal({ size: 'small', place: 'indoors' });
      expect(events.events).to.have.length(1);
      events.stop();
    });

    it('locking after the person picked shows what the site set again', async () => {
      const el = await plantExplainer('situation="size=small"');
      choice(el, SIZE, 'It stands on the floor').click();
      await settle(el);
      expect(el.situation.size).to.equal('large');
      const events = recordEvents(el, 'health-explainer-change');
      el.locked = true;
      await settle(el);
      expect(el.situation.size).to.equal('small');
      expect(question(el, SIZE).disabled).to.equal(true);
      expect(events.events.map((event) => event.detail.situation.size)).to.deep.equal(['small']);
      events.stop();
    });
  });

  describe('health-explainer-change', () => {
    it('is not fired on first render', async () => {
      const events = recordEvents(document, 'health-explainer-change');
      const el = await plantExplainer('situation="size=large"');
      await settle(el);
      events.stop();
      expect(events.events).to.have.length(0);
    });

    it('fires when another pack takes over, even for the same situation', async () => {
      const id = plantVariant(() => {});
      const el = await plantExplainer();
      const events = recordEvents(document, 'health-explainer-change');
      el.topic = id;
      await settle(el);
      events.stop();
      expect(events.events.map((event) => event.detail.topicId)).to.deep.equal([id]);
    });

    it('fires on each pick and each site change, bubbling and composed, with the answers given and the plan', async () => {
      const el = await plantExplainer();
      const events = recordEvents(document, 'health-explainer-change');

      choice(el, SIZE, 'It stands on the floor').click();
      await settle(el);
      expect(events.events).to.have.length(1);
      const [picked] = events.events;
      expect(picked.target).to.equal(el);
      expect(picked.bubbles && picked.composed).to.equal(true);
      expect(picked.detail.topicId).to.equal(PLANT);
      expect(picked.detail.situation, 'unanswered questions are left out').to.deep.equal({ size: 'large' });
      expect(picked.detail.plan.options.map((option) => option.label)).to.deep.equal(optionTitles(el));
      expect(picked.detail.plan.pending.map((pending) => pending.questionId)).to.deep.equal(['place']);

      el.setAttribute('situation', 'place=outdoors');
      await settle(el);
      expect(events.events).to.have.length(2);
      expect(events.events[1].detail.situation).to.deep.equal({ size: 'large', place: 'outdoors' });

      // Nothing changed, nothing fired.
      el.setAttribute('situation', 'place=outdoors');
      await settle(el);
      expect(events.events).to.have.length(2);
      events.stop();
    });
  });

  describe('keyboard', () => {
    it('Tab reaches each question and the arrow keys change the answer and the plan', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>Before</button>
          <health-treatment-explainer topic=${PLANT}></health-treatment-explainer>
        </div>`,
      );
      const el = page.querySelector('health-treatment-explainer')!;
      const events = recordEvents(el, 'health-explainer-change');
      page.querySelector('button')!.focus();

      // The collapsed "About" block comes first.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(getByText(getByPart(el, 'about'), en.aboutTitle));
      await sendKeys({ press: 'Tab' });
      expect(focused() === choice(el, SIZE, 'It fits on a windowsill')).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focused() === choice(el, SIZE, 'It stands on the floor')).to.equal(true);
      expect(el.situation).to.deep.equal({ size: 'large' });

      await sendKeys({ press: 'Tab' });
      expect(focused() === choice(el, PLACE, 'Indoors')).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(el.situation).to.deep.equal({ size: 'large', place: 'outdoors' });
      expect(optionTitles(el)).to.deep.equal([SPRAY, TRIM]);
      expect(events.events.map((event) => event.detail.situation)).to.deep.equal([
        { size: 'large' },
        { size: 'large', place: 'outdoors' },
      ]);
      events.stop();
    });

    it('Tab skips the questions the site locked', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>Before</button>
          <health-treatment-explainer topic=${PLANT} locked no-about situation="size=small"></health-treatment-explainer>
        </div>`,
      );
      const el = page.querySelector('health-treatment-explainer')!;
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused() === choice(el, PLACE, 'Indoors')).to.equal(true);
    });
  });

  describe('for (following a checklist)', () => {
    it('shows the urgent card, titled by the pack, for an urgent sign, without changing the situation or showing self-care', async () => {
      const { checklist, follower: el } = await following('health-treatment-explainer');
      const events = recordEvents(el, 'health-explainer-change');
      expect(queryAllByPart(el, 'urgent-card')).to.have.length(0);

      await answer(checklist, 'whole-plant-wilts', 'brown-spots');
      await settle(el);
      const card = getByPart(el, 'urgent-card');
      const [heading] = headings(card);
      const prefix = getByText(heading.node, en.urgentPrefix.trim());
      expect(prefix.getBoundingClientRect().width, 'the prefix is visually hidden').to.be.at.most(1);
      expect(heading.text).to.equal(`${en.urgentPrefix.trim()} Move the plant away from others today`);
      expect(textOf(card)).to.include('The whole plant wilts').and.include('may spread a problem').and.include(en.youPicked);

      expect(el.situation).to.deep.equal({});
      expect(events.events).to.have.length(0);
      // No self-care beside "get help today": the self-care treatment gives way, and the explainer says so.
      expect(optionTitles(el)).to.not.include(TRIM);
      expect(textOf(el)).to.include(en.selfCareHidden);

      await answer(checklist, 'whole-plant-wilts');
      await settle(el);
      expect(queryAllByPart(el, 'urgent-card')).to.have.length(0);
      expect(optionTitles(el)).to.include(TRIM);
      expect(textOf(el)).to.not.include(en.selfCareHidden);
      events.stop();
    });

    it('warns once when for names nothing, and renders normally', async () => {
      const el = await plantExplainer('for="no-such-list"');
      await aTimeout(20);
      expectOneWarning(warn, '<health-treatment-explainer>', 'for="no-such-list"', 'no <health-symptom-checklist>');
      choice(el, PLACE, 'Indoors').click();
      await settle(el);
      expect(warn.messages).to.have.length(1);
      expect(textOf(el)).to.include(en.explainerTitle);
    });
  });

  describe('headings', () => {
    it('heading-level="4" puts the main heading at 4, the sections at 5 and option cards at 6', async () => {
      const el = await plantExplainer('heading-level="4" situation="size=small"');
      const levels = headings(el);
      expect(levels[0]).to.include({ text: en.explainerTitle, level: 4 });
      const level = (text: string) => levels.find((heading) => heading.text === text)?.level;
      for (const heading of [en.situationTitle, en.treatmentsTitle, en.stepsTitle, en.sources])
        expect(level(heading), heading).to.equal(5);
      expect(level(REPOT)).to.equal(6);
      expect(queryAllByPart(el, 'safety')).to.have.length(1);
    });
  });

  describe('language', () => {
    it('a Spanish pack of the topic is shown in Spanish throughout for lang="es"', async () => {
      const id = plantVariant((pack) => {
        pack.lang = 'es';
        pack.situation[0].question = '¿Qué tamaño tiene la planta?';
      });
      plantVariant(() => {}); // another topic: must not interfere
      const english = clonePlantPack();
      english.id = id;
      registerTopic(english);
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer lang="es" topic=${id}></health-treatment-explainer>`,
      );
      expect(textOf(el)).to.include(es.explainerTitle).and.include('¿Qué tamaño tiene la planta?').and.include(es.situationTitle);
      expect(getByPart(el, 'base').lang).to.equal('es');
      el.lang = 'en';
      await settle(el);
      expect(textOf(el)).to.include(en.explainerTitle).and.include(SIZE);
    });
  });

  describe('accessibility (axe)', () => {
    it('default', async () => {
      await expect(await plantExplainer()).to.be.accessible();
    });

    it('answered', async () => {
      await expect(await plantExplainer('situation="size=large&place=outdoors"')).to.be.accessible();
    });

    it('locked', async () => {
      await expect(await plantExplainer('locked situation="size=small&place=indoors"')).to.be.accessible();
    });

    it('urgent (the card sits under the main heading, one level down)', async () => {
      const { checklist, follower: el } = await following('health-treatment-explainer');
      await answer(checklist, 'whole-plant-wilts');
      await settle(el);
      expect(headings(getByPart(el, 'urgent-card'))[0].level).to.equal(3);
      await expect(el).to.be.accessible();
    });

    // Loading and error: base-contract.test.ts.

    it('lang="es" (UI strings of an English pack stay English)', async () => {
      const el = await plantExplainer('lang="es" locked situation="size=small"');
      expect(textOf(el)).to.include(en.lockedHint);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<health-treatment-explainer> safety frame and About block', () => {
  it('alone on a page, it says it is not a diagnosis, how it is confirmed and where to get help, after the plan and before the sources', async () => {
    const el = await plantExplainer();
    const safety = getByPart(el, 'safety');
    expect(textOf(safety))
      .to.include('not a diagnosis of your plant')
      .and.include('A plant shop can look at a leaf')
      .and.include('ask a plant shop today');
    expect(inOrder(section(el, en.stepsTitle), safety, getByPart(el, 'sources'))).to.equal(true);
  });

  it('has a collapsed About block with the pack summary and background, which no-about hides', async () => {
    const el = await plantExplainer();
    const about = getByPart<HTMLDetailsElement>(el, 'about');
    expect(about.open).to.equal(false);
    expect(textOf(about)).to.equal(en.aboutTitle);
    getByText(about, en.aboutTitle).click();
    await el.updateComplete;
    expect(about.open).to.equal(true);
    expect(textOf(about)).to.include('Spots on leaves have a few common causes.').and.include('Most spots come from light');
    await expect(el).to.be.accessible();
    const hidden = await plantExplainer('no-about');
    expect(queryAllByPart(hidden, 'about')).to.have.length(0);
  });
});
