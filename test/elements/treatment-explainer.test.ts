import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { b12MuscleTightness, registerTopic, type ExplainerChangeEvent, type HealthTreatmentExplainer } from '../../src/index.js';
import {
  all,
  answer,
  expectOneWarning,
  one,
  record,
  route,
  settle,
  shadow,
  spyWarn,
  squash,
  textOf,
  uid,
  type WarnSpy,
} from './follow-helpers.js';

const SEVERITIES = ['mild', 'severe'] as const;
const CAUSES = ['diet', 'absorption', 'unknown'] as const;
const DIETS = ['omnivore', 'vegetarian', 'vegan'] as const;
const ORAL = 'B12 by mouth (oral supplements)';
const INJECTIONS = 'B12 injections';

/** The option cards' titles, as shown. */
const optionTitles = (el: HealthTreatmentExplainer): string[] =>
  all(el, '[part="option"] [role="heading"]').map((heading) => squash(heading.textContent));

/** The checked value of each axis, as the radios show it. */
function shownSituation(el: HealthTreatmentExplainer): Record<string, string | undefined> {
  const checked = (axis: string) =>
    all<HTMLInputElement>(el, `input[type="radio"][name="${axis}"]`).find((input) => input.checked)?.value;
  return { severity: checked('severity'), cause: checked('cause'), diet: checked('diet') };
}

/** The fieldset of an axis, found by its legend. */
const fieldset = (el: HealthTreatmentExplainer, axis: string): HTMLFieldSetElement =>
  one<HTMLInputElement>(el, `input[name="${axis}"]`).closest('fieldset')!;

const radio = (el: HealthTreatmentExplainer, axis: string, value: string): HTMLInputElement =>
  one<HTMLInputElement>(el, `#${axis}-${value}`);

/** The food list items, as shown. */
const foods = (el: HealthTreatmentExplainer): string[] =>
  all(el, 'section[aria-labelledby="foods-heading"] li').map((li) => squash(li.textContent));

