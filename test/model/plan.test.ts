import { expect } from '@open-wc/testing';
import {
  CAUSES,
  DIETS,
  parseSituation,
  parseTopic,
  planTreatment,
  SEVERITIES,
  SituationError,
  type Situation,
} from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';

const topic = parseTopic(b12MuscleTightness);
const { guidance } = topic;

const situations: Situation[] = SEVERITIES.flatMap((severity) =>
  CAUSES.flatMap((cause) => DIETS.map((diet) => ({ severity, cause, diet }))),
);

const foodLabels = (situation: Situation) => planTreatment(topic, situation).foods.map((food) => food.label.toLowerCase());

/** Runs `run`, which must throw a SituationError about `field`. */
function expectSituationError(run: () => unknown, field: string, got: string): SituationError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).to.be.instanceOf(SituationError);
  const error = thrown as SituationError;
  expect(error.name).to.equal('SituationError');
  expect(error.field).to.equal(field);
  expect(error.message.startsWith(`${field}: expected one of`), error.message).to.equal(true);
  expect(error.message).to.include(got);
  return error;
}

describe('planTreatment', () => {
  it('covers 18 situations', () => {
    expect(situations).to.have.length(18);
  });

  for (const situation of situations) {
    const { severity, cause, diet } = situation;
    describe(`${severity}, cause ${cause}, ${diet}`, () => {
      const plan = planTreatment(topic, situation);
      const options = plan.options.map((option) => option.id);

      it('echoes the situation and the pack', () => {
        expect(plan.situation).to.deep.equal(situation);
        expect(plan.topicId).to.equal(topic.id);
      });

      if (severity === 'mild' && cause === 'diet') {
        it('offers B12 by mouth, not injections', () => {
          expect(options).to.deep.equal(['oral']);
          expect(plan.dependsOnCause).to.equal(null);
        });
      } else if (severity === 'severe' || cause === 'absorption') {
        it('offers injections, because they bypass digestion', () => {
          expect(options).to.deep.equal(['injections']);
          expect(plan.dependsOnCause).to.equal(null);
          const reason = plan.options[0].reason.text.toLowerCase();
          expect(reason).to.include('digestive system');
          expect(reason).to.include('pernicious anaemia');
          expect(reason).to.include('bloodstream');
        });
      } else {
        it('offers nothing until the cause is known', () => {
          expect(options).to.deep.equal([]);
          expect(plan.dependsOnCause).to.equal(guidance.dependsOnCause);
        });
      }

      it(`gives foods and advice for a ${diet} diet`, () => {
        expect(plan.dietAdvice).to.equal(guidance.diet[diet]);
        expect(plan.foods).to.not.be.empty;
        for (const food of plan.foods) expect(food.diets).to.include(diet);
      });

      it('always says: confirm the cause, act early, recovery takes time, levels are monitored', () => {
        expect(plan.steps).to.include.members([
          guidance.confirmCause,
          guidance.earlyTreatment,
          guidance.recovery,
          guidance.monitoring,
        ]);
        expect(plan.notDiagnosis).to.equal(guidance.notDiagnosis);
      });
    });
  }

  it('gives vegans and vegetarians fortified cereals, nutritional yeast and supplements, and no meat', () => {
    for (const diet of ['vegan', 'vegetarian'] as const) {
      const labels = foodLabels({ severity: 'mild', cause: 'diet', diet }).join(' | ');
      expect(labels).to.include('fortified cereals');
      expect(labels).to.include('nutritional yeast');
      expect(labels).to.include('supplements');
      for (const animal of ['meat', 'fish', 'eggs', 'dairy']) expect(labels).to.not.include(animal);
    }
    expect(guidance.diet.vegan.text).to.match(/fortified cereals, nutritional yeast or supplements/);
  });

  it('gives omnivores meat, fish, eggs and dairy', () => {
    const labels = foodLabels({ severity: 'mild', cause: 'diet', diet: 'omnivore' }).join(' | ');
    for (const food of ['meat', 'fish', 'eggs', 'dairy']) expect(labels).to.include(food);
  });

  it('says early treatment matters because delay can leave permanent nerve damage', () => {
    const { steps } = planTreatment(topic, situations[0]);
    const early = steps.find((step) => step === guidance.earlyTreatment);
    expect(early?.text).to.match(/early/i);
    expect(early?.text).to.match(/nerve damage/i);
    expect(early?.text).to.match(/permanent/i);
    expect(guidance.recovery.text).to.match(/takes time/i);
    expect(guidance.monitoring.text).to.match(/checked regularly/i);
  });

  it('does not change the pack', () => {
    const before = structuredClone(topic);
    for (const situation of situations) planTreatment(topic, situation);
    expect(topic).to.deep.equal(before);
  });

  describe('unknown situation values', () => {
    it('a severity of "medium"', () => {
      const error = expectSituationError(
        () => planTreatment(topic, { severity: 'medium', cause: 'diet', diet: 'vegan' } as unknown as Situation),
        'severity',
        '"medium"',
      );
      expect(error.value).to.equal('medium');
      expect(error.allowed).to.deep.equal(['mild', 'severe']);
      expect(error.message).to.equal('severity: expected one of "mild", "severe" but got "medium"');
    });

    it('a missing diet', () => {
      const error = expectSituationError(
        () => planTreatment(topic, { severity: 'mild', cause: 'diet', diet: undefined } as unknown as Situation),
        'diet',
        'got undefined',
      );
      expect(error.allowed).to.deep.equal(['omnivore', 'vegetarian', 'vegan']);
    });

    it('a cause that is not a string', () => {
      expectSituationError(() => planTreatment(topic, { severity: 'mild', cause: 5, diet: 'vegan' } as unknown as Situation), 'cause', 'got 5');
    });

    it('a value that differs only in case', () => {
      expectSituationError(() => parseSituation({ severity: 'Mild', cause: 'diet', diet: 'vegan' }), 'severity', '"Mild"');
    });

    it('an empty situation names the first field', () => {
      expectSituationError(() => parseSituation({}), 'severity', 'got undefined');
    });

    it('parseSituation keeps only the three fields', () => {
      const input = { severity: 'severe', cause: 'absorption', diet: 'omnivore', extra: 1 };
      expect(parseSituation(input)).to.deep.equal({ severity: 'severe', cause: 'absorption', diet: 'omnivore' });
    });
  });
});
