/** <health-symptom-checklist>: rendering, attributes, properties, events, result, keyboard, axe, bad input. */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ChecklistChangeEvent, ChecklistResultEvent, HealthSymptomChecklist } from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import { registerTopic } from '../../src/model/registry.js';
import type { Topic } from '../../src/model/topic.js';
import { b12MuscleTightness as pack } from '../../src/topics/b12-muscle-tightness.js';
import {
  click,
  clonePack,
  control,
  expectOneWarning,
  focused,
  headings,
  labelOf,
  part,
  parts,
  recordEvents,
  root,
  route,
  spyWarn,
  squash,
  uniqueId,
  whenError,
  whenReady,
  type WarnSpy,
} from './helpers.js';

type Checklist = HealthSymptomChecklist;

const symptom = (id: string) => pack.symptoms.find((s) => s.id === id)!;
const option = (id: string) => pack.patterns.flatMap((p) => p.options).find((o) => o.id === id)!;
/** The label a person reads for a sign: plain words, then the clinical term in brackets. */
const signName = (id: string) => {
  const { label, clinicalTerm } = symptom(id);
  return clinicalTerm ? `${label} (${en.clinicalTerm}: ${clinicalTerm})` : label;
};
const sign = (el: Element, id: string) => control(el, symptom(id).label);
const radio = (el: Element, id: string) => control(el, option(id).label);
/** The fieldset whose legend reads `legend`. */
const group = (el: Element, legend: string) => {
  const found = parts<HTMLFieldSetElement>(el, 'fieldset').find((f) => squash(f.querySelector('legend')?.textContent) === legend);
  expect(found, `expected a fieldset "${legend}"`).to.exist;
  return found!;
};
const inputsOf = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll('input')];
const legends = (el: Element) => parts(el, 'fieldset > legend').map((legend) => squash(legend.textContent));
const resultButton = (el: Element) =>
  parts<HTMLButtonElement>(el, 'button').find((b) => squash(b.textContent) === en.showResult)!;
const liveRegion = (el: Element) =>
  parts(el, '[role="status"]').find((node) => !node.hasAttribute('aria-busy') && node.getAttribute('part') !== 'error')!;
const newChecklist = (attrs = html``) => fixture<Checklist>(html`<health-symptom-checklist>${attrs}</health-symptom-checklist>`);

/** Answers that lean clearly to B12 (tingling + slow onset + widespread). */
const leaningB12 = { signs: ['tingling'], patterns: { onset: 'onset-slow', area: 'area-widespread' } };

async function showResult(el: Checklist): Promise<void> {
  await click(el, resultButton(el));
  await el.updateComplete;
}

