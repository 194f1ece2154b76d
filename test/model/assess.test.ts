import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, noAnswers, parseTopic, UNCLEAR, type Answers, type Assessment } from '../../src/model/index.js';
import { cleanAnswers } from '../../src/model/assess.js';
import { changed, clonePack, edited, REMOVE } from './helpers.js';
import { hostileValue } from '../fixtures/hostile.js';

/**
 * The synthetic plant pack: conditions fungus, sunburn and pests; one pattern question
 * (`light`); a red flag (whole-plant-wilts); comparison rows `look` and `where`; margin 2.
 */
const topic = parseTopic(clonePack());
const { guidance } = topic;
const condition = (id: string) => topic.conditions.find((c) => c.id === id)!;
const symptomAt = (id: string) => topic.symptoms.findIndex((s) => s.id === id);

const answers = (signs: string[], patterns: Record<string, string> = {}): Answers => ({ signs, patterns });

/** Answers that all point to a fungus: brown spots (2), a musty smell (1), shade (2). */
const fungusLike = () => answers(['brown-spots', 'musty-smell'], { light: 'light-shade' });
/** Answers that all point to too much sun: pale patches (2), a sunny window (2). */
const sunburnLike = () => answers(['pale-patches'], { light: 'light-window' });

const statements = (result: Assessment) => result.nextSteps.map((step) => step.statement);

/** Every answer a person could give: any subset of signs, and any option (or none) per question. */
const anyAnswers: fc.Arbitrary<Answers> = fc.record({
  signs: fc.subarray(topic.symptoms.map((symptom) => symptom.id)),
  patterns: fc
    .tuple(...topic.patterns.map((pattern) => fc.option(fc.constantFrom(...pattern.options.map((o) => o.id)))))
    .map((chosen) => {
      const patterns: Record<string, string> = {};
      chosen.forEach((option, index) => {
        if (option !== null) patterns[topic.patterns[index].id] = option;
      });
      return patterns;
    }),
});

/** The next step a care card makes, for an assessment with an urgency. */
const cardStep = (result: Assessment) => ({
  urgency: result.urgency,
  title: result.careCard!.title,
  statement: { text: result.careCard!.text, source: result.careCard!.source },
});

