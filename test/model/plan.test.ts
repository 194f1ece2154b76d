import { expect } from '@open-wc/testing';
import { parseSituation, parseTopic, planTreatment, SituationError, type Situation, type Topic } from '../../src/model/index.js';
import { clonePlantPack, toolsList } from '../fixtures/packs.js';

const topic = parseTopic(clonePlantPack());
const optionIds = (situation: Situation) => planTreatment(topic, situation).options.map((option) => option.id);
const pendingIds = (situation: Situation) => planTreatment(topic, situation).pending.map((pending) => pending.questionId);

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

/** A copy of the plant pack with a list keyed by the `place` question. */
function withList(edit: (list: Topic['lists'][number]) => void = () => {}): Topic {
  const pack = clonePlantPack();
  const list = toolsList();
  edit(list);
  pack.lists = [list];
  return parseTopic(pack);
}

describe('planTreatment', () => {
  it('echoes the pack and the answers given, leaving out unanswered questions', () => {
    const plan = planTreatment(topic, { size: 'small', place: undefined });
    expect(plan.topicId).to.equal(topic.id);
    expect(plan.situation).to.deep.equal({ size: 'small' });
  });

  it('with no answers, shows only what always applies and says what waits for which answer', () => {
    expect(optionIds({})).to.deep.equal(['trim']);
    expect(pendingIds({})).to.deep.equal(['size', 'place']);
    const plan = planTreatment(topic, {});
    expect(plan.pending.map((pending) => pending.statement)).to.deep.equal([
      topic.situation[0].ifUnknown,
      topic.situation[1].ifUnknown,
    ]);
  });

  it('an option marked unknown counts as not known', () => {
    expect(optionIds({ size: 'unsure', place: 'outdoors' })).to.deep.equal(['trim']);
    expect(pendingIds({ size: 'unsure', place: 'outdoors' })).to.deep.equal(['size']);
  });

  it('a rule fits when every question it names has an answer it lists', () => {
    expect(optionIds({ size: 'small' })).to.deep.equal(['repot', 'trim']);
    expect(optionIds({ size: 'large', place: 'outdoors' })).to.deep.equal(['spray', 'trim']);
    expect(optionIds({ size: 'large', place: 'indoors' })).to.deep.equal(['trim']);
  });

  it('a known answer that rules a treatment out leaves nothing pending for it', () => {
    // size=small rules out "spray" whatever the place: place does not wait.
    expect(pendingIds({ size: 'small' })).to.deep.equal([]);
    expect(pendingIds({ size: 'large', place: 'indoors' })).to.deep.equal([]);
    // size=large needs the place to decide on "spray".
    expect(pendingIds({ size: 'large' })).to.deep.equal(['place']);
  });

  it('any rule of a treatment may fit', () => {
    const pack = clonePlantPack();
    pack.treatments[0].when = [{ size: ['large'] }, { place: ['indoors'] }];
    const parsed = parseTopic(pack);
    expect(planTreatment(parsed, { size: 'small', place: 'indoors' }).options.map((o) => o.id)).to.include('repot');
    expect(planTreatment(parsed, { size: 'small', place: 'outdoors' }).options.map((o) => o.id)).not.to.include('repot');
  });

  it('an option marked unknown that a rule lists on purpose matches that rule', () => {
    const pack = clonePlantPack();
    pack.treatments[0].when = [{ size: ['unsure'] }];
    const parsed = parseTopic(pack);
    expect(planTreatment(parsed, { size: 'unsure' }).options.map((o) => o.id)).to.include('repot');
    expect(planTreatment(parsed, {}).pending.map((p) => p.questionId)).to.include('size');
  });

  it('keeps the pack order of options, steps and the not-a-diagnosis statement', () => {
    const plan = planTreatment(topic, { size: 'small', place: 'outdoors' });
    expect(plan.steps).to.deep.equal(topic.steps);
    expect(plan.notDiagnosis).to.deep.equal(topic.guidance.notDiagnosis);
    expect(plan.intro).to.equal(null);
    expect(plan.lists).to.deep.equal([]);
  });

  it('gives the pack intro when it has one', () => {
    const pack = clonePlantPack();
    pack.guidance.treatmentIntro = { text: 'First, look closely.', source: ['guide'] };
    expect(planTreatment(parseTopic(pack), {}).intro?.text).to.equal('First, look closely.');
  });

  it('works for a pack with no situation questions and no treatments', () => {
    const pack = clonePlantPack();
    pack.situation = [];
    pack.treatments = [];
    const plan = planTreatment(parseTopic(pack), {});
    expect(plan.options).to.deep.equal([]);
    expect(plan.pending).to.deep.equal([]);
  });

  it('is pure: the same input gives an equal plan, and the pack is not changed', () => {
    const before = JSON.stringify(topic);
    expect(planTreatment(topic, { size: 'large' })).to.deep.equal(planTreatment(topic, { size: 'large' }));
    expect(JSON.stringify(topic)).to.equal(before);
  });
});

