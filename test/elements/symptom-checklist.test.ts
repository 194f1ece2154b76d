/** <health-symptom-checklist>: rendering, attributes, properties, events, result, keyboard, language, axe, bad input. */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ChecklistChangeEvent, ChecklistResultEvent, HealthSymptomChecklist } from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import { registerTopic } from '../../src/model/registry.js';
import type { Topic } from '../../src/model/topic.js';
import { frenchPlantPack, spanishPlantPack } from '../fixtures/packs.js';
import {
  accessibleDescription,
  accessibleName,
  answer,
  button,
  click,
  clonePack,
  control,
  expectOneWarning,
  focused,
  getByPart,
  getByRole,
  getByText,
  hasPart,
  headings,
  inOrder,
  isHidden,
  liveRegion,
  packUrl,
  PLANT,
  plantTopic as plant,
  printMedia,
  queryAllByPart,
  queryAllByRole,
  recordEvents,
  registerVariant,
  screenMedia,
  showResult,
  watchWarnings,
  squash,
  textOf,
  uniqueId,
  whenError,
  whenReady,
  widget,
  type Scope,
} from '../harness/index.js';

type Checklist = HealthSymptomChecklist;

/** The Spanish plant pack under the plant pack's id, so `lang="es"` picks it. */
const plantEs: Topic = registerTopic(spanishPlantPack());

const symptom = (id: string, topic: Topic = plant) => topic.symptoms.find((s) => s.id === id)!;
const option = (id: string, topic: Topic = plant) => topic.patterns.flatMap((p) => p.options).find((o) => o.id === id)!;
const category = (id: string, topic: Topic = plant) => topic.categories.find((c) => c.id === id)!.label;
/** The name a person hears for a sign: plain words, then the clinical term in brackets. */
const signName = (id: string) => {
  const { label, clinicalTerm } = symptom(id);
  return clinicalTerm ? `${label} (${en.clinicalTerm}: ${clinicalTerm})` : label;
};
const sign = (el: Element, id: string, topic: Topic = plant) => control(el, symptom(id, topic).label);
const radio = (el: Element, id: string, topic: Topic = plant) => control(el, option(id, topic).label);
/** The group (fieldset) named `legend`. */
const group = (el: Element, legend: string) => getByRole(el, 'group', { name: legend });
/** The checkboxes or radios of a group, in order. */
const choicesOf = (scope: Scope) =>
  [...queryAllByRole(scope, 'checkbox'), ...queryAllByRole(scope, 'radio')] as HTMLInputElement[];
/** The names of the groups of answers, in order. */
const legends = (el: Element) =>
  queryAllByRole(el, 'group')
    .filter((g) => choicesOf(g).length)
    .map(accessibleName);
/** The "None of these" of a group of signs. */
const noneOf = (el: Element, legend: string) =>
  getByRole<HTMLInputElement>(group(el, legend), 'checkbox', { name: en.noneOfThese });
/** A paragraph whose whole text is `text`. */
const paragraph = (scope: Scope, text: string) => queryAllByRole(scope, 'paragraph').find((p) => textOf(p) === squash(text));
/** A statement's text as shown, with its citation. */
const cited = (text: string, ...sources: number[]) => `${text} ${en.source} [${sources.join(', ')}]`;
const newChecklist = () => widget<Checklist>(`<health-symptom-checklist topic="${PLANT}"></health-symptom-checklist>`);
/** The result panel: the region named by its heading. */
const resultOf = (el: Element) => getByRole(el, 'region', { name: en.resultTitle });
/** "(n answers)" as the result counts them. */
const answersCount = (n: number) => en.manyAnswers.replace('{n}', String(n));
/** The collapsed About block's own line, the one a person clicks. */
const aboutLine = (el: Element, title = en.aboutTitle) => getByText(getByPart(el, 'about'), title);

/** The care-card tiers, most pressing first, with their parts and visually hidden prefixes. */
const TIERS = ['emergency', 'urgent', 'soon'] as const;
type Tier = (typeof TIERS)[number];
const PREFIX: Record<Tier, string> = { emergency: en.emergencyPrefix, urgent: en.urgentPrefix, soon: en.soonPrefix };
/** Every care card of a tier, in document order (the one shown as the person answers, then the result's). */
const cards = (el: Element, tier: Tier) => queryAllByPart(el, `${tier}-card`);
const allCards = (el: Element) => TIERS.flatMap((tier) => cards(el, tier));
/** The care cards shown outside the result, as the person answers. */
const liveCards = (el: Element) =>
  allCards(el).filter((card) => !queryAllByPart(el, 'result').some((result) => result.contains(card)));
const cardHeading = (card: Element) => headings(card)[0].text;
/** The tier a care card says it is, by its part. */
const tierOf = (card: Element) => TIERS.find((tier) => hasPart(card, `${tier}-card`));

/**
 * The plant pack with all three tiers, under a fresh id: a `soon` sign (the musty smell), a
 * second `urgent` sign (the sticky coating) and an `emergency` pattern option (a dark cupboard).
 */
const tiers: Topic = registerVariant((copy) => {
  copy.careCards.soon = {
    title: 'Look at the soil again this week',
    text: 'A musty smell often means the soil stays wet for too long.',
    source: ['guide'],
  };
  copy.careCards.emergency = {
    title: 'Bring the plant into the light now',
    text: 'A plant shut away in the dark cannot make food.',
    source: ['club'],
  };
  copy.symptoms.find((s) => s.id === 'musty-smell')!.urgency = 'soon';
  copy.symptoms.find((s) => s.id === 'sticky')!.urgency = 'urgent';
  copy.patterns[0].options.push({
    id: 'light-cupboard',
    label: 'In a dark cupboard',
    suggests: {},
    urgency: 'emergency',
    source: ['guide'],
  });
}, 'plant-tiers');
/** The answers that raise each tier in the tiers pack. */
const TIER_ANSWERS: Record<Tier, { signs: string[]; patterns: Record<string, string> }> = {
  soon: { signs: ['musty-smell'], patterns: {} },
  urgent: { signs: ['whole-plant-wilts'], patterns: {} },
  emergency: { signs: [], patterns: { light: 'light-cupboard' } },
};
const newTiers = () => widget<Checklist>(`<health-symptom-checklist topic="${tiers.id}"></health-symptom-checklist>`);

/** The plant pack without its own `minAnswers`, so the default of two answers applies. */
const fewPack: Topic = registerVariant((copy) => delete copy.minAnswers, 'plant-min-answers');

/** The plant pack with a second pattern question (how often it is watered), under a fresh id. */
const twoQuestions: Topic = registerVariant((copy) => {
  copy.patterns.push({
    id: 'water',
    question: 'How often do you water it?',
    options: [
      { id: 'water-often', label: 'Every day', suggests: { fungus: 1 }, basis: ['causes'], source: ['guide'] },
      { id: 'water-rarely', label: 'Once a month', suggests: { sunburn: 1 }, basis: ['causes'], source: ['guide'] },
    ],
  });
}, 'two-questions');

/** Answers that lean clearly to the fungus (brown spots + musty smell + shade). */
const leaningFungus = { signs: ['brown-spots', 'musty-smell'], patterns: { light: 'light-shade' } };
const fungus = plant.conditions.find((c) => c.id === 'fungus')!;