describe('<health-symptom-checklist>', () => {
  let warn: WarnSpy;
  beforeEach(() => {
    warn = spyWarn();
  });
  afterEach(() => {
    warn.restore();
  });

  describe('rendering', () => {
    it('renders every sign of the pack as a checkbox named by its label and clinical term', async () => {
      const el = await newChecklist();
      const signs = parts<HTMLInputElement>(el, 'input[type="checkbox"]').filter((i) => labelOf(i) !== en.noneOfThese);
      expect(signs.map(labelOf)).to.deep.equal(pack.symptoms.map((s) => signName(s.id)));
      for (const input of signs) expect(input.checked, labelOf(input)).to.equal(false);
      expect(labelOf(sign(el, 'tingling'))).to.equal(
        'Tingling or numbness, often in the hands and feet (medical term: paresthesia)',
      );
      expect(labelOf(sign(el, 'coordination'))).to.include('(medical term: ataxia)');
      expect(labelOf(sign(el, 'sore-tongue'))).to.include('(medical term: glossitis)');
      expect(labelOf(sign(el, 'cramps'))).to.equal('Muscle cramps');
    });

    it('groups the signs in one fieldset per category, with the category as legend, and a last "None of these"', async () => {
      const el = await newChecklist();
      expect(legends(el).slice(0, pack.categories.length)).to.deep.equal(pack.categories.map((c) => c.label));
      for (const category of pack.categories) {
        const inputs = inputsOf(group(el, category.label));
        const expected = pack.symptoms.filter((s) => s.category === category.id).map((s) => signName(s.id));
        expect(inputs.map(labelOf)).to.deep.equal([...expected, en.noneOfThese]);
        expect(inputs.every((input) => input.type === 'checkbox')).to.equal(true);
      }
    });

    it('a hint under a sign describes its checkbox', async () => {
      const el = await newChecklist();
      const input = sign(el, 'balance');
      const hint = root(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(hint?.textContent).to.equal(symptom('balance').detail);
      expect(sign(el, 'tingling').hasAttribute('aria-describedby')).to.equal(false);
    });

    it('renders every pattern question as a radio group with its options', async () => {
      const el = await newChecklist();
      expect(headings(el).map((h) => h.text)).to.include(en.patternsTitle);
      for (const pattern of pack.patterns) {
        const inputs = inputsOf(group(el, pattern.question));
        expect(inputs.map(labelOf)).to.deep.equal(pattern.options.map((o) => o.label));
        expect(inputs.every((input) => input.type === 'radio' && !input.checked)).to.equal(true);
        expect(new Set(inputs.map((input) => input.name)).size, 'one radio group').to.equal(1);
      }
      const names = pack.patterns.map((p) => inputsOf(group(el, p.question))[0].name);
      expect(new Set(names).size, 'each question is its own group').to.equal(pack.patterns.length);
    });

    it('"None of these" clears the signs of its own group only', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'tingling'));
      await click(el, sign(el, 'balance'));
      await click(el, sign(el, 'cramps'));
      const none = inputsOf(group(el, 'Nerve signs (neurological)')).at(-1)!;
      expect(labelOf(none)).to.equal(en.noneOfThese);
      await click(el, none);
      expect(none.checked).to.equal(true);
      expect(sign(el, 'tingling').checked).to.equal(false);
      expect(sign(el, 'balance').checked).to.equal(false);
      expect(sign(el, 'cramps').checked, 'another group is untouched').to.equal(true);
      expect(el.answers.signs).to.deep.equal(['cramps']);
      // Ticking a sign again takes back "None of these".
      await click(el, sign(el, 'vision'));
      expect(none.checked).to.equal(false);
      expect(el.answers.signs).to.deep.equal(['cramps', 'vision']);
    });

    it('a pack id with a "-hint" suffix does not collide with another sign\'s hint id', async () => {
      const custom = clonePack();
      custom.id = uniqueId('ids');
      custom.symptoms.push({ ...symptom('cramps'), id: 'balance-hint', label: 'Hint-like id' });
      registerTopic(custom);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${custom.id}></health-symptom-checklist>`);
      const ids = parts(el, '[id]').map((node) => node.id);
      expect(ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`).to.equal(new Set(ids).size);
      const hint = root(el).getElementById(sign(el, 'balance').getAttribute('aria-describedby')!);
      expect(hint?.textContent).to.equal(symptom('balance').detail);
      expect(labelOf(control(el, 'Hint-like id'))).to.equal('Hint-like id');
    });
  });

  describe('categories', () => {
    it('"neurological,muscle" shows only those fieldsets, in that order', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist categories="neurological,muscle"></health-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal([
        'Nerve signs (neurological)',
        'Muscle signs',
        ...pack.patterns.map((p) => p.question),
      ]);
      expect(parts(el, 'input[type="checkbox"]').some((i) => labelOf(i as HTMLInputElement).startsWith('Feeling very tired'))).to.equal(
        false,
      );
      expect(warn.messages).to.deep.equal([]);
    });

    it('an unknown name warns once and is ignored', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist categories="muscle, nerves"></health-symptom-checklist>`,
      );
      expect(legends(el)[0]).to.equal('Muscle signs');
      expect(legends(el).filter((l) => pack.categories.some((c) => c.label === l))).to.deep.equal(['Muscle signs']);
      el.requestUpdate();
      await el.updateComplete;
      expectOneWarning(warn, '<health-symptom-checklist>', 'categories', '"nerves"');
    });

    it('only unknown names: all categories are shown (and one warning)', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist categories="nerves,brain"></health-symptom-checklist>`);
      expect(legends(el).slice(0, 4)).to.deep.equal(pack.categories.map((c) => c.label));
      expectOneWarning(warn, '"nerves"', '"brain"');
    });

    it('follows a change of the attribute and keeps the answers', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist categories="muscle"></health-symptom-checklist>`);
      await click(el, sign(el, 'cramps'));
      el.setAttribute('categories', 'psychological,muscle');
      await el.updateComplete;
      expect(legends(el).slice(0, 2)).to.deep.equal(['Mood and memory (psychological)', 'Muscle signs']);
      expect(sign(el, 'cramps').checked).to.equal(true);
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(legends(el).slice(0, 4)).to.deep.equal(pack.categories.map((c) => c.label));
      expect(warn.messages).to.deep.equal([]);
    });
  });

  describe('persist', () => {
    afterEach(() => sessionStorage.clear());

    it('without persist, nothing is written to storage', async () => {
      const before = sessionStorage.length;
      const el = await newChecklist();
      await click(el, sign(el, 'tingling'));
      expect(sessionStorage.length).to.equal(before);
    });

    it('saves the answers under the key; a new element with the same key restores them', async () => {
      const key = uniqueId('answers');
      const first = await fixture<Checklist>(html`<health-symptom-checklist persist=${key}></health-symptom-checklist>`);
      await click(first, sign(first, 'tingling'));
      await click(first, radio(first, 'onset-slow'));
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({
        signs: ['tingling'],
        patterns: { onset: 'onset-slow' },
      });
      first.remove();

      const second = await fixture<Checklist>(html`<health-symptom-checklist persist=${key}></health-symptom-checklist>`);
      expect(sign(second, 'tingling').checked).to.equal(true);
      expect(radio(second, 'onset-slow').checked).to.equal(true);
      expect(second.answers).to.deep.equal({ signs: ['tingling'], patterns: { onset: 'onset-slow' } });

      const other = await fixture<Checklist>(
        html`<health-symptom-checklist persist=${uniqueId('other')}></health-symptom-checklist>`,
      );
      expect(other.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(warn.messages).to.deep.equal([]);
    });

    it('reset() clears the stored answers', async () => {
      const key = uniqueId('answers');
      const el = await fixture<Checklist>(html`<health-symptom-checklist persist=${key}></health-symptom-checklist>`);
      await click(el, sign(el, 'memory'));
      expect(sessionStorage.getItem(key)).to.not.equal(null);
      el.reset();
      await el.updateComplete;
      expect(sessionStorage.getItem(key)).to.equal(null);
      expect(sign(el, 'memory').checked).to.equal(false);
    });

    it('stored answers that are not JSON, or name unknown ids, never break it', async () => {
      const broken = uniqueId('broken');
      sessionStorage.setItem(broken, '{not json');
      const a = await fixture<Checklist>(html`<health-symptom-checklist persist=${broken}></health-symptom-checklist>`);
      expect(a.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(warn.messages).to.deep.equal([]);

      const stale = uniqueId('stale');
      sessionStorage.setItem(stale, JSON.stringify({ signs: ['tingling', 'gone'], patterns: { onset: 'never' } }));
      const b = await fixture<Checklist>(html`<health-symptom-checklist persist=${stale}></health-symptom-checklist>`);
      expect(b.answers).to.deep.equal({ signs: ['tingling'], patterns: {} });
      expect(sign(b, 'tingling').checked).to.equal(true);
      expectOneWarning(warn, 'gone', 'onset=never');
    });

    it('a sessionStorage whose setItem throws never breaks the widget (one warning)', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const el = await fixture<Checklist>(
          html`<health-symptom-checklist persist=${uniqueId('full')}></health-symptom-checklist>`,
        );
        const changes = recordEvents<ChecklistChangeEvent>(el, 'health-checklist-change');
        await click(el, sign(el, 'tingling'));
        await click(el, radio(el, 'onset-slow'));
        changes.stop();
        expect(sign(el, 'tingling').checked).to.equal(true);
        expect(el.answers).to.deep.equal({ signs: ['tingling'], patterns: { onset: 'onset-slow' } });
        expect(changes.events).to.have.length(2);
        await showResult(el);
        expect(parts(el, '[part="result"]')).to.have.length(1);
        expectOneWarning(warn, 'sessionStorage is not available');
      } finally {
        Storage.prototype.setItem = original;
      }
    });
  });

  describe('properties', () => {
    it('answers returns a copy', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      const copy = el.answers;
      copy.signs.push('balance');
      copy.patterns.onset = 'onset-sudden';
      expect(el.answers).to.deep.equal(leaningB12);
    });

    it('setting answers ticks the controls and does not fire a change event', async () => {
      const el = await newChecklist();
      const changes = recordEvents(document, 'health-checklist-change');
      el.answers = leaningB12;
      await el.updateComplete;
      changes.stop();
      expect(sign(el, 'tingling').checked).to.equal(true);
      expect(radio(el, 'onset-slow').checked).to.equal(true);
      expect(radio(el, 'area-widespread').checked).to.equal(true);
      expect(sign(el, 'balance').checked).to.equal(false);
      expect(changes.events).to.deep.equal([]);
      el.answers = { signs: ['balance'], patterns: {} };
      await el.updateComplete;
      expect(sign(el, 'tingling').checked).to.equal(false);
      expect(sign(el, 'balance').checked).to.equal(true);
      expect(radio(el, 'onset-slow').checked).to.equal(false);
    });

    it('setting answers drops unknown ids with one warning naming them', async () => {
      const el = await newChecklist();
      el.answers = {
        signs: ['tingling', 'no-such-sign'],
        patterns: { onset: 'onset-slow', area: 'bogus', nope: 'x' },
      };
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: ['tingling'], patterns: { onset: 'onset-slow' } });
      expectOneWarning(warn, '<health-symptom-checklist>', 'no-such-sign', 'area=bogus', 'nope=x');
    });

    it('answers set before a src pack has loaded are applied once it is shown', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist src=${route('slow-valid')} .answers=${leaningB12}></health-symptom-checklist>`,
      );
      await whenReady(el);
      expect(el.answers).to.deep.equal(leaningB12);
      expect(sign(el, 'tingling').checked).to.equal(true);
    });

    it('assessment is read-only and leans to b12 for tingling, slow onset and widespread tightness', async () => {
      const el = await newChecklist();
      expect(el.assessment?.leaning).to.equal('unclear');
      expect(el.assessment?.answered).to.equal(0);
      el.answers = leaningB12;
      const assessment = el.assessment!;
      expect(assessment.topicId).to.equal('b12-muscle-tightness');
      expect(assessment.leaning).to.equal('b12');
      expect(assessment.scores).to.deep.equal({ b12: 6, everyday: 0 });
      expect(assessment.summary.text).to.equal(pack.conditions[0].leaning.text);
      expect(() => {
        (el as unknown as { assessment: unknown }).assessment = null;
      }).to.throw(TypeError);
      expect(el.assessment).to.equal(assessment);
    });

    it('reset() clears every answer and hides the result', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      await el.updateComplete;
      await click(el, inputsOf(group(el, 'Muscle signs')).at(-1)!);
      await showResult(el);
      el.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(parts<HTMLInputElement>(el, 'input').filter((i) => i.checked)).to.deep.equal([]);
      expect(parts(el, '[part="result"]')).to.be.empty;
      expect(squash(liveRegion(el).textContent)).to.equal('');
      expect(el.assessment?.leaning).to.equal('unclear');
    });
  });

  describe('events', () => {
    it('health-checklist-change on every answer, with {topicId, answers, assessment}; bubbles and composed', async () => {
      const el = await newChecklist();
      const changes = recordEvents<ChecklistChangeEvent>(document, 'health-checklist-change');
      try {
        await click(el, sign(el, 'tingling'));
        await click(el, radio(el, 'onset-slow'));
        await click(el, radio(el, 'area-widespread'));
        await click(el, sign(el, 'tingling'));
        await click(el, inputsOf(group(el, 'Muscle signs')).at(-1)!);
      } finally {
        changes.stop();
      }
      expect(changes.events).to.have.length(5);
      const [first, , third, fourth] = changes.events;
      for (const event of changes.events) {
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.target).to.equal(el);
        expect(event.detail.topicId).to.equal('b12-muscle-tightness');
      }
      expect(first.detail.answers).to.deep.equal({ signs: ['tingling'], patterns: {} });
      expect(first.detail.assessment.scores.b12).to.equal(2);
      expect(third.detail.answers).to.deep.equal(leaningB12);
      expect(third.detail.assessment.leaning).to.equal('b12');
      expect(fourth.detail.answers).to.deep.equal({ signs: [], patterns: leaningB12.patterns });
    });

    it('health-checklist-result when the button is pressed; it crosses shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('health-symptom-checklist');
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      el.answers = leaningB12;
      await el.updateComplete;
      const changed = oneEvent(document, 'health-checklist-change');
      sign(el, 'balance').click();
      const change = (await changed) as ChecklistChangeEvent;
      expect(change.target, 'retargeted to the outer host').to.equal(host);
      expect(change.detail.answers.signs).to.deep.equal(['tingling', 'balance']);
      await el.updateComplete;

      const result = oneEvent(document, 'health-checklist-result');
      resultButton(el).click();
      const event = (await result) as ChecklistResultEvent;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.topicId).to.equal('b12-muscle-tightness');
      expect(event.detail.answers).to.deep.equal({ signs: ['tingling', 'balance'], patterns: leaningB12.patterns });
      expect(event.detail.assessment.leaning).to.equal('b12');
      expect(event.detail.assessment.redFlags.map((s) => s.id)).to.deep.equal(['balance']);
    });
  });

  describe('result panel', () => {
    it('is not shown until asked for', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'tingling'));
      expect(parts(el, '[part="result"]')).to.be.empty;
      expect(squash(liveRegion(el).textContent)).to.equal('');
    });

    it('explains the leaning with the reasons, and always says it is not a diagnosis and that a blood test confirms', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'tingling'));
      await click(el, radio(el, 'onset-slow'));
      await click(el, radio(el, 'area-widespread'));
      await showResult(el);
      const result = part(el, '[part="result"]');
      const text = squash(result.textContent);
      expect(squash(part(el, '.leaning').textContent)).to.include(pack.conditions[0].leaning.text);
      expect(text).to.include(`${en.pointsTo.trim()} ${pack.conditions[0].label}`);
      const withoutCitations = (li: Element) => {
        const copy = li.cloneNode(true) as Element;
        copy.querySelectorAll('.cite').forEach((cite) => cite.remove());
        return squash(copy.textContent);
      };
      const reasons = [...result.querySelectorAll('.reasons li')].map(withoutCitations);
      expect(reasons).to.deep.equal([symptom('tingling').label, option('onset-slow').label, option('area-widespread').label]);
      expect(text).to.include(pack.guidance.notDiagnosis.text);
      expect(text).to.include(pack.guidance.bloodTest.text);
      expect(text).to.include(pack.conditions[0].nextStep.text);
      expect(parts(el, '[part="urgent-card"]')).to.be.empty;
      // Statements cite their sources by number.
      expect(text).to.include('Source: [1, 2]');
    });

    it('with no answers it says the answers are unclear, and still not a diagnosis', async () => {
      const el = await newChecklist();
      await showResult(el);
      const text = squash(part(el, '[part="result"]').textContent);
      expect(text).to.include(pack.guidance.unclear.text);
      expect(text).to.include(en.noReasons);
      expect(text).to.include(pack.guidance.notDiagnosis.text);
      expect(text).to.include(pack.guidance.bloodTest.text);
    });

    it('moves focus to the result heading and updates the live region', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      await showResult(el);
      const heading = part(el, '#result-heading');
      expect(focused(el)).to.equal(heading);
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(squash(heading.textContent)).to.equal(en.resultTitle);
      expect(part(el, '[part="result"]').getAttribute('aria-labelledby')).to.equal('result-heading');
      const live = liveRegion(el);
      expect(live.getAttribute('role')).to.equal('status');
      expect(squash(live.textContent)).to.equal(`${en.resultUpdated} ${pack.conditions[0].leaning.text}`);
    });

    it('a red flag (balance) shows the urgent care card with a visually hidden "Urgent advice:" prefix', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'balance'));
      await showResult(el);
      const card = part(el, '[part="urgent-card"]');
      const heading = card.querySelector<HTMLElement>('[role="heading"]')!;
      const prefix = heading.querySelector('.visually-hidden')!;
      expect(squash(prefix.textContent)).to.equal(en.urgentPrefix.trim());
      expect(getComputedStyle(prefix).position).to.equal('absolute');
      expect(squash(heading.textContent)).to.equal(`${en.urgentPrefix.trim()} ${en.urgentTitle}`);
      const text = squash(card.textContent);
      expect(text).to.include(pack.guidance.redFlag.text);
      expect([...card.querySelectorAll('li')].map((li) => squash(li.textContent))).to.deep.equal(['Problems with balance']);
      // The urgent card comes first, and the result still says it is not a diagnosis.
      const result = part(el, '[part="result"]');
      expect(result.querySelector('.care-card')).to.equal(card);
      expect(squash(result.textContent)).to.include(pack.guidance.notDiagnosis.text);
    });

    it('follows the answers once shown', async () => {
      const el = await newChecklist();
      await showResult(el);
      expect(parts(el, '[part="urgent-card"]')).to.be.empty;
      await click(el, sign(el, 'vision'));
      expect(parts(el, '[part="urgent-card"]')).to.have.length(1);
      await click(el, sign(el, 'vision'));
      expect(parts(el, '[part="urgent-card"]')).to.be.empty;
    });

    it('"Start again" clears the answers, fires a change and focuses the first checkbox', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      await showResult(el);
      const again = parts<HTMLButtonElement>(el, 'button').find((b) => squash(b.textContent) === en.startAgain)!;
      const changed = oneEvent(el, 'health-checklist-change');
      again.click();
      const event = (await changed) as ChecklistChangeEvent;
      expect(event.detail.answers).to.deep.equal({ signs: [], patterns: {} });
      await el.updateComplete;
      await waitUntil(() => focused(el) === sign(el, 'cramps'), 'focus on the first checkbox');
      expect(parts(el, '[part="result"]')).to.be.empty;
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
        parts<HTMLButtonElement>(el, 'button').find((b) => squash(b.textContent) === en.print)!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('keyboard', () => {
    async function tabUntil(el: Checklist, done: (active: Element | null) => boolean, max = 40): Promise<void> {
      for (let i = 0; i < max && !done(focused(el)); i++) await sendKeys({ press: 'Tab' });
      expect(done(focused(el)), `focus stopped on ${focused(el)?.outerHTML ?? 'nothing in the element'}`).to.equal(true);
    }

    it('the whole flow works by keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <health-symptom-checklist></health-symptom-checklist>
      </div>`);
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      const results = recordEvents<ChecklistResultEvent>(el, 'health-checklist-result');

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'the first checkbox').to.equal(sign(el, 'cramps'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(sign(el, 'cramps').checked).to.equal(true);

      await tabUntil(el, (active) => active === sign(el, 'tingling'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.answers.signs).to.deep.equal(['cramps', 'tingling']);

      // Tab reaches the first radio group; arrows move within it and select.
      await tabUntil(el, (active) => (active as HTMLInputElement | null)?.type === 'radio');
      expect(focused(el)).to.equal(radio(el, 'onset-slow'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(radio(el, 'onset-sudden'));
      expect(radio(el, 'onset-sudden').checked).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)).to.equal(radio(el, 'onset-slow'));
      expect(radio(el, 'onset-slow').checked).to.equal(true);
      expect(radio(el, 'onset-sudden').checked).to.equal(false);

      // One Tab leaves the group for the next question; Space picks the focused option.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radio(el, 'area-widespread'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({
        signs: ['cramps', 'tingling'],
        patterns: { onset: 'onset-slow', area: 'area-widespread' },
      });

      await tabUntil(el, (active) => active === resultButton(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => focused(el)?.id === 'result-heading', 'focus on the result heading');
      expect(focused(el)?.id).to.equal('result-heading');
      expect(results.events).to.have.length(1);
      expect(results.events[0].detail.assessment.leaning).to.equal('b12');
      results.stop();
    });
  });

  describe('accessibility (axe)', () => {
    it('empty', async () => {
      const el = await newChecklist();
      await expect(el).to.be.accessible();
    });

    it('answered', async () => {
      const el = await newChecklist();
      await click(el, sign(el, 'tingling'));
      await click(el, radio(el, 'onset-slow'));
      await click(el, inputsOf(group(el, 'Muscle signs')).at(-1)!);
      await expect(el).to.be.accessible();
    });

    it('result', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      await showResult(el);
      await expect(el).to.be.accessible();
    });

    it('red flag', async () => {
      const el = await newChecklist();
      el.answers = { signs: ['balance', 'vision'], patterns: {} };
      await showResult(el);
      expect(parts(el, '[part="urgent-card"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('loading', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist src=${route('slow-valid')}></health-symptom-checklist>`,
      );
      expect(parts(el, '[aria-busy="true"]')).to.have.length(1);
      await expect(el).to.be.accessible();
      await whenReady(el);
    });

    it('error', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${route('invalid')}></health-symptom-checklist>`);
      await whenError(el);
      await expect(el).to.be.accessible();
      expectOneWarning(warn, 'symptoms[0].category');
    });

    it('lang="es", with a red-flag result', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="es"></health-symptom-checklist>`);
      el.answers = { signs: ['balance'], patterns: { onset: 'onset-slow' } };
      await showResultEs(el);
      expect(squash(part(el, '[part="urgent-card"] [role="heading"]').textContent)).to.equal(
        `${es.urgentPrefix.trim()} ${es.urgentTitle}`,
      );
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
      hostile.categories[0].label = img;
      hostile.symptoms[0].label = script;
      hostile.symptoms[0].clinicalTerm = img;
      hostile.symptoms[1].detail = img;
      hostile.patterns[0].question = script;
      hostile.patterns[0].options[0].label = img;
      hostile.conditions[0].label = script;
      hostile.guidance.notDiagnosis.text = img;
      hostile.sources[0].title = script;
      registerTopic(hostile);

      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${hostile.id}></health-symptom-checklist>`);
      await click(el, control(el, script));
      await click(el, control(el, img));
      await showResult(el);
      await aTimeout(50);

      const text = root(el).textContent ?? '';
      expect(text).to.include(img).and.include(script);
      expect(labelOf(control(el, script))).to.equal(`${script} (${en.clinicalTerm}: ${img})`);
      expect(legends(el)[0]).to.equal(img);
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('loaded from a URL, too', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${route('hostile')}></health-symptom-checklist>`);
      await whenReady(el);
      await click(el, control(el, '<script>'));
      await aTimeout(50);
      expect(root(el).textContent).to.include('<script>window.__pwned=1</script>');
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('before the element is defined', () => {
    it('answers a page set on the plain element are taken over when it upgrades', async () => {
      const tag = `early-checklist-${Math.random().toString(36).slice(2)}`;
      const plain = document.createElement(tag) as HTMLElement & { answers?: unknown };
      plain.answers = { signs: ['tingling'], patterns: { onset: 'onset-slow' } };
      document.body.append(plain);
      const Checklist = customElements.get('health-symptom-checklist')!;
      customElements.define(tag, class extends Checklist {});
      const el = plain as unknown as Checklist;
      await waitUntil(() => el.assessment !== null, 'the topic to be ready');
      expect(el.answers).to.deep.equal({ signs: ['tingling'], patterns: { onset: 'onset-slow' } });
      expect(sign(el, 'tingling').checked).to.equal(true);
      plain.remove();
    });
  });

  describe('form association', () => {
    it('inside a <form>, the answers are submitted under its name; form.reset() clears the checklist', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <health-symptom-checklist name="symptoms"></health-symptom-checklist>
      </form>`);
      const el = form.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);

      await click(el, sign(el, 'tingling'));
      await click(el, sign(el, 'balance'));
      await click(el, radio(el, 'onset-slow'));
      const data = new FormData(form);
      expect(data.getAll('symptoms')).to.deep.equal(['tingling', 'balance']);
      expect(data.get('symptoms.onset')).to.equal('onset-slow');
      expect(data.has('symptoms.area')).to.equal(false);

      form.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: [], patterns: {} });
      expect(sign(el, 'tingling').checked).to.equal(false);
      expect(radio(el, 'onset-slow').checked).to.equal(false);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('a disabled <fieldset> around it disables every control, and enabling it gives them back', async () => {
      const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset disabled>
        <health-symptom-checklist name="symptoms"></health-symptom-checklist>
      </fieldset>`);
      const el = fieldset.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      const controls = () => [...root(el).querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, .actions button')];
      expect(controls().length).to.be.greaterThan(20);
      expect(controls().every((control) => control.matches(':disabled'))).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(controls().some((control) => control.matches(':disabled'))).to.equal(false);
    });

    it('without a name, nothing is submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><health-symptom-checklist></health-symptom-checklist></form>`);
      const el = form.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      await click(el, sign(el, 'tingling'));
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
        suggests: { [i % 2 ? 'b12' : 'everyday']: 3 },
        source: ['article'],
      }));
      big.symptoms = [...big.symptoms, ...extra];
      registerTopic(big);

      const started = performance.now();
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${big.id}></health-symptom-checklist>`);
      const rendered = performance.now() - started;
      const signs = parts<HTMLInputElement>(el, 'input[type="checkbox"]').filter((i) => labelOf(i) !== en.noneOfThese);
      expect(signs).to.have.length(500);
      expect(new Set(signs.map((s) => s.id)).size).to.equal(500);
      expect(legends(el).slice(0, 4)).to.deep.equal(big.categories.map((c) => c.label));

      await showResult(el);
      expect(squash(part(el, '.leaning').textContent)).to.include(big.guidance.unclear.text);
      const before = performance.now();
      await click(el, control(el, 'Extra sign 0'));
      const updated = performance.now() - before;
      expect(squash(part(el, '.leaning').textContent)).to.include(big.conditions[1].leaning.text);
      expect(el.assessment?.leaning).to.equal('everyday');
      // Generous bounds: they catch an accidental quadratic render, not a slow machine.
      expect(rendered, 'first render (ms)').to.be.below(3000);
      expect(updated, 'update after a click (ms)').to.be.below(1000);
    });
  });

  describe('print summary', () => {
    it('a print-only block has the date and the answers; the controls are screen-only', async () => {
      const el = await newChecklist();
      const summary = part(el, '.print-only');
      expect(squash(summary.textContent)).to.include(en.noAnswers);

      await click(el, sign(el, 'tingling'));
      await click(el, radio(el, 'onset-slow'));
      const text = squash(summary.textContent);
      expect(text).to.include(`${en.summaryTitle} · ${pack.title}`);
      expect(text).to.include(en.yourAnswers);
      const items = [...summary.querySelectorAll('li')].map((li) => squash(li.textContent));
      expect(items).to.deep.equal([
        'Tingling or numbness, often in the hands and feet (paresthesia)',
        `${pack.patterns[0].question} ${option('onset-slow').label}`,
      ]);
      const time = summary.querySelector('time')!;
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      expect(time.getAttribute('datetime'), 'the local date, as shown').to.equal(today);
      expect(time.textContent).to.equal(now.toLocaleDateString('en', { dateStyle: 'long' }));
      expect(text).to.include(en.summaryDate);

      // Every control is inside a screen-only block, and none is in the summary.
      await showResult(el);
      const controls = parts(el, 'input, button');
      expect(controls).to.not.be.empty;
      for (const node of controls) expect(node.closest('.screen-only'), node.outerHTML).to.exist;
      expect(summary.querySelectorAll('input, button')).to.have.length(0);
      expect(getComputedStyle(summary).display).to.equal('none');
    });

    it('the date follows the widget language', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="es"></health-symptom-checklist>`);
      const time = part(el, '.print-only time');
      expect(time.textContent).to.equal(new Date().toLocaleDateString('es', { dateStyle: 'long' }));
    });

    it('in print media the summary shows and the controls hide', async () => {
      const el = await newChecklist();
      el.answers = leaningB12;
      await showResult(el);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(part(el, '.print-only')).display).to.equal('block');
        for (const node of parts(el, '.screen-only')) expect(getComputedStyle(node).display).to.equal('none');
        expect(getComputedStyle(part(el, '[part="result"]')).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('the sign groups sit in one column in a narrow container and two in a wide one', async () => {
      const el = await newChecklist();
      const groups = part(el, '.groups');
      const columns = () => getComputedStyle(groups).gridTemplateColumns.split(' ').length;
      await setViewport({ width: 360, height: 640 });
      expect(columns()).to.equal(1);
      await setViewport({ width: 1200, height: 800 });
      expect(columns()).to.equal(2);
    });
  });
});

async function showResultEs(el: Checklist): Promise<void> {
  const button = parts<HTMLButtonElement>(el, 'button').find((b) => squash(b.textContent) === es.showResult)!;
  expect(button, 'the Spanish result button').to.exist;
  await click(el, button);
}