describe('planTreatment lists', () => {
  it('with the answer known, shows the items for it and those for everyone, and the advice for it', () => {
    const [list] = planTreatment(withList(), { place: 'outdoors' }).lists;
    expect(list.title).to.equal('Tools you need');
    expect(list.items.map((item) => item.id)).to.deep.equal(['cloth', 'hose']);
    expect(list.advice?.text).to.equal('Outdoors, use a hose.');
    expect(list.pending).to.equal(null);
  });

  it('an answer with no advice of its own shows none', () => {
    const [list] = planTreatment(withList(), { place: 'indoors' }).lists;
    expect(list.items.map((item) => item.id)).to.deep.equal(['cloth', 'sink']);
    expect(list.advice).to.equal(null);
  });

  it('with no answer, holds back the items for an answer and says why', () => {
    const pack = withList();
    const [list] = planTreatment(pack, {}).lists;
    expect(list.items.map((item) => item.id)).to.deep.equal(['cloth']);
    expect(list.pending).to.deep.equal(pack.situation[1].ifUnknown);
  });

  it('a list with no question shows every item and waits for nothing', () => {
    const pack = withList((list) => {
      delete list.question;
      delete list.advice;
      list.items = list.items.map(({ when: _, ...item }) => item);
    });
    const [list] = planTreatment(pack, {}).lists;
    expect(list.items).to.have.length(3);
    expect(list.pending).to.equal(null);
  });
});

describe('parseSituation', () => {
  it('keeps known answers and drops undefined ones', () => {
    expect(parseSituation(topic, { size: 'large', place: undefined })).to.deep.equal({ size: 'large' });
    expect(parseSituation(topic, null)).to.deep.equal({});
    expect(parseSituation(topic, 'size=large')).to.deep.equal({});
  });

  it('throws a SituationError naming an unknown question', () => {
    const error = expectSituationError(() => parseSituation(topic, { colour: 'green' }), 'colour', '"green"');
    expect(error.allowed).to.deep.equal(['size', 'place']);
    expect(error.message).to.include('"size", "place"');
  });

  it('throws a SituationError naming the question of an unknown option', () => {
    const error = expectSituationError(() => planTreatment(topic, { size: 'huge' }), 'size', '"huge"');
    expect(error.allowed).to.deep.equal(['small', 'large', 'unsure']);
  });

  it('refuses answers that are not strings', () => {
    expectSituationError(() => planTreatment(topic, { size: 3 } as unknown as Situation), 'size', '3');
  });

  it('says when the topic asks no questions at all', () => {
    const pack = clonePlantPack();
    pack.situation = [];
    pack.treatments = pack.treatments.filter((treatment) => !treatment.when);
    const error = expectSituationError(() => planTreatment(parseTopic(pack), { size: 'small' }), 'size', '"small"');
    expect(error.message).to.include('asks no situation questions');
  });
});
