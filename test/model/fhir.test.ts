/** The FHIR R4 export: structure by the R4 rules that matter, exact output, and what ships. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as R4 from 'fhir/r4';
import {
  answerSystem,
  questionnaireCanonical,
  toQuestionnaire,
  toQuestionnaireResponse,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
} from '../../src/fhir.js';
import { parseTopic, type Answers, type Topic } from '../../src/model/index.js';
import legCrampsEn from '../../src/topics/leg-cramps.en.json';
import legCrampsEs from '../../src/topics/leg-cramps.es.json';
import { clonePlantPack } from '../fixtures/plant-pack.js';

const plant = parseTopic(clonePlantPack());
const legCramps = parseTopic(legCrampsEn);
const legCrampsSpanish = parseTopic(legCrampsEs);
const packs: Array<[string, Topic]> = [
  ['the plant pack', plant],
  ['the leg-cramps pack', legCramps],
];

/** FHIR R4 `dateTime`, as the specification writes it. */
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** Every item of a Questionnaire by linkId, with the linkIds of its ancestors. */
function questionnaireIndex(questionnaire: Questionnaire) {
  const index = new Map<string, { item: QuestionnaireItem; parents: string[] }>();
  const duplicates: string[] = [];
  const visit = (items: QuestionnaireItem[], parents: string[]) => {
    for (const item of items) {
      if (index.has(item.linkId)) duplicates.push(item.linkId);
      index.set(item.linkId, { item, parents });
      visit(item.item ?? [], [...parents, item.linkId]);
    }
  };
  visit(questionnaire.item, []);
  return { index, duplicates };
}

/**
 * Checks a response against its Questionnaire by the R4 rules: each linkId exists there with
 * the same parents, at most once per parent; a group holds items and no answer (qrs-1); a
 * question holds one answer of its type (boolean: valueBoolean, choice: a valueCoding that is
 * one of the item's answerOptions) and no items.
 */
function expectConforms(response: QuestionnaireResponse, questionnaire: Questionnaire) {
  const { index } = questionnaireIndex(questionnaire);
  const visit = (items: QuestionnaireResponseItem[], parents: string[]) => {
    const seen = new Set<string>();
    for (const item of items) {
      const entry = index.get(item.linkId);
      expect(entry, `${item.linkId} is in the Questionnaire`).to.not.equal(undefined);
      expect(entry!.parents, `${item.linkId} is nested as in the Questionnaire`).to.deep.equal(parents);
      expect(seen.has(item.linkId), `${item.linkId} appears once`).to.equal(false);
      seen.add(item.linkId);
      expect(item.text, `${item.linkId} has the Questionnaire's text`).to.equal(entry!.item.text);
      const { type } = entry!.item;
      if (type === 'group') {
        expect(item.answer, `${item.linkId}: a group has no answer`).to.equal(undefined);
        expect(item.item?.length, `${item.linkId}: a group holds items`).to.be.greaterThan(0);
        visit(item.item!, [...parents, item.linkId]);
        continue;
      }
      expect(item.item, `${item.linkId}: a question holds no items`).to.equal(undefined);
      expect(item.answer, `${item.linkId}: one answer`).to.have.length(1);
      const [answer] = item.answer!;
      if (type === 'boolean') {
        expect(Object.keys(answer), item.linkId).to.deep.equal(['valueBoolean']);
        expect(answer.valueBoolean).to.be.a('boolean');
      } else {
        expect(Object.keys(answer), item.linkId).to.deep.equal(['valueCoding']);
        const options = entry!.item.answerOption!.map((option) => option.valueCoding);
        expect(options, `${item.linkId}: the coding is one of its answerOptions`).to.deep.include(answer.valueCoding);
      }
    }
  };
  visit(response.item, []);
}

/** Any answers to a pack, with unknown sign ids, unknown questions and unknown options mixed in. */
const anyAnswers = (topic: Topic): fc.Arbitrary<Answers> =>
  fc.record({
    signs: fc.subarray([...topic.symptoms.map((symptom) => symptom.id), 'not-a-sign', 'also-unknown']),
    patterns: fc.dictionary(
      fc.constantFrom(...topic.patterns.map((pattern) => pattern.id), 'not-a-question'),
      fc.constantFrom(...topic.patterns.flatMap((pattern) => pattern.options.map((option) => option.id)), 'not-an-option'),
    ),
  });