describe('<health-symptom-checklist>', () => {
  const warn = watchWarnings();

  describe('rendering', () => {
    it('renders every sign of the pack as a checkbox named by its label and clinical term', async () => {
      const el = await newChecklist();
      const signs = (queryAllByRole(el, 'checkbox') as HTMLInputElement[]).filter((i) => accessibleName(i) !== en.noneOfThese);
      expect(signs.map(accessibleName)).to.deep.equal(plant.symptoms.map((s) => signName(s.id)));
      for (const input of signs) expect(input.checked, accessibleName(input)).to.equal(false);
      expect(accessibleName(sign(el, 'pale-patches'))).to.equal('Pale, dry patches (medical term: leaf scorch)');
      expect(accessibleName(sign(el, 'brown-spots'))).to.equal('Brown spots with a yellow ring');
    });

    it('the checklist title comes from the pack; the intro and patterns title fall back to the UI defaults', async () => {
      const el = await newChecklist();
      const [title, ...rest] = headings(el);
      expect(title.text).to.equal('What do you see on your plant?');
      expect(title.level).to.equal(2);
      expect(paragraph(el, en.checklistIntro), 'the default intro').to.exist;
      expect(rest.map((h) => h.text)).to.include(en.patternsTitle);
      expect(headings(el).map((h) => h.text)).to.not.include(en.checklistTitle);
    });

    it('a pack that names its intro and patterns title shows its own wording', async () => {
      const custom = clonePack();
      custom.id = uniqueId('labels');
      custom.labels = { ...custom.labels, checklistIntro: 'Look closely at every leaf.', patternsTitle: 'About the place' };
      registerTopic(custom);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      expect(paragraph(el, 'Look closely at every leaf.')).to.exist;
      expect(paragraph(el, en.checklistIntro)).to.equal(undefined);
      expect(headings(el).map((h) => h.text))
        .to.include('About the place')
        .and.not.include(en.patternsTitle);
    });

    it('groups the signs in one fieldset per category, with the category as legend, and a last "None of these"', async () => {
      const el = await newChecklist();
      expect(legends(el).slice(0, plant.categories.length)).to.deep.equal(plant.categories.map((c) => c.label));
      for (const each of plant.categories) {
        const inputs = choicesOf(group(el, each.label));
        const expected = plant.symptoms.filter((s) => s.category === each.id).map((s) => signName(s.id));
        expect(inputs.map(accessibleName)).to.deep.equal([...expected, en.noneOfThese]);
        expect(inputs.every((input) => input.type === 'checkbox')).to.equal(true);
      }
    });

    it('a hint under a sign describes its checkbox', async () => {
      const el = await newChecklist();
      const input = sign(el, 'sticky');
      expect(accessibleDescription(input)).to.equal('Insects leave it behind.');
      expect(accessibleDescription(sign(el, 'brown-spots'))).to.equal('');
    });

    it('renders every pattern question as a radio group with its options', async () => {
      const el = await newChecklist();
      expect(headings(el).map((h) => h.text)).to.include(en.patternsTitle);
      for (const pattern of plant.patterns) {
        const inputs = choicesOf(group(el, pattern.question));
        expect(inputs.map(accessibleName)).to.deep.equal(pattern.options.map((o) => o.label));
        expect(inputs.every((input) => input.type === 'radio' && !input.checked)).to.equal(true);
        expect(new Set(inputs.map((input) => input.name)).size, 'one radio group').to.equal(1);
      }
      expect(choicesOf(group(el, 'Where does the plant stand?')).map(accessibleName)).to.deep.equal([
        'In the shade',
        'In a sunny window',
        'I am not sure',
      ]);
    });

    it('each pattern question is its own radio group', async () => {
      const custom = twoQuestions;
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      const names = custom.patterns.map((p) => choicesOf(group(el, p.question))[0].name);
      expect(new Set(names).size).to.equal(2);
      await click(el, control(el, 'In the shade'));
      await click(el, control(el, 'Every day'));
      expect(control(el, 'In the shade').checked, 'a choice in one question keeps the other').to.equal(true);
    });

    it('"None of these" clears the signs of its own group only', async () => {
      const el = await newChecklist();
      await answer(el, 'brown-spots', 'pale-patches', 'sticky');
      const none = noneOf(el, category('leaves'));
      expect(accessibleName(none)).to.equal(en.noneOfThese);
      await click(el, none);
      expect(none.checked).to.equal(true);
      expect(sign(el, 'brown-spots').checked).to.equal(false);
      expect(sign(el, 'pale-patches').checked).to.equal(false);
      expect(sign(el, 'sticky').checked, 'another group is untouched').to.equal(true);
      expect(el.answers.signs).to.deep.equal(['sticky']);
      // Ticking a sign again takes back "None of these".
      await click(el, sign(el, 'tiny-holes'));
      expect(none.checked).to.equal(false);
      expect(el.answers.signs).to.deep.equal(['tiny-holes', 'sticky']);
    });

    it('a pack id with a "-hint" suffix does not collide with another sign\'s hint id', async () => {
      const custom = clonePack();
      custom.id = uniqueId('ids');
      custom.symptoms.push({ ...symptom('sticky'), id: 'sticky-hint', label: 'Hint-like id' });
      registerTopic(custom);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`).to.equal(new Set(ids).size);
      expect(accessibleDescription(sign(el, 'sticky'))).to.equal(symptom('sticky').detail);
      expect(accessibleName(control(el, 'Hint-like id'))).to.equal('Hint-like id');
    });
  });

  describe('categories', () => {
    it('"stems,leaves" shows only those fieldsets, in that order', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="stems,leaves"></health-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal([category('stems'), category('leaves'), ...plant.patterns.map((p) => p.question)]);
      expect(
        (queryAllByRole(el, 'checkbox') as HTMLInputElement[]).some((i) => accessibleName(i).startsWith('A musty smell')),
      ).to.equal(false);
      expect(warn.messages).to.deep.equal([]);
    });

    // "stems" is named so the urgent sign is not kept for its own reason (tested below).
    it('an unknown name warns once and is ignored', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="stems, roots"></health-symptom-checklist>`,
      );
      expect(legends(el)[0]).to.equal(category('stems'));
      expect(legends(el).filter((l) => plant.categories.some((c) => c.label === l))).to.deep.equal([category('stems')]);
      el.requestUpdate();
      await el.updateComplete;
      expectOneWarning(warn, '<health-symptom-checklist>', 'categories', '"roots"');
    });

    it('a filter never hides a sign that calls for care: it stays in an "Other signs to check" group, with one warning saying why', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="leaves"></health-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal([category('leaves'), en.otherSigns, ...plant.patterns.map((p) => p.question)]);
      expect(choicesOf(group(el, en.otherSigns)).map(accessibleName), 'only the urgent sign of "stems"').to.deep.equal([
        signName('whole-plant-wilts'),
      ]);
      const labels = choicesOf(el).map(accessibleName);
      expect(
        labels.filter((label) => label.startsWith(symptom('sticky').label) || label.startsWith(symptom('musty-smell').label)),
      ).to.deep.equal([]);
      el.requestUpdate();
      await el.updateComplete;
      expectOneWarning(warn, '<health-symptom-checklist>', 'categories', 'whole-plant-wilts', 'never hidden', en.otherSigns);

      await click(el, sign(el, 'whole-plant-wilts'));
      expect(el.answers.signs).to.deep.equal(['whole-plant-wilts']);
      expect(cards(el, 'urgent'), 'its card shows at once').to.have.length(1);
      expect(inOrder(group(el, en.otherSigns), cards(el, 'urgent')[0])).to.equal(true);
      // A filter that shows its category keeps it in place, quietly.
      el.setAttribute('categories', 'leaves,stems');
      await el.updateComplete;
      expect(legends(el)).to.not.include(en.otherSigns);
      expect(sign(el, 'whole-plant-wilts').closest('fieldset')).to.equal(group(el, category('stems')));
      expect(sign(el, 'whole-plant-wilts').checked).to.equal(true);
      expect(warn.messages).to.have.length(1);
    });

    it('only unknown names: all categories are shown (and one warning)', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="roots,flowers"></health-symptom-checklist>`,
      );
      expect(legends(el).slice(0, plant.categories.length)).to.deep.equal(plant.categories.map((c) => c.label));
      expectOneWarning(warn, '"roots"', '"flowers"');
    });

    it('follows a change of the attribute and keeps the answers', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="leaves,stems"></health-symptom-checklist>`,
      );
      await click(el, sign(el, 'brown-spots'));
      el.setAttribute('categories', 'soil,leaves,stems');
      await el.updateComplete;
      expect(legends(el).slice(0, 3)).to.deep.equal([category('soil'), category('leaves'), category('stems')]);
      expect(sign(el, 'brown-spots').checked).to.equal(true);
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(legends(el).slice(0, plant.categories.length)).to.deep.equal(plant.categories.map((c) => c.label));
      expect(warn.messages).to.deep.equal([]);
    });
  });

  describe('persist', () => {
    afterEach(() => sessionStorage.clear());

    it('without persist, nothing is written to storage', async () => {
      const before = sessionStorage.length;
      const el = await newChecklist();
      await click(el, sign(el, 'brown-spots'));
      expect(sessionStorage.length).to.equal(before);
    });

    it('saves the answers under the key; a new element with the same key restores them', async () => {
      const key = uniqueId('answers');
      const saved = { signs: ['brown-spots'], patterns: { light: 'light-shade' } };
      const first = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${key}></health-symptom-checklist>`,
      );
      await click(first, sign(first, 'brown-spots'));
      await click(first, radio(first, 'light-shade'));
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal(saved);
      first.remove();

      const second = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${key}></health-symptom-checklist>`,
      );
      expect(sign(second, 'brown-spots').checked).to.equal(true);
      expect(radio(second, 'light-shade').checked).to.equal(true);
      expect(second.answers).to.deep.equal(saved);

      const other = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${uniqueId('other')}></health-symptom-checklist>`,
      );
      expect(other.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(warn.messages).to.deep.equal([]);
    });

    it('reset() clears the stored answers', async () => {
      const key = uniqueId('answers');
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${key}></health-symptom-checklist>`,
      );
      await click(el, sign(el, 'musty-smell'));
      expect(sessionStorage.getItem(key)).to.not.equal(null);
      el.reset();
      await el.updateComplete;
      expect(sessionStorage.getItem(key)).to.equal(null);
      expect(sign(el, 'musty-smell').checked).to.equal(false);
    });

    it('stored answers that are not JSON, or name unknown ids, never break it', async () => {
      const broken = uniqueId('broken');
      sessionStorage.setItem(broken, '{not json');
      const a = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${broken}></health-symptom-checklist>`,
      );
      expect(a.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(warn.messages).to.deep.equal([]);

      const stale = uniqueId('stale');
      sessionStorage.setItem(stale, JSON.stringify({ signs: ['brown-spots', 'gone'], patterns: { light: 'never' } }));
      const b = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} persist=${stale}></health-symptom-checklist>`,
      );
      expect(b.answers).to.deep.equal({ signs: ['brown-spots'], patterns: {} });
      expect(sign(b, 'brown-spots').checked).to.equal(true);
      expectOneWarning(warn, 'gone', 'light=never');
    });

    it('a sessionStorage whose setItem throws never breaks the widget (one warning)', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const el = await fixture<Checklist>(
          html`<health-symptom-checklist topic=${PLANT} persist=${uniqueId('full')}></health-symptom-checklist>`,
        );
        const changes = recordEvents(el, 'health-checklist-change');
        await click(el, sign(el, 'brown-spots'));
        await click(el, radio(el, 'light-shade'));
        changes.stop();
        expect(sign(el, 'brown-spots').checked).to.equal(true);
        expect(el.answers).to.deep.equal({ signs: ['brown-spots'], patterns: { light: 'light-shade' } });
        expect(changes.events).to.have.length(2);
        await showResult(el);
        expect(queryAllByPart(el, 'result')).to.have.length(1);
        expectOneWarning(warn, 'sessionStorage is not available');
      } finally {
        Storage.prototype.setItem = original;
      }
    });
  });

  describe('properties', () => {
    it('answers set while it waits for a pack that is not registered yet are applied when the pack arrives', async () => {
      const id = uniqueId('answers-early');
      const el = await widget<Checklist>(`<health-symptom-checklist topic="${id}"></health-symptom-checklist>`);
      el.answers = { signs: ['brown-spots'], patterns: { light: 'light-shade' } };
      registerTopic({ ...clonePack(), id });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: ['brown-spots'], patterns: { light: 'light-shade' } });
      expect(sign(el, 'brown-spots').checked).to.equal(true);
      expect(warn.messages).to.deep.equal([]);
    });

    it('answers returns a copy', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      const copy = el.answers;
      copy.signs.push('sticky');
      copy.patterns.light = 'light-window';
      expect(el.answers).to.deep.equal(leaningFungus);
    });

    it('setting answers ticks the controls and does not fire a change event', async () => {
      const el = await newChecklist();
      const changes = recordEvents(document, 'health-checklist-change');
      el.answers = leaningFungus;
      await el.updateComplete;
      changes.stop();
      expect(sign(el, 'brown-spots').checked).to.equal(true);
      expect(sign(el, 'musty-smell').checked).to.equal(true);
      expect(radio(el, 'light-shade').checked).to.equal(true);
      expect(sign(el, 'sticky').checked).to.equal(false);
      expect(changes.events).to.deep.equal([]);
      el.answers = { signs: ['sticky'], patterns: {} };
      await el.updateComplete;
      expect(sign(el, 'brown-spots').checked).to.equal(false);
      expect(sign(el, 'sticky').checked).to.equal(true);
      expect(radio(el, 'light-shade').checked).to.equal(false);
    });

    it('setting answers drops unknown ids with one warning naming them', async () => {
      const el = await newChecklist();
      el.answers = {
        signs: ['brown-spots', 'no-such-sign'],
        // `size` is a situation question of the pack, not a pattern of the checklist.
        patterns: { light: 'light-shade', size: 'small', nope: 'x' },
      };
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: ['brown-spots'], patterns: { light: 'light-shade' } });
      expectOneWarning(warn, '<health-symptom-checklist>', 'no-such-sign', 'size=small', 'nope=x');
    });

    it('answers set before a src pack has loaded are applied once it is shown', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('health-symptom-checklist');
      el.src = packUrl(plant);
      el.answers = leaningFungus;
      wrapper.append(el);
      expect(el.topicData, 'not loaded yet').to.equal(null);
      await whenReady(el);
      expect(el.topicData?.id).to.equal(PLANT);
      expect(el.answers).to.deep.equal(leaningFungus);
      expect(sign(el, 'brown-spots').checked).to.equal(true);
      expect(radio(el, 'light-shade').checked).to.equal(true);
    });

    it('assessment is read-only and leans to the fungus for brown spots, a musty smell and shade', async () => {
      const el = await newChecklist();
      expect(el.assessment?.leaning).to.equal('unclear');
      expect(el.assessment?.answered).to.equal(0);
      el.answers = leaningFungus;
      const assessment = el.assessment!;
      expect(assessment.topicId).to.equal(PLANT);
      expect(assessment.leaning).to.equal('fungus');
      expect(assessment.scores).to.deep.equal({ fungus: 5, sunburn: 0, pests: 0 });
      expect(assessment.summary.text).to.equal(fungus.leaning.text);
      expect(() => {
        (el as unknown as { assessment: unknown }).assessment = null;
      }).to.throw(TypeError);
      expect(el.assessment).to.equal(assessment);
    });

    it('reset() clears every answer and hides the result', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await el.updateComplete;
      await click(el, noneOf(el, category('stems')));
      await showResult(el);
      el.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(choicesOf(el).filter((input) => input.checked)).to.deep.equal([]);
      expect(queryAllByPart(el, 'result')).to.be.empty;
      expect(textOf(liveRegion(el))).to.equal('');
      expect(el.assessment?.leaning).to.equal('unclear');
    });
  });

  describe('events', () => {
    it('health-checklist-change on every answer, with {topicId, answers, assessment}; bubbles and composed', async () => {
      const el = await newChecklist();
      const changes = recordEvents(document, 'health-checklist-change');
      try {
        await click(el, sign(el, 'brown-spots'));
        await click(el, sign(el, 'musty-smell'));
        await click(el, radio(el, 'light-shade'));
        await click(el, sign(el, 'brown-spots'));
        await click(el, noneOf(el, category('stems')));
      } finally {
        changes.stop();
      }
      expect(changes.events).to.have.length(5);
      const [first, , third, fourth, fifth] = changes.events;
      for (const event of changes.events) {
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.target).to.equal(el);
        expect(event.detail.topicId).to.equal(PLANT);
      }
      expect(first.detail.answers).to.deep.equal({ signs: ['brown-spots'], patterns: {} });
      expect(first.detail.assessment.scores.fungus).to.equal(2);
      expect(third.detail.answers).to.deep.equal(leaningFungus);
      expect(third.detail.assessment.leaning).to.equal('fungus');
      expect(fourth.detail.answers).to.deep.equal({ signs: ['musty-smell'], patterns: leaningFungus.patterns });
      expect(fifth.detail.answers).to.deep.equal(fourth.detail.answers);
    });

    it('health-checklist-result when the button is pressed; it crosses shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('health-symptom-checklist');
      el.setAttribute('topic', PLANT);
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      el.answers = leaningFungus;
      await el.updateComplete;
      const changed = oneEvent(document, 'health-checklist-change');
      sign(el, 'whole-plant-wilts').click();
      const change = (await changed) as ChecklistChangeEvent;
      expect(change.target, 'retargeted to the outer host').to.equal(host);
      expect(change.detail.answers.signs).to.deep.equal(['brown-spots', 'whole-plant-wilts', 'musty-smell']);
      await el.updateComplete;

      const result = oneEvent(document, 'health-checklist-result');
      button(el, en.showResult).click();
      const event = (await result) as ChecklistResultEvent;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.topicId).to.equal(PLANT);
      expect(event.detail.answers).to.deep.equal({
        signs: ['brown-spots', 'whole-plant-wilts', 'musty-smell'],
        patterns: leaningFungus.patterns,
      });
      expect(event.detail.assessment.leaning).to.equal('fungus');
      expect(event.detail.assessment.redFlags.map((s) => s.id)).to.deep.equal(['whole-plant-wilts']);
    });
  });

  describe('result panel', () => {
    it('is not shown until asked for', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'brown-spots'));
      expect(queryAllByPart(el, 'result')).to.be.empty;
      expect(textOf(liveRegion(el))).to.equal('');
    });

    it('explains the leaning with the reasons and how many answers point each way', async () => {
      const el = await newChecklist();
      await answer(el, 'brown-spots', 'musty-smell', 'light-shade');
      await showResult(el);
      const result = getByPart(el, 'result');
      const text = textOf(result);
      expect(paragraph(result, cited(fungus.leaning.text, 1)), 'the leaning, first').to.exist;
      expect(paragraph(el, `${en.pointsTo}${fungus.label} (${answersCount(3)})`), 'the reasons title with its count').to.exist;
      const reasons = queryAllByRole(result, 'listitem').map((li) => textOf(li));
      expect(reasons).to.deep.equal(
        [symptom('brown-spots').label, symptom('musty-smell').label, option('light-shade').label].map((label) => cited(label, 1)),
      );
      expect(allCards(el)).to.be.empty;
      // The leaning's own next step, citing its source by number: the guide is [1], the plant club [2].
      expect(textOf(getByPart(result, 'care-card'))).to.equal(
        `${en.infoPrefix.trim()} ${en.nextSteps} ${fungus.nextStep.text} Source: [1]`,
      );
      expect(text).to.not.include(plant.guidance.unclearNextStep.text);
    });

    it('counts the answers per condition: "(1 answer)", "(2 answers)"', async () => {
      const el = await newChecklist();
      el.answers = { signs: ['brown-spots', 'pale-patches', 'musty-smell'], patterns: { light: 'light-shade' } };
      await showResult(el);
      expect(el.assessment!.counts).to.deep.equal({ fungus: 3, sunburn: 1, pests: 0 });
      const titles = queryAllByRole(getByPart(el, 'result'), 'paragraph')
        .map((p) => textOf(p))
        .filter((text) => text.startsWith(en.pointsTo.trim()));
      const sunburn = plant.conditions.find((c) => c.id === 'sunburn')!;
      expect(titles).to.deep.equal([
        `${en.pointsTo}${fungus.label} (${answersCount(3)})`,
        `${en.pointsTo}${sunburn.label} (${en.oneAnswer})`,
      ]);
      expect(en.oneAnswer).to.equal('1 answer');
      expect(answersCount(3)).to.equal('3 answers');
      // Follows the answers: one fewer for the fungus.
      await click(el, sign(el, 'musty-smell'));
      expect(paragraph(el, `${en.pointsTo}${fungus.label} (2 answers)`)).to.exist;
    });

    it('a statement from two sources cites both', async () => {
      const el = await newChecklist();
      el.answers = { signs: ['tiny-holes', 'sticky'], patterns: {} };
      await showResult(el);
      const pests = plant.conditions.find((c) => c.id === 'pests')!;
      expect(textOf(getByPart(el, 'result'))).to.include(`${pests.nextStep.text} Source: [1, 2]`);
    });

    it('with no answers it says the answers are unclear (not "too few"); the safety frame still says it is not a diagnosis', async () => {
      const el = await newChecklist();
      await showResult(el);
      const text = textOf(getByPart(el, 'result'));
      expect(el.assessment!.unclearReason).to.equal('no-answers');
      expect(text).to.include(plant.guidance.unclear.text);
      expect(text).to.include(plant.guidance.unclearNextStep.text);
      expect(text).to.include(en.noReasons);
      expect(text).to.not.include(en.tooFew);
      const frame = textOf(getByPart(el, 'safety'));
      expect(frame).to.include(`${plant.guidance.notDiagnosis.text} Source: [1]`);
      expect(frame).to.include(`${plant.guidance.confirm.text} Source: [2]`);
    });

    it('"too few": one answer alone does not lean with the default minAnswers of 2, and the result says so', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${fewPack.id}></health-symptom-checklist>`);
      await click(el, sign(el, 'brown-spots', fewPack));
      await showResult(el);
      expect(el.assessment!.unclearReason).to.equal('too-few');
      expect(el.assessment!.leaning).to.equal('unclear');
      const result = getByPart(el, 'result');
      const summary = paragraph(el, `${fewPack.guidance.unclear.text} Source: [1]`)!;
      const tooFew = paragraph(el, en.tooFew)!;
      const reasons = paragraph(el, `${en.pointsTo}${fungus.label} (${en.oneAnswer})`)!;
      const next = getByPart(result, 'care-card');
      expect(summary, 'the unclear summary').to.exist;
      expect(tooFew, 'why it is unclear').to.exist;
      expect(reasons, 'the one reason, counted').to.exist;
      // In reading order: the summary, why, the reasons, then the unclear next step only.
      expect(inOrder(summary, tooFew, reasons, next)).to.equal(true);
      expect(textOf(next)).to.include(fewPack.guidance.unclearNextStep.text).and.not.include(fungus.nextStep.text);

      // A second answer the same way leans, and the wording goes.
      await click(el, sign(el, 'musty-smell', fewPack));
      expect(el.assessment!.leaning).to.equal('fungus');
      expect(paragraph(el, en.tooFew)).to.equal(undefined);
      expect(textOf(getByPart(result, 'care-card'))).to.include(fungus.nextStep.text);

      // Too close to call is another reason, without that wording.
      el.answers = { signs: ['brown-spots', 'pale-patches'], patterns: {} };
      await el.updateComplete;
      expect(el.assessment!.unclearReason).to.equal('too-close');
      expect(paragraph(el, en.tooFew)).to.equal(undefined);
      // The plant pack itself leans on a single answer (minAnswers: 1).
      const plain = await newChecklist();
      await click(plain, sign(plain, 'brown-spots'));
      await showResult(plain);
      expect(plain.assessment!.leaning).to.equal('fungus');
      expect(paragraph(plain, en.tooFew)).to.equal(undefined);
    });

    it('moves focus to the result heading and updates the live region', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await showResult(el);
      const heading = getByRole(el, 'heading', { name: en.resultTitle });
      expect(focused()).to.equal(heading);
      expect(heading.tabIndex, 'a focus target, not a tab stop').to.equal(-1);
      expect(resultOf(el), 'the result is a region named by its heading').to.equal(getByPart(el, 'result'));
      expect(textOf(liveRegion(el))).to.equal(`${en.resultUpdated} ${fungus.leaning.text}`);
    });

    it('with a care card, the result repeats it first, then the summary and reasons, and no everyday next step', async () => {
      const el = await newChecklist();
      await answer(el, 'brown-spots', 'musty-smell', 'whole-plant-wilts');
      await showResult(el);
      expect(el.assessment!.leaning, 'the answers do lean to the fungus').to.equal('fungus');
      expect(el.assessment!.nextSteps[0].urgency).to.equal('urgent');
      const result = getByPart(el, 'result');
      const [live, repeat] = cards(el, 'urgent');
      expect(cards(el, 'urgent')).to.have.length(2);
      expect(result.contains(live), 'the card shown as the person answered stays above').to.equal(false);
      expect(result.contains(repeat)).to.equal(true);
      expect(textOf(repeat)).to.equal(textOf(live));
      const reasons = paragraph(el, `${en.pointsTo}${fungus.label} (${answersCount(3)})`)!;
      const leaning = paragraph(result, cited(fungus.leaning.text, 1))!;
      expect(inOrder(getByRole(result, 'heading', { name: en.resultTitle }), repeat, leaning, reasons)).to.equal(true);
      // No self-care beside urgent advice: neither the fungus' next step nor a "What to do next" card.
      expect(queryAllByPart(result, 'care-card')).to.be.empty;
      expect(headings(el).map((h) => h.text)).to.not.include(`${en.infoPrefix.trim()} ${en.nextSteps}`);
      expect(textOf(el)).to.not.include(fungus.nextStep.text);
      expect(textOf(getByPart(el, 'safety'))).to.include(plant.guidance.notDiagnosis.text);
    });

    it('follows the answers once shown: the card comes and goes in both places, and the next step returns', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await showResult(el);
      const result = getByPart(el, 'result');
      expect(allCards(el)).to.be.empty;
      expect(textOf(getByPart(result, 'care-card'))).to.include(fungus.nextStep.text);
      await click(el, sign(el, 'whole-plant-wilts'));
      expect(cards(el, 'urgent').map((card) => result.contains(card))).to.deep.equal([false, true]);
      expect(queryAllByPart(result, 'care-card')).to.be.empty;
      expect(textOf(el)).to.not.include(fungus.nextStep.text);
      await click(el, sign(el, 'whole-plant-wilts'));
      expect(allCards(el)).to.be.empty;
      expect(textOf(getByPart(result, 'care-card'))).to.include(fungus.nextStep.text);
    });

    it('"Start again" clears the answers, fires a change and focuses the first checkbox', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await showResult(el);
      const again = button(el, en.startAgain);
      const changed = oneEvent(el, 'health-checklist-change');
      again.click();
      const event = (await changed) as ChecklistChangeEvent;
      expect(event.detail.answers).to.deep.equal({ signs: [], patterns: {} });
      await el.updateComplete;
      await waitUntil(() => focused() === sign(el, 'brown-spots'), 'focus on the first checkbox');
      expect(queryAllByPart(el, 'result')).to.be.empty;
    });

    it('"Print a summary for your doctor" opens the print dialog', async () => {
      const el = await newChecklist();
      await showResult(el);
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed++;
      };
      try {
        button(el, en.print).click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('care cards', () => {
    it('ticking a sign that carries a card shows it at once, below the sign groups and before the pattern questions; unticking removes it', async () => {
      const el = await newChecklist();
      expect(allCards(el)).to.be.empty;
      await click(el, sign(el, 'whole-plant-wilts'));
      expect(queryAllByPart(el, 'result'), 'no result was asked for').to.be.empty;
      const found = cards(el, 'urgent');
      expect(found).to.have.length(1);
      const [card] = found;
      const lastSigns = group(el, category('soil'));
      const firstQuestion = group(el, plant.patterns[0].question);
      expect(inOrder(lastSigns, card, firstQuestion, button(el, en.showResult)), 'signs, card, questions, button').to.equal(true);

      const heading = headings(card)[0].node;
      const prefix = getByText(heading, en.urgentPrefix.trim());
      expect(getComputedStyle(prefix).position, 'the prefix is visually hidden').to.equal('absolute');
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      expect(cardHeading(card)).to.equal(`${en.urgentPrefix.trim()} ${plant.careCards.urgent!.title}`);
      expect(textOf(heading).startsWith(en.urgentPrefix.trim()), 'the prefix comes first').to.equal(true);
      const text = textOf(card);
      expect(text).to.include(`${plant.careCards.urgent!.text} Source: [1]`);
      expect(text).to.include(en.youPicked);
      expect(queryAllByRole(card, 'listitem').map((li) => textOf(li))).to.deep.equal([symptom('whole-plant-wilts').label]);

      await click(el, sign(el, 'whole-plant-wilts'));
      expect(allCards(el)).to.be.empty;
    });

    it('the three tiers: parts, prefixes, and only the most pressing card, listing the answers that carry it', async () => {
      const el = await newTiers();
      const shown = () =>
        liveCards(el).map((card) => ({
          tier: tierOf(card),
          heading: cardHeading(card),
          picked: queryAllByRole(card, 'listitem').map((li) => textOf(li)),
        }));
      const expected = (tier: Tier, picked: string[]) => [
        { tier, heading: `${PREFIX[tier].trim()} ${tiers.careCards[tier]!.title}`, picked },
      ];

      await click(el, sign(el, 'musty-smell', tiers));
      expect(shown()).to.deep.equal(expected('soon', ['A musty smell']));
      expect(textOf(liveCards(el)[0])).to.include(tiers.careCards.soon!.text);
      await click(el, sign(el, 'whole-plant-wilts', tiers));
      expect(shown(), 'urgent before soon').to.deep.equal(expected('urgent', ['The whole plant wilts']));
      await click(el, sign(el, 'sticky', tiers));
      expect(shown(), 'every urgent answer, in pack order').to.deep.equal(
        expected('urgent', ['A sticky coating', 'The whole plant wilts']),
      );
      await click(el, radio(el, 'light-cupboard', tiers));
      expect(shown(), 'emergency before urgent').to.deep.equal(expected('emergency', ['In a dark cupboard']));
      expect(textOf(liveCards(el)[0])).to.include(`${tiers.careCards.emergency!.text} Source: [2]`);
      expect(el.assessment!.urgency).to.equal('emergency');
      expect(el.assessment!.flagged.map((answer) => answer.urgency)).to.deep.equal(['urgent', 'urgent', 'soon', 'emergency']);
      // Stepping back down.
      await click(el, radio(el, 'light-shade', tiers));
      expect(shown()).to.deep.equal(expected('urgent', ['A sticky coating', 'The whole plant wilts']));
      await click(el, sign(el, 'sticky', tiers));
      await click(el, sign(el, 'whole-plant-wilts', tiers));
      expect(shown()).to.deep.equal(expected('soon', ['A musty smell']));
      await click(el, sign(el, 'musty-smell', tiers));
      expect(shown()).to.deep.equal([]);
    });

    it('the soon tier is not a red flag: redFlags holds urgent and emergency signs only', async () => {
      const el = await newTiers();
      el.answers = { signs: ['sticky', 'musty-smell'], patterns: { light: 'light-cupboard' } };
      expect(el.assessment!.redFlags.map((s) => s.id)).to.deep.equal(['sticky']);
    });

    it('the live region announces a card once when it appears or a more pressing tier does, and is cleared on other ticks', async () => {
      const el = await newTiers();
      const spoken: string[] = [];
      const answer = async (input: HTMLInputElement) => {
        await click(el, input);
        spoken.push(textOf(liveRegion(el)));
      };
      const announced = (tier: Tier) => squash(`${PREFIX[tier]}${tiers.careCards[tier]!.title}. ${en.urgencyShown}`);

      await answer(sign(el, 'brown-spots', tiers));
      await answer(sign(el, 'musty-smell', tiers)); // soon appears
      await answer(sign(el, 'pale-patches', tiers));
      await answer(sign(el, 'whole-plant-wilts', tiers)); // urgent: a rise
      await answer(sign(el, 'sticky', tiers)); // urgent again: no rise
      await answer(radio(el, 'light-cupboard', tiers)); // emergency: a rise
      await answer(radio(el, 'light-shade', tiers)); // back to urgent
      await answer(sign(el, 'whole-plant-wilts', tiers));
      await answer(sign(el, 'sticky', tiers)); // back to soon
      await answer(sign(el, 'whole-plant-wilts', tiers)); // urgent: a rise again
      expect(spoken).to.deep.equal([
        '',
        announced('soon'),
        '',
        announced('urgent'),
        '',
        announced('emergency'),
        '',
        '',
        '',
        announced('urgent'),
      ]);
      expect(announced('urgent')).to.equal(`${en.urgentPrefix.trim()} ${tiers.careCards.urgent!.title}. ${en.urgencyShown}`);
    });

    it("the card is the pack's own; a pack whose sign has an urgency but no card for it is refused in place", async () => {
      const custom = clonePack();
      custom.id = uniqueId('own-card');
      custom.careCards.urgent = { title: 'Act today', text: 'Keep it apart from the others.', source: ['club'] };
      registerTopic(custom);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      await click(el, sign(el, 'whole-plant-wilts', custom));
      const [card] = cards(el, 'urgent');
      expect(cardHeading(card)).to.equal(`${en.urgentPrefix.trim()} Act today`);
      expect(textOf(card)).to.include('Keep it apart from the others. Source: [2]');

      const missing = clonePack();
      missing.id = uniqueId('no-card');
      delete missing.careCards.urgent;
      const broken = await fixture<Checklist>(
        html`<health-symptom-checklist src=${packUrl(missing)}></health-symptom-checklist>`,
      );
      await whenError(broken);
      expect(choicesOf(broken)).to.be.empty;
      expectOneWarning(warn, 'symptoms[4].urgency', 'careCards.urgent');
    });

    it('the card follows answers set as a property, without announcing them', async () => {
      const el = await newChecklist();
      el.answers = { signs: ['whole-plant-wilts'], patterns: {} };
      await el.updateComplete;
      expect(cards(el, 'urgent')).to.have.length(1);
      expect(textOf(liveRegion(el))).to.equal('');
      el.reset();
      await el.updateComplete;
      expect(allCards(el)).to.be.empty;
    });
  });

  describe('heading levels', () => {
    const title = plant.labels!.checklistTitle!;
    const card = `${en.urgentPrefix.trim()} ${plant.careCards.urgent!.title}`;

    it('heading-level="3": the title at 3; the questions, the card shown as answered, the result and the sources at 4; the card in the result at 5', async () => {
      const el = await widget<Checklist>(
        `<health-symptom-checklist topic="${PLANT}" heading-level="3"></health-symptom-checklist>`,
      );
      el.answers = { signs: ['whole-plant-wilts'], patterns: {} };
      await el.updateComplete;
      await showResult(el);
      const all = headings(el);
      expect(all.filter((h) => h.level === 3).map((h) => h.text)).to.deep.equal([title]);
      // No "What to do next" card beside the urgent one.
      expect(all.filter((h) => h.level === 4).map((h) => h.text)).to.have.members([
        en.patternsTitle,
        card,
        en.resultTitle,
        en.sources,
      ]);
      expect(all.filter((h) => h.level === 5).map((h) => h.text)).to.deep.equal([card]);
      expect(warn.messages).to.deep.equal([]);
    });

    it('heading-level="6": every heading at 6, the result and its card too', async () => {
      const el = await widget<Checklist>(
        `<health-symptom-checklist topic="${PLANT}" heading-level="6"></health-symptom-checklist>`,
      );
      el.answers = { signs: ['whole-plant-wilts'], patterns: {} };
      await el.updateComplete;
      await showResult(el);
      expect(headings(el).map((h) => h.level)).to.satisfy(
        (levels: number[]) => levels.length > 5 && levels.every((l) => l === 6),
      );
    });
  });

  describe('about', () => {
    const aboutOf = (el: Element) => getByPart<HTMLDetailsElement>(el, 'about');

    it('a collapsed block, closed by default, holds the pack summary and background under "About this topic"', async () => {
      const el = await newChecklist();
      const about = aboutOf(el);
      expect(about.localName).to.equal('details');
      expect(about.open).to.equal(false);
      expect(textOf(about), 'only its line shows').to.equal(en.aboutTitle);
      const line = aboutLine(el);
      // Above the signs.
      expect(inOrder(about, group(el, category('leaves')))).to.equal(true);

      await click(el, line);
      expect(about.open).to.equal(true);
      const statements = queryAllByRole(about, 'paragraph');
      expect(statements.map((p) => textOf(p))).to.deep.equal(
        [plant.summary.text, ...plant.background.map((b) => b.text)].map((text) => cited(text, 1)),
      );
      await click(el, line);
      expect(about.open).to.equal(false);
      expect(statements.every(isHidden), 'hidden once closed').to.equal(true);
      expect(el.answers, 'opening it is not an answer').to.deep.equal({ signs: [], patterns: {} });
    });

    it('opens and closes with Enter on its summary', async () => {
      const el = await newChecklist();
      aboutLine(el).focus();
      expect(focused()).to.equal(aboutLine(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(aboutOf(el).open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(aboutOf(el).open).to.equal(false);
    });

    it('the pack\'s aboutTitle names it; lang="es" uses the Spanish default', async () => {
      const custom = clonePack();
      custom.id = uniqueId('about-title');
      custom.labels = { ...custom.labels, aboutTitle: 'Why leaves get spots' };
      registerTopic(custom);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      expect(textOf(aboutOf(el))).to.equal('Why leaves get spots');
      const spanish = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`,
      );
      expect(textOf(aboutOf(spanish))).to.equal(es.aboutTitle);
    });

    it('no-about removes it; removing the attribute brings it back, closed', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} no-about></health-symptom-checklist>`);
      expect(queryAllByPart(el, 'about')).to.be.empty;
      expect(textOf(el)).to.not.include(en.aboutTitle).and.not.include(plant.background[0].text);
      el.removeAttribute('no-about');
      await el.updateComplete;
      expect(aboutOf(el).open).to.equal(false);
      el.setAttribute('no-about', '');
      await el.updateComplete;
      expect(queryAllByPart(el, 'about')).to.be.empty;
    });
  });

  describe('keyboard', () => {
    async function tabUntil(done: (active: Element | null) => boolean, max = 40): Promise<void> {
      for (let i = 0; i < max && !done(focused()); i++) await sendKeys({ press: 'Tab' });
      expect(done(focused()), `focus stopped on ${focused()?.outerHTML ?? 'nothing in the element'}`).to.equal(true);
    }

    it('the whole flow works by keyboard alone', async () => {
      // A second pattern question, so leaving a radio group for the next one is tested too.
      const custom = twoQuestions;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <health-symptom-checklist topic=${custom.id}></health-symptom-checklist>
        </div>`,
      );
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      const results = recordEvents(el, 'health-checklist-result');

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(), 'the collapsed About block comes first').to.equal(aboutLine(el));
      await sendKeys({ press: 'Tab' });
      expect(focused(), 'the first checkbox').to.equal(sign(el, 'brown-spots'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(sign(el, 'brown-spots').checked).to.equal(true);

      await tabUntil((active) => active === sign(el, 'musty-smell'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.answers.signs).to.deep.equal(['brown-spots', 'musty-smell']);

      // Tab reaches the first radio group; arrows move within it and select.
      await tabUntil((active) => (active as HTMLInputElement | null)?.type === 'radio');
      expect(focused()).to.equal(radio(el, 'light-shade'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()).to.equal(radio(el, 'light-window'));
      expect(radio(el, 'light-window').checked).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused()).to.equal(radio(el, 'light-shade'));
      expect(radio(el, 'light-shade').checked).to.equal(true);
      expect(radio(el, 'light-window').checked).to.equal(false);

      // One Tab leaves the group for the next question; Space picks the focused option.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(control(el, 'Every day'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({
        signs: ['brown-spots', 'musty-smell'],
        patterns: { light: 'light-shade', water: 'water-often' },
      });

      await tabUntil((active) => active === button(el, en.showResult));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(
        () => focused() === queryAllByRole(el, 'heading', { name: en.resultTitle })[0],
        'focus on the result heading',
      );
      expect(results.events).to.have.length(1);
      expect(results.events[0].detail.assessment.leaning).to.equal('fungus');
      results.stop();
    });
  });

  describe('language', () => {
    it('lang="es" on the element shows the Spanish pack with Spanish UI strings', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      expect(el.topicData?.lang).to.equal('es');
      expect(getByPart(el, 'base').lang).to.equal('es');
      expect(headings(el)[0].text).to.equal('¿Qué ve en su planta?');
      expect(paragraph(el, es.checklistIntro), 'the Spanish default intro').to.exist;
      expect(headings(el).map((h) => h.text)).to.include(es.patternsTitle);
      expect(legends(el).slice(0, 2)).to.deep.equal(['En las hojas', 'En los tallos']);
      expect(accessibleName(sign(el, 'brown-spots', plantEs))).to.equal('Manchas marrones con un anillo amarillo');
      expect(accessibleName(sign(el, 'pale-patches', plantEs))).to.equal(`Pale, dry patches (${es.clinicalTerm}: leaf scorch)`);
      expect(choicesOf(group(el, 'En las hojas')).map(accessibleName).at(-1)).to.equal(es.noneOfThese);
      expect(queryAllByRole(el, 'checkbox', { name: es.noneOfThese }), 'one per group of signs').to.have.length(3);
      expect(button(el, es.showResult), 'the Spanish result button').to.exist;
      expect(queryAllByRole(el, 'button', { name: en.showResult })).to.be.empty;
      expect(textOf(el)).to.not.include(en.showResult).and.not.include(plant.symptoms[0].label);
      // Pack text in the language of the UI is not marked again.
      expect(getByPart(el, 'base').querySelectorAll('[lang]')).to.have.length(0);
      expect(warn.messages).to.deep.equal([]);
    });

    it('its own lang="en" wins over an ancestor\'s lang="es"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es">
          <health-symptom-checklist topic=${PLANT} lang="en"></health-symptom-checklist>
        </div>`,
      );
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expect(el.topicData?.lang).to.equal('en');
      expect(getByPart(el, 'base').lang).to.equal('en');
      expect(headings(el)[0].text).to.equal('What do you see on your plant?');
      expect(paragraph(el, en.checklistIntro)).to.exist;
      expect(legends(el)[0]).to.equal('On the leaves');
      expect(button(el, en.showResult)).to.exist;
    });

    it('switching lang from en to es keeps the ticked answers (same topic id)', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="en"></health-symptom-checklist>`);
      await answer(el, 'brown-spots', 'light-shade');
      const answers = el.answers;
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(el.topicData?.lang).to.equal('es');
      expect(headings(el)[0].text).to.equal('¿Qué ve en su planta?');
      expect(el.answers).to.deep.equal(answers);
      expect(sign(el, 'brown-spots', plantEs).checked).to.equal(true);
      expect(radio(el, 'light-shade', plantEs).checked).to.equal(true);
      expect(control(el, 'Manchas marrones').checked).to.equal(true);
      await showResult(el, es.showResult);
      expect(textOf(getByPart(el, 'result'))).to.include('Manchas marrones con un anillo amarillo');
    });

    it('a pack in a language without UI strings: English UI, each pack text marked lang="fr", the UI text not', async () => {
      const french = registerTopic(frenchPlantPack(uniqueId('plant-fr')));
      const el = await widget<Checklist>(`<health-symptom-checklist topic="${french.id}"></health-symptom-checklist>`);
      expect(getByPart(el, 'base').lang).to.equal('en');
      expect(button(el, en.showResult), 'the English result button').to.exist;
      expect(paragraph(el, en.checklistIntro), 'the English default intro').to.exist;
      const title = headings(el)[0].node;
      expect(textOf(title)).to.equal('Que voyez-vous sur votre plante ?');
      expect(getByText(title, 'Que voyez-vous sur votre plante ?').lang).to.equal('fr');
      for (const text of ['Sur les feuilles', 'Taches brunes avec un anneau jaune', 'Où se trouve la plante ?']) {
        expect(getByText(el, text).lang, text).to.equal('fr');
      }
      expect(accessibleName(sign(el, 'brown-spots', french))).to.equal('Taches brunes avec un anneau jaune');
      // English UI text is not marked as French: the nearest lang is the widget's own.
      expect(getByText(group(el, 'Sur les feuilles'), en.noneOfThese).closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect(getByText(el, en.patternsTitle).closest('[lang]')?.getAttribute('lang')).to.equal('en');
      await click(el, sign(el, 'brown-spots', french));
      await showResult(el);
      expectOneWarning(warn, '"fr"', 'registerStrings');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe)', () => {
    it('empty', async () => {
      const el = await newChecklist();
      await expect(el).to.be.accessible();
    });

    it('answered', async () => {
      const el = await newChecklist();
      await answer(el, 'brown-spots', 'light-shade');
      await click(el, noneOf(el, category('stems')));
      await expect(el).to.be.accessible();
    });

    it('result', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await showResult(el);
      await expect(el).to.be.accessible();
    });

    it('red flag, with the result', async () => {
      const el = await newChecklist();
      el.answers = { signs: ['whole-plant-wilts', 'pale-patches'], patterns: {} };
      await showResult(el);
      // The card as the person answered, and its repeat in the result.
      expect(cards(el, 'urgent')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    for (const tier of TIERS) {
      it(`${tier} card, as the person answers and in the result`, async () => {
        const el = await newTiers();
        el.answers = TIER_ANSWERS[tier];
        await el.updateComplete;
        expect(liveCards(el).map(tierOf)).to.deep.equal([tier]);
        await expect(el).to.be.accessible();
        await showResult(el);
        expect(cards(el, tier)).to.have.length(2);
        await expect(el).to.be.accessible();
      });
    }

    it('About block open', async () => {
      const el = await newChecklist();
      const about = getByPart<HTMLDetailsElement>(el, 'about');
      await click(el, aboutLine(el));
      expect(about.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('categories keeping an urgent sign in "Other signs to check", ticked', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} categories="leaves"></health-symptom-checklist>`,
      );
      await click(el, sign(el, 'whole-plant-wilts'));
      await expect(el).to.be.accessible();
    });

    // Loading and error: base-contract.test.ts.

    it('lang="es", with a red-flag result', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      el.answers = { signs: ['whole-plant-wilts'], patterns: { light: 'light-shade' } };
      await el.updateComplete;
      await showResult(el, es.showResult);
      const [card] = cards(el, 'urgent');
      expect(cardHeading(card)).to.equal(`${es.urgentPrefix.trim()} ${plantEs.careCards.urgent!.title}`);
      expect(textOf(card))
        .to.include(plantEs.careCards.urgent!.text)
        .and.include(es.youPicked)
        .and.include('Toda la planta se marchita');
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile pack text', () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';

    it('is rendered as text: no img or script element, nothing runs', async () => {
      const hostile: Topic = clonePack();
      hostile.id = uniqueId('hostile');
      hostile.title = img;
      hostile.labels = { checklistTitle: script, aboutTitle: img };
      hostile.careCards.urgent = { title: img, text: script, source: ['guide'] };
      hostile.categories[0].label = img;
      hostile.symptoms[0].label = script;
      hostile.symptoms[0].clinicalTerm = img;
      hostile.symptoms[1].detail = img;
      hostile.symptoms[4].label = `Wilts ${img}`;
      hostile.patterns[0].question = script;
      hostile.patterns[0].options[0].label = img;
      hostile.conditions[0].label = script;
      hostile.guidance.notDiagnosis.text = img;
      hostile.sources[0].title = script;
      registerTopic(hostile);

      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${hostile.id}></health-symptom-checklist>`);
      await click(el, control(el, script));
      await click(el, control(el, img));
      await click(el, control(el, `Wilts ${img}`));
      expect(control(el, img).type, 'the option whose label is the img').to.equal('radio');
      await showResult(el);
      await aTimeout(50);

      expect(textOf(el, { hidden: true }))
        .to.include(img)
        .and.include(script);
      expect(accessibleName(control(el, script))).to.equal(`${script} (${en.clinicalTerm}: ${img})`);
      expect(legends(el)[0]).to.equal(img);
      expect(headings(el)[0].text).to.equal(script);
      expect(cards(el, 'urgent')).to.have.length(2);
      expect(cardHeading(cards(el, 'urgent')[0])).to.equal(`${en.urgentPrefix.trim()} ${img}`);
      expect(textOf(getByPart(el, 'about'))).to.equal(img);
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('loaded from a URL, too', async () => {
      const hostile: Topic = clonePack();
      hostile.id = uniqueId('hostile-src');
      hostile.categories[0].label = img;
      hostile.symptoms[0].label = script;
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${packUrl(hostile)}></health-symptom-checklist>`);
      await whenReady(el);
      await click(el, control(el, '<script>'));
      await aTimeout(50);
      expect(textOf(el)).to.include(script).and.include(img);
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('before the element is defined', () => {
    it('answers a page set on the plain element are taken over when it upgrades', async () => {
      const tag = `early-checklist-${Math.random().toString(36).slice(2)}`;
      const plain = document.createElement(tag) as HTMLElement & { answers?: unknown };
      plain.setAttribute('topic', PLANT);
      plain.answers = { signs: ['brown-spots'], patterns: { light: 'light-shade' } };
      document.body.append(plain);
      const Checklist = customElements.get('health-symptom-checklist')!;
      customElements.define(tag, class extends Checklist {});
      const el = plain as unknown as Checklist;
      await waitUntil(() => el.assessment !== null, 'the topic to be ready');
      await el.updateComplete;
      expect(el.topicData?.id).to.equal(PLANT);
      expect(el.answers).to.deep.equal({ signs: ['brown-spots'], patterns: { light: 'light-shade' } });
      expect(sign(el, 'brown-spots').checked).to.equal(true);
      plain.remove();
    });
  });

  describe('form association', () => {
    it('inside a <form>, the answers are submitted under its name; form.reset() clears the checklist', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <health-symptom-checklist topic=${PLANT} name="symptoms"></health-symptom-checklist>
        </form>`,
      );
      const el = form.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);

      await answer(el, 'brown-spots', 'whole-plant-wilts');
      const before = new FormData(form);
      expect(before.getAll('symptoms')).to.deep.equal(['brown-spots', 'whole-plant-wilts']);
      expect(before.has('symptoms.light'), 'an unanswered question is not submitted').to.equal(false);
      await click(el, radio(el, 'light-shade'));
      const data = new FormData(form);
      expect(data.getAll('symptoms')).to.deep.equal(['brown-spots', 'whole-plant-wilts']);
      expect(data.get('symptoms.light')).to.equal('light-shade');

      form.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(sign(el, 'brown-spots').checked).to.equal(false);
      expect(radio(el, 'light-shade').checked).to.equal(false);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('a disabled <fieldset> around it disables every control, and enabling it gives them back', async () => {
      const fieldset = await fixture<HTMLFieldSetElement>(
        html`<fieldset disabled>
          <health-symptom-checklist topic=${PLANT} name="symptoms"></health-symptom-checklist>
        </fieldset>`,
      );
      const el = fieldset.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      const controls = () => [...choicesOf(el), ...queryAllByRole(el, 'button')] as Array<HTMLInputElement | HTMLButtonElement>;
      const options = plant.patterns.reduce((n, p) => n + p.options.length, 0);
      // Every sign, a "None of these" per category, every option and the result button.
      expect(controls()).to.have.length(plant.symptoms.length + plant.categories.length + options + 1);
      expect(controls().every((control) => control.matches(':disabled'))).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(controls().some((control) => control.matches(':disabled'))).to.equal(false);
    });

    it('without a name, nothing is submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><health-symptom-checklist topic=${PLANT}></health-symptom-checklist></form>`,
      );
      const el = form.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      await click(el, sign(el, 'brown-spots'));
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });
  });

  describe('a 500-sign pack', () => {
    it('renders 500 sign checkboxes and a click updates the result', async () => {
      const big = clonePack();
      big.id = uniqueId('big');
      const categories = big.categories.map((c) => c.id);
      const extra = Array.from({ length: 500 - big.symptoms.length }, (_, i) => ({
        id: `extra-${i}`,
        label: `Extra sign ${i}`,
        category: categories[i % categories.length],
        suggests: { [i % 2 ? 'fungus' : 'sunburn']: 3 },
        basis: ['causes'],
        source: ['guide'],
      }));
      big.symptoms = [...big.symptoms, ...extra];
      registerTopic(big);

      const started = performance.now();
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${big.id}></health-symptom-checklist>`);
      const rendered = performance.now() - started;
      const signs = (queryAllByRole(el, 'checkbox') as HTMLInputElement[]).filter((i) => accessibleName(i) !== en.noneOfThese);
      expect(signs).to.have.length(500);
      expect(new Set(signs.map((s) => s.id)).size).to.equal(500);
      expect(legends(el).slice(0, big.categories.length)).to.deep.equal(big.categories.map((c) => c.label));

      await showResult(el);
      expect(textOf(resultOf(el))).to.include(big.guidance.unclear.text);
      const before = performance.now();
      await click(el, control(el, 'Extra sign 0'));
      const updated = performance.now() - before;
      const sunburn = big.conditions.find((c) => c.id === 'sunburn')!;
      expect(textOf(resultOf(el))).to.include(sunburn.leaning.text);
      expect(el.assessment?.leaning).to.equal('sunburn');
      // Generous bounds: they catch an accidental quadratic render, not a slow machine.
      expect(rendered, 'first render (ms)').to.be.below(3000);
      expect(updated, 'update after a click (ms)').to.be.below(1000);
    });

    it('every sign group follows a new version of the pack, and the answers are kept', async () => {
      const first = registerVariant(() => {}, 'groups');
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${first.id}></health-symptom-checklist>`);
      const [leaves, stems] = first.categories;
      const leafSign = first.symptoms.find((s) => s.category === leaves.id)!;
      const stemSign = first.symptoms.find((s) => s.category === stems.id)!;
      const stemRow = control(el, stemSign.label);
      await click(el, control(el, leafSign.label));
      expect(control(el, stemSign.label), 'an untouched group keeps its nodes').to.equal(stemRow);
      expect((control(el, leafSign.label) as HTMLInputElement).checked).to.equal(true);

      // The same boxes ticked, new words: every group shows them.
      const second = clonePack();
      second.id = first.id;
      second.version = '1.0.1';
      second.categories = second.categories.map((c) => ({ ...c, label: `${c.label} (new)` }));
      second.symptoms = second.symptoms.map((s) => ({ ...s, label: `${s.label} (new)` }));
      registerTopic(second);
      await el.updateComplete;
      expect(legends(el).slice(0, 2)).to.deep.equal([`${leaves.label} (new)`, `${stems.label} (new)`]);
      expect((control(el, `${leafSign.label} (new)`) as HTMLInputElement).checked, 'the answer is kept').to.equal(true);
      expect((control(el, `${stemSign.label} (new)`) as HTMLInputElement).checked).to.equal(false);
    });
  });

  describe('print summary', () => {
    /** The summary printed for a doctor (hidden on screen). */
    const summaryOf = (el: Element) => getByPart(el, 'print-summary');
    /** Every checkbox, radio and button, shown or not. */
    const allControls = (el: Element) => [
      ...queryAllByRole(el, 'checkbox', { hidden: true }),
      ...queryAllByRole(el, 'radio', { hidden: true }),
      ...queryAllByRole(el, 'button', { hidden: true }),
    ];
    afterEach(() => screenMedia());

    it('printed, it has the title, the date and the answers, and no control; on screen it is hidden', async () => {
      const el = await newChecklist();
      await answer(el, 'pale-patches', 'light-shade');
      await printMedia();
      await el.updateComplete;
      const summary = summaryOf(el);
      expect(isHidden(summary), 'printed').to.equal(false);
      const text = textOf(summary);
      expect(text).to.include(`${en.summaryTitle} · ${plant.title}`).and.include(en.yourAnswers).and.include(en.summaryDate);
      expect(queryAllByRole(summary, 'listitem').map((li) => textOf(li))).to.deep.equal([
        'Pale, dry patches (leaf scorch)',
        'Where does the plant stand? In the shade',
      ]);
      const time = getByRole(summary, 'time');
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      expect(time.getAttribute('datetime'), 'the local date, as shown').to.equal(today);
      expect(textOf(time)).to.equal(now.toLocaleDateString('en', { dateStyle: 'long' }));
      // No control prints, inside the summary or anywhere else.
      expect(allControls(el)).to.not.be.empty;
      expect(
        allControls(el)
          .filter((node) => !isHidden(node))
          .map((node) => node.outerHTML),
      ).to.deep.equal([]);

      await screenMedia();
      // Back on screen it is gone, or at least hidden.
      expect(queryAllByPart(el, 'print-summary').every(isHidden), 'not on screen').to.equal(true);
      expect(
        allControls(el).every((node) => !isHidden(node)),
        'every control back on screen',
      ).to.equal(true);
    });

    it('the header and date follow the language of the pack shown', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      await click(el, sign(el, 'brown-spots', plantEs));
      await printMedia();
      await el.updateComplete;
      expect(textOf(summaryOf(el))).to.include(`${es.summaryTitle} · ${plantEs.title}`);
      expect(textOf(getByRole(summaryOf(el), 'time'))).to.equal(new Date().toLocaleDateString('es', { dateStyle: 'long' }));
    });

    it('with a result shown, printing keeps the result and the summary and drops the controls', async () => {
      const el = await newChecklist();
      el.answers = leaningFungus;
      await showResult(el);
      await printMedia();
      expect(isHidden(summaryOf(el))).to.equal(false);
      expect(isHidden(resultOf(el)), 'the result prints').to.equal(false);
      expect(allControls(el).filter((node) => !isHidden(node))).to.deep.equal([]);
    });

    it("the card shown as the person answered prints, and the result's repeat does not", async () => {
      const el = await newChecklist();
      el.answers = { signs: ['whole-plant-wilts', 'brown-spots'], patterns: {} };
      await showResult(el);
      const [live, repeat] = cards(el, 'urgent');
      expect(resultOf(el).contains(repeat)).to.equal(true);
      expect(isHidden(live) || isHidden(repeat), 'both show on screen').to.equal(false);
      await printMedia();
      expect(isHidden(live), 'the card prints').to.equal(false);
      expect(isHidden(getByPart(el, 'result')), 'the result prints').to.equal(false);
      expect(isHidden(repeat), 'its repeat in the result does not').to.equal(true);
      expect(isHidden(getByPart(el, 'safety')), 'the safety frame prints').to.equal(false);
    });

    it('every tier of card prints dark text with no fill inside it', async () => {
      const el = await newTiers();
      const white = 'rgb(255, 255, 255)';
      const transparent = 'rgba(0, 0, 0, 0)';
      const colours = (node: Element) => ({
        background: getComputedStyle(node).backgroundColor,
        color: getComputedStyle(node).color,
      });
      for (const tier of TIERS) {
        el.answers = TIER_ANSWERS[tier];
        await el.updateComplete;
        const [card] = liveCards(el);
        expect(tierOf(card)).to.equal(tier);
        expect(textOf(card)).to.include(tiers.careCards[tier]!.text);
        const heading = headings(card)[0].node;
        // On screen the heading is white on a coloured band: the print rule has something to undo.
        const band = [heading, heading.parentElement!].find((node) => colours(node).background !== transparent);
        expect(colours(heading).color, `${tier} heading text on screen`).to.equal(white);
        expect(band, `${tier} heading band on screen`).to.exist;
        try {
          await printMedia();
          expect(isHidden(card)).to.equal(false);
          for (const node of card.querySelectorAll('*')) {
            const { background, color } = colours(node);
            expect(background, `${tier}: the fill of <${node.localName}> in print`).to.equal(transparent);
            expect(color, `${tier}: the text of <${node.localName}> in print`).to.not.equal(white);
          }
        } finally {
          await screenMedia();
        }
      }
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('the sign groups sit in one column in a narrow container and two in a wide one', async () => {
      const el = await newChecklist();
      const signGroups = () => plant.categories.map((each) => group(el, each.label));
      const columns = () => new Set(signGroups().map((node) => Math.round(node.getBoundingClientRect().left))).size;
      await setViewport({ width: 360, height: 640 });
      expect(columns()).to.equal(1);
      await setViewport({ width: 1200, height: 800 });
      expect(columns()).to.equal(2);
    });
  });
});
