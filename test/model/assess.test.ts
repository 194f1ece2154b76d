import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, noAnswers, parseTopic, UNCLEAR, type Answers, type Assessment } from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';
import { cleanAnswers } from '../../src/model/assess.js';
import { changed } from './helpers.js';

const topic = parseTopic(b12MuscleTightness);
const { guidance } = topic;
const condition = (id: string) => topic.conditions.find((c) => c.id === id)!;

const answers = (signs: string[], patterns: Record<string, string> = {}): Answers => ({ signs, patterns });

/** The answers from the article's table that point to low B12. */
const b12Like = () => answers(['tingling'], { onset: 'onset-slow', area: 'area-widespread' });
/** The answers from the article's table that point to everyday causes. */
const everydayLike = () =>
  answers(['swelling'], { onset: 'onset-sudden', area: 'area-one-spot', preceded: 'preceded-activity' });

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

describe('assess', () => {
  describe('leaning', () => {
    it('slow onset, widespread and tingling lean to low B12', () => {
      const result = assess(topic, b12Like());
      expect(result.leaning).to.equal('b12');
      expect(result.answered).to.equal(3);
      expect(result.scores).to.deep.equal({ b12: 6, everyday: 0 });
      expect(result.summary).to.equal(condition('b12').leaning);
      expect(statements(result)).to.include(condition('b12').nextStep);
      expect(statements(result)).to.not.include(guidance.unclearNextStep);
    });

    it('more of the B12 pattern (tiredness, memory, sore tongue) leans to B12 too', () => {
      const result = assess(topic, answers(['fatigue', 'memory', 'sore-tongue', 'weakness']));
      expect(result.leaning).to.equal('b12');
    });

    it('sudden onset, one spot and swelling lean to everyday causes', () => {
      const result = assess(topic, answers(['swelling'], { onset: 'onset-sudden', area: 'area-one-spot' }));
      expect(result.leaning).to.equal('everyday');
      expect(result.scores.everyday).to.equal(6);
    });

    it('with the activity before it, too', () => {
      const result = assess(topic, everydayLike());
      expect(result.leaning).to.equal('everyday');
      expect(result.answered).to.equal(4);
      expect(result.scores).to.deep.equal({ b12: 0, everyday: 8 });
      expect(result.summary).to.equal(condition('everyday').leaning);
      expect(statements(result)).to.include(condition('everyday').nextStep);
    });

    it('no answers is "unclear", with nothing answered', () => {
      const result = assess(topic, noAnswers());
      expect(UNCLEAR).to.equal('unclear');
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.answered).to.equal(0);
      expect(result.scores).to.deep.equal({ b12: 0, everyday: 0 });
      expect(result.summary).to.equal(guidance.unclear);
      expect(result.reasons).to.deep.equal([]);
      expect(result.redFlags).to.deep.equal([]);
      expect(result.touchedRows).to.deep.equal([]);
      expect(statements(result)).to.deep.equal([guidance.unclearNextStep, guidance.bloodTest, guidance.notDiagnosis]);
    });

    it('answers that point nowhere are "unclear", but counted', () => {
      const result = assess(topic, answers(['cramps'], { onset: 'onset-unsure', area: 'area-unsure' }));
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.answered).to.equal(3);
      expect(result.reasons).to.deep.equal([]);
    });

    it('equal scores are "unclear"', () => {
      const result = assess(topic, answers(['tingling'], { onset: 'onset-sudden' }));
      expect(result.scores).to.deep.equal({ b12: 2, everyday: 2 });
      expect(result.leaning).to.equal(UNCLEAR);
      expect(result.summary).to.equal(guidance.unclear);
      expect(statements(result)).to.include(guidance.unclearNextStep);
    });

    it('scores closer than the margin are "unclear"', () => {
      const result = assess(topic, answers(['tingling', 'fatigue'], { onset: 'onset-sudden' }));
      expect(result.scores).to.deep.equal({ b12: 3, everyday: 2 });
      expect(result.leaning).to.equal(UNCLEAR);
      expect(assess(topic, answers(['spasms'])).leaning).to.equal(UNCLEAR);
    });

    it('a difference of exactly the margin (2) is clear', () => {
      expect(topic.unclearMargin).to.equal(2);
      expect(assess(topic, answers(['tingling'])).leaning).to.equal('b12');
      expect(assess(topic, answers(['tingling', 'fatigue'], { onset: 'onset-sudden', area: 'area-widespread' })).leaning).to.equal('b12');
    });

    it("uses the pack's own margin", () => {
      const strict = parseTopic(changed(['unclearMargin'], 5));
      expect(assess(strict, b12Like()).leaning).to.equal('b12');
      expect(assess(strict, answers(['tingling', 'fatigue'])).leaning).to.equal(UNCLEAR);
    });

    it('a tie is "unclear" even with a margin of 0', () => {
      const loose = parseTopic(changed(['unclearMargin'], 0));
      expect(assess(loose, answers(['tingling'], { onset: 'onset-sudden' })).leaning).to.equal(UNCLEAR);
      expect(assess(loose, answers(['tingling', 'fatigue'], { onset: 'onset-sudden' })).leaning).to.equal('b12');
    });

    it('never leans to a condition with no positive score', () => {
      const negative = parseTopic(changed(['symptoms', 0, 'suggests'], { everyday: -5 }));
      const result = assess(negative, answers(['cramps']));
      expect(result.scores).to.deep.equal({ b12: 0, everyday: -5 });
      expect(result.leaning).to.equal(UNCLEAR);
    });
  });

  describe('red flags', () => {
    for (const id of ['balance', 'coordination', 'vision']) {
      it(`${id} is a red flag that puts urgent advice first`, () => {
        const result = assess(topic, answers([id]));
        expect(result.redFlags.map((symptom) => symptom.id)).to.deep.equal([id]);
        expect(result.nextSteps[0]).to.deep.equal({ urgency: 'urgent', statement: guidance.redFlag });
        expect(result.nextSteps[0].statement).to.equal(guidance.redFlag);
        expect(result.nextSteps.filter((step) => step.urgency === 'urgent')).to.have.length(1);
      });
    }

    it('several red flags still give one urgent step, and keep the leaning', () => {
      const result = assess(topic, answers(['vision', 'balance', 'coordination', 'tingling']));
      expect(result.redFlags.map((symptom) => symptom.id)).to.deep.equal(['balance', 'coordination', 'vision']);
      expect(result.nextSteps.filter((step) => step.urgency === 'urgent')).to.have.length(1);
      expect(result.nextSteps[0].statement).to.equal(guidance.redFlag);
      expect(result.leaning).to.equal('b12');
    });

    it('a red flag shows even when the leaning is everyday or unclear', () => {
      const result = assess(topic, answers(['balance', 'swelling', 'local-pain', 'reduced-movement']));
      expect(result.leaning).to.equal('everyday');
      expect(result.nextSteps[0].urgency).to.equal('urgent');
    });

    it('other signs are not red flags and give no urgent step', () => {
      const others = topic.symptoms.map((s) => s.id).filter((id) => !['balance', 'coordination', 'vision'].includes(id));
      const result = assess(topic, answers(others));
      expect(result.redFlags).to.deep.equal([]);
      expect(result.nextSteps.every((step) => step.urgency === 'info')).to.equal(true);
    });
  });

  describe('next steps', () => {
    it('always include "not a diagnosis" and the blood test, last, for any answers', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const steps = statements(assess(topic, given));
          expect(steps.slice(-2)).to.have.members([guidance.notDiagnosis, guidance.bloodTest]);
        }),
        { numRuns: 300 },
      );
    });

    it('say urgent exactly when a red flag is ticked, and always lead with it', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const result = assess(topic, given);
          const urgent = result.nextSteps.filter((step) => step.urgency === 'urgent');
          expect(urgent.length).to.equal(result.redFlags.length ? 1 : 0);
          if (urgent.length) expect(result.nextSteps[0].statement).to.equal(guidance.redFlag);
          expect(result.leaning === UNCLEAR || topic.conditions.some((c) => c.id === result.leaning)).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('reasons', () => {
    it('list each answer that counted, with its label, weight and source ids', () => {
      const result = assess(topic, b12Like());
      expect(result.reasons).to.deep.equal([
        { answerId: 'tingling', label: topic.symptoms[5].label, conditionId: 'b12', weight: 2, source: ['article'] },
        { answerId: 'onset-slow', label: topic.patterns[0].options[0].label, conditionId: 'b12', weight: 2, source: ['article'] },
        { answerId: 'area-widespread', label: topic.patterns[1].options[0].label, conditionId: 'b12', weight: 2, source: ['article'] },
      ]);
    });

    it('add up to the scores', () => {
      fc.assert(
        fc.property(anyAnswers, (given) => {
          const result = assess(topic, given);
          const sums: Record<string, number> = { b12: 0, everyday: 0 };
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
      const pack = changed(['symptoms', 5, 'source'], ['cleveland-clinic', 'article']);
      const result = assess(parseTopic(pack), answers(['tingling']));
      expect(result.reasons.map((reason) => reason.source)).to.deep.equal([['cleveland-clinic', 'article']]);
    });
  });

  describe('untrusted answers', () => {
    it('ignores unknown sign ids, unknown questions and unknown options', () => {
      const result = assess(topic, answers(['nope', 'tingling', 'onset-slow'], { nope: 'onset-slow', onset: 'area-widespread', area: 'x' }));
      expect(result).to.deep.equal(assess(topic, answers(['tingling'])));
      expect(result.answered).to.equal(1);
    });

    it('counts a sign ticked twice once', () => {
      const result = assess(topic, answers(['tingling', 'tingling']));
      expect(result.answered).to.equal(1);
      expect(result.scores.b12).to.equal(2);
    });

    it('does not read inherited properties as answers', () => {
      const result = assess(topic, answers(['constructor', 'toString'], { constructor: 'onset-slow' }));
      expect(result.answered).to.equal(0);
    });
  });

  describe('purity', () => {
    it('gives the same output for the same input', () => {
      expect(assess(topic, b12Like())).to.deep.equal(assess(topic, b12Like()));
      fc.assert(
        fc.property(anyAnswers, (given) => {
          expect(assess(topic, given)).to.deep.equal(assess(topic, structuredClone(given)));
        }),
        { numRuns: 100 },
      );
    });

    it('does not change its input (frozen answers and pack)', () => {
      const given = everydayLike();
      Object.freeze(given.signs);
      Object.freeze(given.patterns);
      Object.freeze(given);
      const pack = structuredClone(topic);
      assess(topic, given);
      expect(given).to.deep.equal(everydayLike());
      expect(topic).to.deep.equal(pack);
    });

    it("reports the pack's id", () => {
      expect(assess(topic, noAnswers()).topicId).to.equal('b12-muscle-tightness');
    });
  });

  describe('touchedRows', () => {
    it('names the comparison rows the answers touch, in table order', () => {
      expect(assess(topic, answers(['tingling'])).touchedRows).to.deep.equal(['associated']);
      expect(assess(topic, b12Like()).touchedRows).to.deep.equal(['associated', 'onset', 'areas']);
      expect(assess(topic, everydayLike()).touchedRows).to.deep.equal(['cause', 'associated', 'onset', 'areas']);
      expect(assess(topic, answers([], { eases: 'eases-rest' })).touchedRows).to.deep.equal(['response']);
    });

    it('are touched by answers that carry no weight, too', () => {
      expect(assess(topic, answers([], { eases: 'eases-nothing' })).touchedRows).to.deep.equal(['response']);
    });

    it('are empty for answers no row names', () => {
      expect(assess(topic, answers(['cramps', 'balance'])).touchedRows).to.deep.equal([]);
    });
  });

  describe('cleanAnswers', () => {
    it('keeps known answers, in pack order, and reports the rest', () => {
      const { answers: kept, dropped } = cleanAnswers(topic, {
        signs: ['memory', 'nope', 'tingling', 'tingling'],
        patterns: { onset: 'onset-slow', area: 'onset-slow', nope: 'x' },
      });
      expect(kept).to.deep.equal(answers(['tingling', 'memory'], { onset: 'onset-slow' }));
      expect(dropped).to.deep.equal(['nope', 'area=onset-slow', 'nope=x']);
    });

    it('gives no answers for input that is not answers', () => {
      for (const input of [null, undefined, 5, 'tingling', [], { signs: 'tingling', patterns: 'onset-slow' }]) {
        expect(cleanAnswers(topic, input).answers, String(input)).to.deep.equal(noAnswers());
      }
    });

    it('drops values that are not strings, naming them', () => {
      const { answers: kept, dropped } = cleanAnswers(topic, { signs: [5, null, 'balance'], patterns: { onset: 7 } });
      expect(kept).to.deep.equal(answers(['balance']));
      expect(dropped).to.deep.equal(['5', 'null', 'onset=7']);
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