describe('assess', () => {
  describe('leaning', () => {
    it('brown spots, a musty smell and shade lean to a fungus', () => {
      const result = assess(topic, fungusLike());
      expect(result.leaning).to.equal('fungus');
      expect(result.answered).to.equal(3);
      expect(result.scores).to.deep.equal({ fungus: 5, sunburn: 0, pests: 0 });
      expect(result.summary).to.equal(condition('fungus').leaning);
      expect(statements(result)).to.include(condition('fungus').nextStep);
      expect(statements(result)).to.not.include(guidance.unclearNextStep);
    });

    it('signs alone can lean too (tiny holes and a sticky coating lean to insects)', () => {
      const result = assess(topic, answers(['tiny-holes', 'sticky']));
      expect(result.leaning).to.equal('pests');
      expect(result.scores).to.deep.equal({ fungus: 0, sunburn: 0, pests: 3 });
      expect(result.summary).to.equal(condition('pests').leaning);
    });

    it('pale patches in a sunny window lean to too much sun', () => {
      const result = assess(topic, sunburnLike());
      expect(result.leaning).to.equal('sunburn');
      expect(result.answered).to.equal(2);
      expect(result.scores).to.deep.equal({ fungus: 0, sunburn: 4, pests: 0 });
      expect(result.summary).to.equal(condition('sunburn').leaning);
      expect(statements(result)).to.include(condition('sunburn').nextStep);
      expect(statements(result)).to.not.include(condition('fungus').nextStep);
    });

    it('no answers is "unclear", with nothing answered', () => {
      const result = assess(topic, noAnswers());
      expect(UNCLEAR).to.equal('unclear');
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.answered).to.equal(0);
      expect(result.scores).to.deep.equal({ fungus: 0, sunburn: 0, pests: 0 });
      expect(result.summary).to.equal(guidance.unclear);
      expect(result.reasons).to.deep.equal([]);
      expect(result.redFlags).to.deep.equal([]);
      expect(result.touchedRows).to.deep.equal([]);
      expect(statements(result)).to.deep.equal([guidance.unclearNextStep, guidance.confirm, guidance.notDiagnosis]);
    });

    it('answers that point nowhere are "unclear", but counted', () => {
      const result = assess(topic, answers([], { light: 'light-unsure' }));
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.answered).to.equal(1);
      expect(result.reasons).to.deep.equal([]);
    });

    it('equal scores are "unclear"', () => {
      const result = assess(topic, answers(['brown-spots'], { light: 'light-window' }));
      expect(result.scores).to.deep.equal({ fungus: 2, sunburn: 2, pests: 0 });
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.summary).to.equal(guidance.unclear);
      expect(statements(result)).to.include(guidance.unclearNextStep);
    });

    it('scores closer than the margin are "unclear"', () => {
      const result = assess(topic, answers(['brown-spots', 'sticky']));
      expect(result.scores).to.deep.equal({ fungus: 2, sunburn: 0, pests: 1 });
      expect(result.leaning).to.equal(UNCLEAR);
      expect(assess(topic, answers(['musty-smell'])).leaning).to.equal(UNCLEAR);
    });

    it('a difference of exactly the margin (2) is clear', () => {
      expect(topic.unclearMargin).to.equal(2);
      expect(assess(topic, answers(['brown-spots'])).leaning).to.equal('fungus');
      const close = assess(topic, answers(['brown-spots', 'musty-smell', 'whole-plant-wilts'], { light: 'light-window' }));
      expect(close.scores).to.deep.equal({ fungus: 4, sunburn: 2, pests: 0 });
      expect(close.leaning).to.equal('fungus');
    });

    it("uses the pack's own margin", () => {
      const strict = parseTopic(changed(['unclearMargin'], 5));
      expect(assess(strict, fungusLike()).leaning).to.equal('fungus');
      expect(assess(strict, answers(['brown-spots', 'musty-smell'])).leaning).to.equal(UNCLEAR);
    });

    it('the margin is 2 when the pack sets none', () => {
      const plain = parseTopic(changed(['unclearMargin'], REMOVE));
      expect(plain.unclearMargin).to.equal(undefined);
      expect(assess(plain, answers(['brown-spots'])).leaning).to.equal('fungus');
      expect(assess(plain, answers(['musty-smell'])).leaning).to.equal(UNCLEAR);
    });

    it('a tie is "unclear" even with a margin of 0', () => {
      const loose = parseTopic(changed(['unclearMargin'], 0));
      expect(assess(loose, answers(['brown-spots'], { light: 'light-window' })).leaning).to.equal(UNCLEAR);
      expect(assess(loose, answers(['brown-spots', 'musty-smell'], { light: 'light-window' })).leaning).to.equal('fungus');
    });

    it('never leans to a condition with no positive score', () => {
      const negative = parseTopic(changed(['symptoms', 0, 'suggests'], { sunburn: -5, pests: -5 }));
      const result = assess(negative, answers(['brown-spots']));
      expect(result.scores).to.deep.equal({ fungus: 0, sunburn: -5, pests: -5 });
      expect(result.leaning).to.equal(UNCLEAR);
    });

    it('compares the top two of three conditions', () => {
      const result = assess(topic, answers(['brown-spots', 'tiny-holes', 'sticky'], { light: 'light-shade' }));
      expect(result.scores).to.deep.equal({ fungus: 4, sunburn: 0, pests: 3 });
      expect(result.leaning).to.equal(UNCLEAR);
    });
  });

  describe('urgency', () => {
    const card = topic.careCards.urgent!;
    const urgentStep = { urgency: 'urgent', title: card.title, statement: { text: card.text, source: card.source } };

    it('an answer with an urgency puts its care card first, and no everyday next step beside it', () => {
      const result = assess(topic, answers(['whole-plant-wilts', 'brown-spots']));
      expect(result.urgency).to.equal('urgent');
      expect(result.careCard).to.equal(card);
      expect(result.flagged).to.deep.equal([
        { answerId: 'whole-plant-wilts', label: 'The whole plant wilts', urgency: 'urgent' },
      ]);
      expect(result.redFlags.map((symptom) => symptom.id)).to.deep.equal(['whole-plant-wilts']);
      expect(result.nextSteps).to.deep.equal([
        urgentStep,
        { urgency: 'info', statement: guidance.confirm },
        { urgency: 'info', statement: guidance.notDiagnosis },
      ]);
      // The leaning still says what the answers look like; only its everyday step gives way.
      expect(result.leaning).to.equal('fungus');
      expect(statements(result)).to.not.deep.include(topic.conditions[0].nextStep);
    });

    it('the most pressing tier wins, and every flagged answer is listed in pack order', () => {
      const pack = parseTopic(
        edited((p) => {
          p.careCards.soon = { title: 'Check the roots this week', text: 'Roots can rot.', source: ['guide'] };
          p.careCards.emergency = { title: 'Act now', text: 'Now.', source: ['guide'] };
          p.symptoms.find((s) => s.id === 'musty-smell')!.urgency = 'soon';
          p.patterns[0].options[0].urgency = 'emergency';
        }),
      );
      const soon = assess(pack, answers(['musty-smell']));
      expect([soon.urgency, soon.nextSteps[0].title]).to.deep.equal(['soon', 'Check the roots this week']);
      expect(soon.redFlags, 'soon is not a red flag').to.deep.equal([]);
      const urgent = assess(pack, answers(['musty-smell', 'whole-plant-wilts']));
      expect(urgent.urgency).to.equal('urgent');
      expect(urgent.flagged.map((a) => a.answerId)).to.deep.equal(['whole-plant-wilts', 'musty-smell']);
      const emergency = assess(pack, answers(['musty-smell', 'whole-plant-wilts'], { light: 'light-shade' }));
      expect([emergency.urgency, emergency.nextSteps[0].urgency]).to.deep.equal(['emergency', 'emergency']);
      expect(emergency.nextSteps.filter((step) => step.urgency !== 'info')).to.have.length(1);
    });

    it('with no urgency, the leaning or unclear next step comes first', () => {
      const others = topic.symptoms.filter((s) => !s.urgency).map((s) => s.id);
      const result = assess(topic, answers(others));
      expect([result.urgency, result.careCard, result.flagged, result.redFlags]).to.deep.equal([null, null, [], []]);
      expect(result.nextSteps.every((step) => step.urgency === 'info')).to.equal(true);
    });
  });

  describe('enough answers to lean', () => {
    const strict = parseTopic(edited((p) => delete p.minAnswers));

    it('by default two answers must point the same way; one is "too few"', () => {
      const one = assess(strict, answers(['brown-spots']));
      expect([one.leaning, one.unclearReason]).to.deep.equal([UNCLEAR, 'too-few']);
      expect(one.summary).to.equal(strict.guidance.unclear);
      const two = assess(strict, answers(['brown-spots', 'musty-smell']));
      expect([two.leaning, two.unclearReason]).to.deep.equal(['fungus', null]);
    });

    it('counts the answers that point to each condition', () => {
      const result = assess(strict, answers(['brown-spots', 'musty-smell', 'tiny-holes'], { light: 'light-shade' }));
      expect(result.counts).to.deep.equal({ fungus: 3, sunburn: 0, pests: 1 });
    });

    it('says why it is unclear: no answers, too close, or too few', () => {
      expect(assess(strict, answers([])).unclearReason).to.equal('no-answers');
      expect(assess(strict, answers(['brown-spots', 'pale-patches'])).unclearReason).to.equal('too-close');
      expect(assess(strict, answers(['brown-spots'])).unclearReason).to.equal('too-few');
    });
  });

  describe('next steps', () => {
    it('always end with how it is confirmed and "not a diagnosis", for any answers', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const steps = statements(assess(topic, given));
          expect(steps.slice(-2)).to.deep.equal([guidance.confirm, guidance.notDiagnosis]);
        }),
        { numRuns: 300 },
      );
    });

    it('lead with the care card exactly when an answer carries an urgency, and then no everyday step', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const result = assess(topic, given);
          const cards = result.nextSteps.filter((step) => step.urgency !== 'info');
          expect(cards.length).to.equal(result.flagged.length ? 1 : 0);
          if (cards.length) {
            expect(result.nextSteps[0]).to.deep.equal(cardStep(result));
            expect(result.nextSteps).to.have.length(3);
          }
          expect(result.leaning === UNCLEAR || topic.conditions.some((c) => c.id === result.leaning)).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('reasons', () => {
    it('list each answer that counted, with its label, weight and source ids', () => {
      const result = assess(topic, fungusLike());
      expect(result.reasons).to.deep.equal([
        { answerId: 'brown-spots', label: 'Brown spots with a yellow ring', conditionId: 'fungus', weight: 2, source: ['guide'] },
        { answerId: 'musty-smell', label: 'A musty smell', conditionId: 'fungus', weight: 1, source: ['guide'] },
        { answerId: 'light-shade', label: 'In the shade', conditionId: 'fungus', weight: 2, source: ['guide'] },
      ]);
    });

    it('list an answer once per condition it points to or away from', () => {
      const pack = parseTopic(changed(['symptoms', symptomAt('sticky'), 'suggests'], { pests: 2, fungus: -1, sunburn: 0 }));
      const result = assess(pack, answers(['sticky']));
      expect(result.reasons.map((reason) => [reason.conditionId, reason.weight])).to.deep.equal([
        ['pests', 2],
        ['fungus', -1],
      ]);
      expect(result.scores).to.deep.equal({ fungus: -1, sunburn: 0, pests: 2 });
    });

    it('add up to the scores', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const result = assess(topic, given);
          const sums: Record<string, number> = Object.fromEntries(topic.conditions.map((c) => [c.id, 0]));
          for (const reason of result.reasons) {
            sums[reason.conditionId] += reason.weight;
            expect(reason.weight).to.not.equal(0);
            expect(reason.source).to.not.be.empty;
          }
          expect(result.scores).to.deep.equal(sums);
        }),
        { numRuns: 200 },
      );
    });

    it("carry each answer's own source ids", () => {
      const pack = changed(['symptoms', 0, 'source'], ['club', 'guide']);
      const result = assess(parseTopic(pack), answers(['brown-spots']));
      expect(result.reasons.map((reason) => reason.source)).to.deep.equal([['club', 'guide']]);
    });
  });

  describe('untrusted answers', () => {
    it('ignores unknown sign ids, unknown questions and unknown options', () => {
      const result = assess(
        topic,
        answers(['nope', 'brown-spots', 'light-shade'], { nope: 'light-shade', light: 'brown-spots' }),
      );
      expect(result).to.deep.equal(assess(topic, answers(['brown-spots'])));
      expect(result.answered).to.equal(1);
      expect(assess(topic, answers([], { light: 'x' })).answered).to.equal(0);
    });

    it('counts a sign ticked twice once', () => {
      const result = assess(topic, answers(['brown-spots', 'brown-spots']));
      expect(result.answered).to.equal(1);
      expect(result.scores.fungus).to.equal(2);
    });

    it('does not read inherited properties as answers', () => {
      const result = assess(topic, answers(['constructor', 'toString'], { constructor: 'light-shade' }));
      expect(result.answered).to.equal(0);
    });

    it('ignores situation answers, which are not checklist answers', () => {
      expect(assess(topic, answers(['small'], { size: 'small' })).answered).to.equal(0);
    });
  });

  describe('purity', () => {
    it('gives the same output for the same input', () => {
      expect(assess(topic, fungusLike())).to.deep.equal(assess(topic, fungusLike()));
      fc.assert(
        fc.property(anyAnswers, (given) => {
          expect(assess(topic, given)).to.deep.equal(assess(topic, structuredClone(given)));
        }),
        { numRuns: 100 },
      );
    });

    it('does not change its input (frozen answers and pack)', () => {
      const given = sunburnLike();
      Object.freeze(given.signs);
      Object.freeze(given.patterns);
      Object.freeze(given);
      const pack = structuredClone(topic);
      assess(topic, given);
      expect(given).to.deep.equal(sunburnLike());
      expect(topic).to.deep.equal(pack);
    });

    it("reports the pack's id", () => {
      expect(assess(topic, noAnswers()).topicId).to.equal('plant-leaf-spots');
      expect(assess(parseTopic(changed(['id'], 'another-topic')), noAnswers()).topicId).to.equal('another-topic');
    });

    it('takes all its wording from the pack', () => {
      const reworded = parseTopic(
        edited((pack) => {
          pack.conditions[0].leaning.text = 'Reworded leaning.';
          pack.guidance.confirm.text = 'Reworded confirm.';
        }),
      );
      const result = assess(reworded, fungusLike());
      expect(result.summary.text).to.equal('Reworded leaning.');
      expect(statements(result).map((statement) => statement.text)).to.include('Reworded confirm.');
    });
  });

  describe('touchedRows', () => {
    it('names the comparison rows the answers touch, in table order', () => {
      expect(assess(topic, answers(['brown-spots'])).touchedRows).to.deep.equal(['look']);
      expect(assess(topic, fungusLike()).touchedRows).to.deep.equal(['look', 'where']);
      expect(assess(topic, answers([], { light: 'light-window' })).touchedRows).to.deep.equal(['where']);
      const reversed = parseTopic(edited((pack) => pack.comparison.reverse()));
      expect(assess(reversed, fungusLike()).touchedRows).to.deep.equal(['where', 'look']);
    });

    it('are touched by answers that carry no weight, too', () => {
      const pack = parseTopic(edited((p) => p.comparison[1].evidence.push('light-unsure')));
      expect(assess(pack, answers([], { light: 'light-unsure' })).touchedRows).to.deep.equal(['where']);
    });

    it('are empty for answers no row names', () => {
      expect(assess(topic, answers(['sticky', 'whole-plant-wilts'])).touchedRows).to.deep.equal([]);
      expect(assess(topic, answers([], { light: 'light-unsure' })).touchedRows).to.deep.equal([]);
    });
  });

  describe('cleanAnswers', () => {
    it('keeps known answers, in pack order, and reports the rest', () => {
      const { answers: kept, dropped } = cleanAnswers(topic, {
        signs: ['musty-smell', 'nope', 'brown-spots', 'brown-spots'],
        patterns: { light: 'light-shade', nope: 'x' },
      });
      expect(kept).to.deep.equal(answers(['brown-spots', 'musty-smell'], { light: 'light-shade' }));
      expect(dropped).to.deep.equal(['nope', 'nope=x']);
    });

    it('drops an option that is not one of its question, naming it', () => {
      const { answers: kept, dropped } = cleanAnswers(topic, { signs: [], patterns: { light: 'tiny-holes' } });
      expect(kept).to.deep.equal(noAnswers());
      expect(dropped).to.deep.equal(['light=tiny-holes']);
    });

    it('gives no answers for input that is not answers', () => {
      for (const input of [null, undefined, 5, 'brown-spots', [], { signs: 'brown-spots', patterns: 'light-shade' }]) {
        expect(cleanAnswers(topic, input).answers, String(input)).to.deep.equal(noAnswers());
      }
    });

    it('drops values that are not strings, naming them', () => {
      const { answers: kept, dropped } = cleanAnswers(topic, { signs: [5, null, 'sticky'], patterns: { light: 7 } });
      expect(kept).to.deep.equal(answers(['sticky']));
      expect(dropped).to.deep.equal(['5', 'null', 'light=7']);
    });

    it('names values it cannot turn into text (null-prototype objects, arrays, symbols) without converting them', () => {
      const signs = [
        Object.create(null),
        ['brown-spots'],
        { id: 'sticky' },
        Symbol('sign'),
        () => 'sticky',
        true,
        undefined,
        'sticky',
      ];
      const patterns = { light: Object.create(null), other: ['light-shade'] };
      const { answers: kept, dropped } = cleanAnswers(topic, { signs, patterns });
      expect(kept).to.deep.equal(answers(['sticky']));
      expect(dropped).to.deep.equal([
        '(a value of type object)',
        '(an array)',
        '(a value of type object)',
        '(a value of type symbol)',
        '(a value of type function)',
        'true',
        'undefined',
        'light=(a value of type object)',
        'other=(an array)',
      ]);
    });

    it('reads a null-prototype object as answers, and reads nothing from anything else', () => {
      const input = Object.assign(Object.create(null) as object, { signs: ['brown-spots'], patterns: { light: 'light-shade' } });
      expect(cleanAnswers(topic, input).answers).to.deep.equal(answers(['brown-spots'], { light: 'light-shade' }));
      for (const input of [Symbol('answers'), () => ({ signs: ['sticky'] }), true, 0n]) {
        expect(cleanAnswers(topic, input)).to.deep.equal({ answers: noAnswers(), dropped: [] });
      }
    });

    it('never throws, whatever it is given, and names each dropped value as text (fast-check)', () => {
      const hostile = hostileValue();
      const ids = [...topic.symptoms.map((symptom) => symptom.id), 'nope'];
      const input = fc.oneof(
        hostile,
        fc.record({ signs: fc.array(fc.oneof(fc.constantFrom(...ids), hostile)), patterns: fc.dictionary(fc.string(), hostile) }),
        fc.record({ signs: hostile, patterns: hostile }),
      );
      fc.assert(
        fc.property(input, (given) => {
          const { answers: kept, dropped } = cleanAnswers(topic, given);
          expect(kept.signs.every((sign) => topic.symptoms.some((symptom) => symptom.id === sign))).to.equal(true);
          for (const [patternId, optionId] of Object.entries(kept.patterns)) {
            const pattern = topic.patterns.find((p) => p.id === patternId);
            expect(pattern?.options.some((option) => option.id === optionId)).to.equal(true);
          }
          expect(dropped.every((name) => typeof name === 'string')).to.equal(true);
          // The warning that lists them can always be written.
          expect(() => dropped.join(', ')).to.not.throw();
        }),
        { numRuns: 300 },
      );
    });

    it('gives answers that assess the same as the clean ones', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const { answers: kept, dropped } = cleanAnswers(topic, given);
          expect(dropped).to.deep.equal([]);
          expect(assess(topic, kept)).to.deep.equal(assess(topic, given));
        }),
        { numRuns: 100 },
      );
    });
  });
});