describe('<health-treatment-explainer>', () => {
  let warn: WarnSpy | null = null;
  afterEach(() => {
    warn?.restore();
    warn = null;
  });

  describe('every situation', () => {
    for (const severity of SEVERITIES) {
      for (const cause of CAUSES) {
        for (const diet of DIETS) {
          it(`severity=${severity} cause=${cause} diet=${diet}`, async () => {
            const el = await fixture<HealthTreatmentExplainer>(
              html`<health-treatment-explainer severity=${severity} cause=${cause} diet=${diet}></health-treatment-explainer>`,
            );
            const text = textOf(el);
            expect(shownSituation(el)).to.deep.equal({ severity, cause, diet });

            const titles = optionTitles(el);
            if (severity === 'mild' && cause === 'diet') {
              expect(titles).to.deep.equal([ORAL]);
              expect(text).to.not.include(INJECTIONS);
            } else if (severity === 'severe' || cause === 'absorption') {
              expect(titles).to.include(INJECTIONS);
              expect(titles).to.not.include(ORAL);
              const card = all(el, '[part="option"]').find((option) => squash(option.textContent).includes(INJECTIONS))!;
              expect(squash(card.textContent)).to.include('skip the digestive system').and.include('pernicious anaemia');
            } else {
              expect(titles, 'no option cards until the cause is known').to.deep.equal([]);
              expect(text).to.include('Which treatment fits depends on what caused the deficiency');
            }

            const shown = foods(el).join(' | ');
            if (diet === 'omnivore') {
              for (const food of ['Meat', 'Fish', 'Eggs', 'Dairy']) expect(shown).to.include(food);
              expect(shown).to.not.include('Nutritional yeast');
            } else {
              for (const food of ['fortified cereals', 'Nutritional yeast', 'B12 supplements']) expect(shown).to.include(food);
              expect(shown).to.not.include('Meat');
            }

            expect(text).to.include('Recovery takes time');
            expect(text).to.include('checked regularly');
            expect(text).to.include('Treating low B12 early is important').and.include('permanent');
            expect(text).to.include('a healthcare provider has confirmed that low B12 is the cause');
            expect(text).to.include('This is not a diagnosis');
          });
        }
      }
    }
  });

  describe('attributes', () => {
    it('shows the site values in the controls, and the person can change them', async () => {
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer severity="severe" cause="absorption" diet="vegan"></health-treatment-explainer>`,
      );
      expect(shownSituation(el)).to.deep.equal({ severity: 'severe', cause: 'absorption', diet: 'vegan' });
      for (const axis of ['severity', 'cause', 'diet']) expect(fieldset(el, axis).disabled, axis).to.equal(false);
      expect(textOf(el)).to.not.include('Set by this website.');

      one<HTMLLabelElement>(el, 'label[for="severity-mild"]').click();
      one<HTMLLabelElement>(el, 'label[for="cause-diet"]').click();
      radio(el, 'diet', 'omnivore').click();
      await el.updateComplete;
      expect(shownSituation(el)).to.deep.equal({ severity: 'mild', cause: 'diet', diet: 'omnivore' });
      expect(optionTitles(el)).to.deep.equal([ORAL]);
      expect(foods(el).join(' ')).to.include('Meat');
    });

    it('with locked, the axes the site set are disabled and clicks do not change them', async () => {
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer locked severity="mild" cause="diet"></health-treatment-explainer>`,
      );
      const events = record<ExplainerChangeEvent>(el, 'health-explainer-change');
      expect(fieldset(el, 'severity').disabled).to.equal(true);
      expect(fieldset(el, 'cause').disabled).to.equal(true);
      expect(fieldset(el, 'diet').disabled, 'diet was not set by the site').to.equal(false);
      expect(squash(fieldset(el, 'severity').textContent)).to.include('Set by this website.');
      expect(squash(fieldset(el, 'diet').textContent)).to.not.include('Set by this website.');

      radio(el, 'severity', 'severe').click();
      one<HTMLLabelElement>(el, 'label[for="cause-absorption"]').click();
      await settle(el);
      expect(shownSituation(el)).to.deep.equal({ severity: 'mild', cause: 'diet', diet: 'omnivore' });
      expect(optionTitles(el)).to.deep.equal([ORAL]);
      expect(events.events).to.have.length(0);

      radio(el, 'diet', 'vegan').click();
      await settle(el);
      expect(shownSituation(el).diet).to.equal('vegan');
      expect(events.events).to.have.length(1);
      events.stop();
    });

    it('locking after the person picked shows what the site set again', async () => {
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer severity="mild" cause="diet"></health-treatment-explainer>`,
      );
      radio(el, 'severity', 'severe').click();
      await settle(el);
      expect(shownSituation(el).severity).to.equal('severe');
      const events = record<ExplainerChangeEvent>(el, 'health-explainer-change');
      el.locked = true;
      await settle(el);
      expect(shownSituation(el).severity).to.equal('mild');
      expect(fieldset(el, 'severity').disabled).to.equal(true);
      expect(optionTitles(el)).to.deep.equal([ORAL]);
      expect(events.events.map((event) => event.detail.situation.severity)).to.deep.equal(['mild']);
      events.stop();
    });

    it('warns once for each invalid value and falls back to mild, unknown and omnivore', async () => {
      warn = spyWarn();
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer locked severity="extreme" cause="magic" diet="carnivore"></health-treatment-explainer>`,
      );
      expect(shownSituation(el)).to.deep.equal({ severity: 'mild', cause: 'unknown', diet: 'omnivore' });
      expect(warn.messages).to.have.length(3);
      expect(warn.messages[0]).to.include('<health-treatment-explainer>').and.include('severity="extreme"').and.include('mild, severe');
      expect(warn.messages[1]).to.include('cause="magic"').and.include('diet, absorption, unknown');
      expect(warn.messages[2]).to.include('diet="carnivore"').and.include('omnivore, vegetarian, vegan');
      // An invalid value locks nothing: there is nothing the site validly set.
      for (const axis of ['severity', 'cause', 'diet']) expect(fieldset(el, axis).disabled, axis).to.equal(false);
      expect(textOf(el)).to.include('depends on what caused');

      radio(el, 'severity', 'severe').click();
      await settle(el);
      expect(warn.messages, 'no repeat on re-render').to.have.length(3);
    });
  });

  describe('health-explainer-change', () => {
    it('is not fired on first render', async () => {
      const events = record<ExplainerChangeEvent>(document, 'health-explainer-change');
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer severity="severe" diet="vegan"></health-treatment-explainer>`,
      );
      await settle(el);
      events.stop();
      expect(events.events).to.have.length(0);
    });

    it('fires when another pack takes over, even for the same situation', async () => {
      const id = uid('explainer-pack');
      registerTopic({ ...structuredClone(b12MuscleTightness), id });
      const el = await fixture<HealthTreatmentExplainer>(html`<health-treatment-explainer></health-treatment-explainer>`);
      const events = record<ExplainerChangeEvent>(document, 'health-explainer-change');
      el.topic = id;
      await settle(el);
      events.stop();
      expect(events.events.map((event) => event.detail.topicId)).to.deep.equal([id]);
    });

    it('fires on each pick and each attribute change, bubbling and composed, with the situation and plan', async () => {
      const el = await fixture<HealthTreatmentExplainer>(html`<health-treatment-explainer></health-treatment-explainer>`);
      const events = record<ExplainerChangeEvent>(document, 'health-explainer-change');

      radio(el, 'severity', 'severe').click();
      await settle(el);
      expect(events.events).to.have.length(1);
      const [picked] = events.events;
      expect(picked.target).to.equal(el);
      expect(picked.bubbles && picked.composed).to.equal(true);
      expect(picked.detail.topicId).to.equal('b12-muscle-tightness');
      expect(picked.detail.situation).to.deep.equal({ severity: 'severe', cause: 'unknown', diet: 'omnivore' });
      expect(picked.detail.plan.situation).to.deep.equal(picked.detail.situation);
      expect(picked.detail.plan.options.map((option) => option.label)).to.deep.equal(optionTitles(el));

      el.setAttribute('diet', 'vegan');
      await settle(el);
      expect(events.events).to.have.length(2);
      expect(events.events[1].detail.situation.diet).to.equal('vegan');
      expect(events.events[1].detail.plan.foods.map((food) => food.label)).to.deep.equal(
        foods(el).map((food) => food.replace(/ Source: \[\d+\]$/, '')),
      );

      // A site value replaces the person's pick on that axis.
      el.setAttribute('severity', 'mild');
      await settle(el);
      expect(events.events).to.have.length(3);
      expect(events.events[2].detail.situation.severity).to.equal('mild');

      // Nothing changed, nothing fired.
      el.setAttribute('cause', 'unknown');
      await settle(el);
      expect(events.events).to.have.length(3);
      events.stop();
    });
  });

  describe('keyboard', () => {
    it('Tab reaches each radio group and the arrow keys change the situation and the plan', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <health-treatment-explainer></health-treatment-explainer>
      </div>`);
      const el = page.querySelector('health-treatment-explainer')!;
      const events = record<ExplainerChangeEvent>(el, 'health-explainer-change');
      page.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('severity-mild');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(shadow(el).activeElement?.id).to.equal('severity-severe');
      expect(shownSituation(el).severity).to.equal('severe');
      expect(optionTitles(el)).to.deep.equal([INJECTIONS]);

      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('cause-unknown');
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(shownSituation(el).cause).to.equal('absorption');

      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('diet-omnivore');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(shownSituation(el).diet).to.equal('vegetarian');
      expect(foods(el).join(' ')).to.include('Nutritional yeast');

      expect(events.events.map((event) => event.detail.situation)).to.deep.equal([
        { severity: 'severe', cause: 'unknown', diet: 'omnivore' },
        { severity: 'severe', cause: 'absorption', diet: 'omnivore' },
        { severity: 'severe', cause: 'absorption', diet: 'vegetarian' },
      ]);
      events.stop();
    });

    it('Tab skips the groups the site locked', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <health-treatment-explainer locked severity="severe" cause="absorption"></health-treatment-explainer>
      </div>`);
      const el = page.querySelector('health-treatment-explainer')!;
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('diet-omnivore');
    });
  });

  describe('for (following a checklist)', () => {
    it('shows the urgent care card for a red-flag sign, without changing severity or cause', async () => {
      const id = uid('cl');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <health-treatment-explainer for=${id}></health-treatment-explainer>
      </div>`);
      const checklist = page.querySelector('health-symptom-checklist')!;
      const el = page.querySelector('health-treatment-explainer')!;
      const events = record<ExplainerChangeEvent>(el, 'health-explainer-change');
      expect(all(el, '[part="urgent-card"]')).to.have.length(0);

      await answer(checklist, 'balance', 'tingling', 'onset-slow');
      await settle(el);
      const card = one(el, '[part="urgent-card"]');
      const heading = card.querySelector('[role="heading"]')!;
      const prefix = heading.querySelector('.visually-hidden')!;
      expect(squash(prefix.textContent)).to.equal('Urgent advice:');
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      expect(squash(heading.textContent)).to.equal('Urgent advice: Contact a healthcare provider promptly');
      expect(squash(card.textContent)).to.include('Problems with balance').and.include('permanent nerve damage');

      // The answers lean to B12, yet severity and cause stay as they were.
      expect(shownSituation(el)).to.deep.equal({ severity: 'mild', cause: 'unknown', diet: 'omnivore' });
      expect(optionTitles(el)).to.deep.equal([]);
      expect(events.events).to.have.length(0);

      await answer(checklist, 'balance');
      await settle(el);
      expect(all(el, '[part="urgent-card"]')).to.have.length(0);
      events.stop();
    });

    it('warns once when for names nothing, and renders normally', async () => {
      warn = spyWarn();
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer for="no-such-list"></health-treatment-explainer>`,
      );
      await aTimeout(20);
      expectOneWarning(warn, '<health-treatment-explainer>', 'for="no-such-list"', 'no <health-symptom-checklist>');
      radio(el, 'diet', 'vegan').click();
      await settle(el);
      expect(warn.messages).to.have.length(1);
      expect(textOf(el)).to.include('Treatment and what to expect');
    });
  });

  describe('headings', () => {
    it('heading-level="4" puts the main heading at 4 and the sections at 5', async () => {
      const el = await fixture<HealthTreatmentExplainer>(
        html`<health-treatment-explainer heading-level="4" severity="severe"></health-treatment-explainer>`,
      );
      const levels = all(el, '[role="heading"]').map((node) => [squash(node.textContent), node.getAttribute('aria-level')]);
      expect(levels[0]).to.deep.equal(['Treatment and what to expect', '4']);
      const level = (text: string) => levels.find(([name]) => name === text)?.[1];
      for (const section of ['Your situation', 'Treatment options', 'Food sources of B12', 'What to expect', 'Sources']) {
        expect(level(section), section).to.equal('5');
      }
      expect(level(INJECTIONS)).to.equal('6');
      expect(level('Information: Important')).to.equal('5');
    });
  });

  describe('accessibility (axe)', () => {
    it('default', async () => {
      const el = await fixture(html`<health-treatment-explainer></health-treatment-explainer>`);
      await expect(el).to.be.accessible();
    });

    it('locked', async () => {
      const el = await fixture(
        html`<health-treatment-explainer locked severity="severe" cause="absorption" diet="vegan"></health-treatment-explainer>`,
      );
      await expect(el).to.be.accessible();
    });

    /** An explainer following a checklist with a red-flag sign ticked. */
    async function urgent(): Promise<HealthTreatmentExplainer> {
      const id = uid('cl');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <health-treatment-explainer for=${id}></health-treatment-explainer>
      </div>`);
      const el = page.querySelector('health-treatment-explainer')!;
      await answer(page.querySelector('health-symptom-checklist')!, 'balance');
      await settle(el);
      one(el, '[part="urgent-card"]');
      return el;
    }

    // The urgent card sits straight under the main heading: its heading is one level down.
    it('urgent', async () => {
      const el = await urgent();
      const card = one(el, '[part="urgent-card"] [role="heading"]');
      expect(card.getAttribute('aria-level')).to.equal('3');
      await expect(el).to.be.accessible();
    });

    it('loading', async () => {
      const el = await fixture(html`<health-treatment-explainer src=${route('slow')}></health-treatment-explainer>`);
      expect(one(el, '[role="status"]').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      warn = spyWarn();
      const el = await fixture(html`<health-treatment-explainer topic="nope"></health-treatment-explainer>`);
      expect(textOf(el)).to.include('The topic is not available.');
      expectOneWarning(warn, '<health-treatment-explainer>', '"nope"');
      await expect(el).to.be.accessible();
    });

    it('lang="es"', async () => {
      const el = await fixture(html`<health-treatment-explainer lang="es" locked cause="diet"></health-treatment-explainer>`);
      expect(textOf(el)).to.include('Tratamiento y qué esperar').and.include('Fijado por este sitio web.');
      await expect(el).to.be.accessible();
    });
  });
});