describe('toQuestionnaire', () => {
  for (const [name, topic] of packs) {
    describe(`for ${name}`, () => {
      const questionnaire = toQuestionnaire(topic);
      const { index, duplicates } = questionnaireIndex(questionnaire);

      it('is an active R4 Questionnaire carrying the pack language, version, title and review date', () => {
        expect(questionnaire.resourceType).to.equal('Questionnaire');
        expect(['draft', 'active', 'retired', 'unknown']).to.include(questionnaire.status);
        expect(questionnaire.status).to.equal('active');
        expect(questionnaire.url).to.equal(`urn:health-widgets:topic:${topic.id}`);
        expect(questionnaire.version).to.equal(topic.version);
        expect(questionnaire.language).to.equal(topic.lang);
        expect(questionnaire.title).to.equal(topic.title);
        expect(questionnaire.date).to.equal(topic.reviewed.date);
        expect(questionnaire.date).to.match(DATE_TIME);
        expect(questionnaire.lastReviewDate).to.equal(topic.reviewed.date);
        expect(questionnaire.subjectType).to.deep.equal(['Patient']);
        // que-0: a name usable by machines.
        expect(questionnaire.name).to.match(/^[A-Z]([A-Za-z0-9_]){0,254}$/);
        expect(questionnaire).to.not.have.property('publisher');
      });

      it('lists the summary, "not a diagnosis" and every source in the description', () => {
        const { description } = questionnaire;
        expect(description).to.include(topic.summary.text.slice(0, 30));
        expect(description).to.include(topic.guidance.notDiagnosis.text.slice(0, 30));
        topic.sources.forEach((source, i) => {
          const line = description.split('\n').find((text) => text.startsWith(`${i + 1}. `));
          expect(line, source.id).to.include(source.title.replace(/[\\`*_[\]<>#|]/g, '\\$&'));
          if (source.url) expect(line, source.id).to.include(`<${source.url}>`);
          if (source.publisher) expect(line, source.id).to.include(`(${source.publisher})`);
        });
      });

      it('has unique linkIds', () => {
        expect(duplicates).to.deep.equal([]);
        expect(index.size).to.equal(
          new Set(topic.symptoms.map((symptom) => symptom.category)).size + topic.symptoms.length + topic.patterns.length,
        );
      });

      it('asks every sign as a boolean inside the group of its category, with the clinical term beside the label', () => {
        for (const symptom of topic.symptoms) {
          const entry = index.get(`sign/${symptom.id}`);
          expect(entry, symptom.id).to.not.equal(undefined);
          expect(entry!.item.type).to.equal('boolean');
          expect(entry!.parents).to.deep.equal([`category/${symptom.category}`]);
          expect(entry!.item.text).to.equal(symptom.clinicalTerm ? `${symptom.label} (${symptom.clinicalTerm})` : symptom.label);
          expect(entry!.item).to.not.have.any.keys('item', 'answerOption');
        }
        const groups = questionnaire.item.filter((item) => item.type === 'group');
        expect(groups.map((group) => group.linkId)).to.deep.equal(
          topic.categories
            .filter((category) => topic.symptoms.some((symptom) => symptom.category === category.id))
            .map((category) => `category/${category.id}`),
        );
        for (const group of groups) {
          // que-1: a group holds items.
          expect(group.item?.length, group.linkId).to.be.greaterThan(0);
          expect(group.text).to.equal(topic.categories.find((category) => `category/${category.id}` === group.linkId)!.label);
        }
      });

      it('asks every pattern question as a choice whose options are codings of the pack', () => {
        const choices = questionnaire.item.filter((item) => item.type === 'choice');
        expect(choices.map((choice) => choice.linkId)).to.deep.equal(topic.patterns.map((pattern) => `pattern/${pattern.id}`));
        topic.patterns.forEach((pattern, i) => {
          expect(choices[i].text).to.equal(pattern.question);
          expect(choices[i]).to.not.have.property('item');
          expect(choices[i].answerOption).to.deep.equal(
            pattern.options.map((option) => ({
              valueCoding: { system: `urn:health-widgets:topic:${topic.id}:answer`, code: option.id, display: option.label },
            })),
          );
        });
      });
    });
  }

  it('takes the canonical URL and the publisher from the options', () => {
    const questionnaire = toQuestionnaire(plant, {
      url: 'https://clinic.example/fhir/Questionnaire/leaf-spots',
      publisher: 'Example Clinic',
    });
    expect(questionnaire.url).to.equal('https://clinic.example/fhir/Questionnaire/leaf-spots');
    expect(questionnaire.publisher).to.equal('Example Clinic');
  });

  it('makes a name FHIR accepts from any id, and escapes Markdown in pack text', () => {
    const pack = clonePlantPack();
    pack.id = '4-leaf-spots';
    pack.sources[0].title = 'A *bold* <b>guide</b>';
    const questionnaire = toQuestionnaire(parseTopic(pack));
    expect(questionnaire.name).to.equal('Topic4LeafSpots');
    expect(questionnaire.description).to.include('1. A \\*bold\\* \\<b\\>guide\\</b\\>');
  });

  it('leaves out a category without signs, since an empty group is invalid (que-1)', () => {
    const pack = clonePlantPack();
    pack.symptoms = pack.symptoms.filter((symptom) => symptom.category !== 'soil');
    const topic = parseTopic(pack);
    expect(toQuestionnaire(topic).item.map((item) => item.linkId)).to.not.include('category/soil');
    expect(toQuestionnaireResponse(topic, { signs: [], patterns: {} }).item.map((item) => item.linkId)).to.not.include(
      'category/soil',
    );
  });
});

describe('toQuestionnaireResponse', () => {
  for (const [name, topic] of packs) {
    describe(`for ${name}`, () => {
      const questionnaire = toQuestionnaire(topic);

      it('conforms to its Questionnaire for any answers, unknown ids included', () => {
        fc.assert(
          fc.property(anyAnswers(topic), (answers) => {
            const response = toQuestionnaireResponse(topic, answers, { authored: '2026-12-10T09:30:00Z' });
            expect(response.resourceType).to.equal('QuestionnaireResponse');
            expect(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']).to.include(response.status);
            expect(response.status).to.equal('completed');
            expect(response.questionnaire).to.equal(`${questionnaire.url}|${questionnaire.version}`);
            expect(response.language).to.equal(questionnaire.language);
            expectConforms(response, questionnaire);
          }),
          { numRuns: 60 },
        );
      });

      it('answers every sign, true when ticked and false when not, and leaves unanswered questions out', () => {
        const ticked = topic.symptoms.filter((_, i) => i % 3 === 0).map((symptom) => symptom.id);
        const [first, ...others] = topic.patterns;
        const answers: Answers = { signs: ticked, patterns: { [first.id]: first.options[1].id } };
        const response = toQuestionnaireResponse(topic, answers);
        const signs = response.item.flatMap((group) => group.item ?? []);
        expect(signs.map((item) => item.linkId).sort()).to.deep.equal(
          topic.symptoms.map((symptom) => `sign/${symptom.id}`).sort(),
        );
        for (const item of signs) {
          expect(item.answer, item.linkId).to.deep.equal([{ valueBoolean: ticked.includes(item.linkId.slice('sign/'.length)) }]);
        }
        const questions = response.item.filter((item) => item.linkId.startsWith('pattern/'));
        expect(questions).to.deep.equal([
          {
            linkId: `pattern/${first.id}`,
            text: first.question,
            answer: [
              { valueCoding: { system: answerSystem(topic), code: first.options[1].id, display: first.options[1].label } },
            ],
          },
        ]);
        for (const pattern of others) expect(response.item.map((item) => item.linkId)).to.not.include(`pattern/${pattern.id}`);
      });

      it('is authored now by default, as a valid dateTime', () => {
        const before = Date.now();
        const { authored } = toQuestionnaireResponse(topic, { signs: [], patterns: {} });
        expect(authored).to.match(DATE_TIME);
        expect(Date.parse(authored)).to.be.within(before - 1000, Date.now() + 1000);
      });
    });
  }

  it('gives exactly the expected response for a small answer set', () => {
    const response = toQuestionnaireResponse(
      plant,
      { signs: ['whole-plant-wilts', 'brown-spots', 'not-a-sign'], patterns: { light: 'light-shade', nope: 'x' } },
      { authored: '2026-12-10T09:30:00+01:00', subject: { reference: 'Patient/example' } },
    );
    const system = 'urn:health-widgets:topic:plant-leaf-spots:answer';
    expect(response).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      language: 'en',
      questionnaire: 'urn:health-widgets:topic:plant-leaf-spots|1.0.0',
      status: 'completed',
      subject: { reference: 'Patient/example' },
      authored: '2026-12-10T09:30:00+01:00',
      item: [
        {
          linkId: 'category/leaves',
          text: 'On the leaves',
          item: [
            { linkId: 'sign/brown-spots', text: 'Brown spots with a yellow ring', answer: [{ valueBoolean: true }] },
            { linkId: 'sign/pale-patches', text: 'Pale, dry patches (leaf scorch)', answer: [{ valueBoolean: false }] },
            { linkId: 'sign/tiny-holes', text: 'Tiny holes', answer: [{ valueBoolean: false }] },
          ],
        },
        {
          linkId: 'category/stems',
          text: 'On the stems',
          item: [
            { linkId: 'sign/sticky', text: 'A sticky coating', answer: [{ valueBoolean: false }] },
            { linkId: 'sign/whole-plant-wilts', text: 'The whole plant wilts', answer: [{ valueBoolean: true }] },
          ],
        },
        {
          linkId: 'category/soil',
          text: 'In the soil',
          item: [{ linkId: 'sign/musty-smell', text: 'A musty smell', answer: [{ valueBoolean: false }] }],
        },
        {
          linkId: 'pattern/light',
          text: 'Where does the plant stand?',
          answer: [{ valueCoding: { system, code: 'light-shade', display: 'In the shade' } }],
        },
      ],
    });
  });

  it('points to the Questionnaire given, takes a Date, and refuses a time that is not a FHIR dateTime', () => {
    const url = 'https://clinic.example/fhir/Questionnaire/leaf-spots';
    const response = toQuestionnaireResponse(
      plant,
      { signs: [], patterns: {} },
      {
        questionnaire: questionnaireCanonical(plant, url),
        authored: new Date(Date.UTC(2026, 11, 10, 9, 30)),
      },
    );
    expect(response.questionnaire).to.equal(`${url}|1.0.0`);
    expect(response.authored).to.equal('2026-12-10T09:30:00.000Z');
    expect(response).to.not.have.property('subject');
    for (const authored of ['10/12/2026', '2026-12-10T09:30', '2026-12-10 09:30:00Z', '']) {
      expect(() => toQuestionnaireResponse(plant, { signs: [], patterns: {} }, { authored }), authored).to.throw(RangeError);
    }
    expect(() => toQuestionnaireResponse(plant, { signs: [], patterns: {} }, { authored: new Date(NaN) })).to.throw(RangeError);
  });

  it('has the same linkIds and codes in every language of a topic', () => {
    const answers: Answers = { signs: ['calf', 'night-rest'], patterns: { where: 'where-calf', when: 'when-night-rest' } };
    const shape = (response: QuestionnaireResponse) =>
      JSON.stringify(response.item, (key, value: unknown) => (key === 'text' || key === 'display' ? undefined : value));
    const english = toQuestionnaireResponse(legCramps, answers, { authored: '2026-12-10' });
    const spanish = toQuestionnaireResponse(legCrampsSpanish, answers, { authored: '2026-12-10' });
    expect(spanish.language).to.equal('es');
    expect(shape(spanish)).to.equal(shape(english));
    expect(spanish.item[0].text).to.not.equal(english.item[0].text);
  });

  it('is the sample the README shows', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /<!-- fhir-sample:start -->[\s\S]*?```json\n([\s\S]*?)```[\s\S]*?<!-- fhir-sample:end -->/.exec(readme);
    expect(block, 'the README has the sample between its markers').to.not.equal(null);
    const sample = toQuestionnaireResponse(
      legCramps,
      { signs: ['calf', 'night-rest'], patterns: { where: 'where-calf', duration: 'duration-short' } },
      { authored: '2026-12-10T09:30:00Z', subject: { reference: 'Patient/example' } },
    );
    expect(JSON.parse(block![1]), `README sample, regenerate as:\n${JSON.stringify(sample, null, 2)}`).to.deep.equal(sample);
  });
});

describe('FHIR types', () => {
  it('are assignable to the @types/fhir R4 types (checked by tsc)', () => {
    const subject: R4.Reference = {
      reference: 'Patient/example',
      identifier: { system: 'urn:example', value: '1', use: 'usual' },
    };
    const questionnaire: R4.Questionnaire = toQuestionnaire(plant);
    const response: R4.QuestionnaireResponse = toQuestionnaireResponse(plant, { signs: [], patterns: {} }, { subject });
    expect(questionnaire.resourceType).to.equal('Questionnaire');
    expect(response.subject).to.equal(subject);
  });
});

describe('the drop-in script', () => {
  it('does not carry the FHIR export', async () => {
    for (const file of ['/dist/health-widgets.js', '/dist/health-widgets.iife.js']) {
      const response = await fetch(file);
      expect(response.ok, `${file} is built`).to.equal(true);
      expect(await response.text(), file).to.not.include('Questionnaire');
    }
  });
});
