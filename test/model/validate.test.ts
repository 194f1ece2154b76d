import { expect } from '@open-wc/testing';
import {
  assess,
  formatPath,
  LIMITS,
  parseTopic,
  TopicError,
  type AdviceList,
  type SituationQuestion,
} from '../../src/model/index.js';
import { LABEL_KEYS } from '../fixtures/packs.js';
import { changed, clonePack, edited, expectTopicError, REMOVE } from './helpers.js';

/** The synthetic plant pack, as given (it is valid). */
const plant = clonePack();

/** A chain of `depth` nested values, built without recursion: `{ a: { a: ... } }` by default. */
function nested(depth: number, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const symptom = plant.symptoms[0];
/** `count` more symptoms that are valid and unique. */
const moreSymptoms = (count: number) => Array.from({ length: count }, (_, i) => ({ ...symptom, id: `extra-${i}` }));

/** `count` more situation questions that are valid and unique. */
const moreQuestions = (count: number): SituationQuestion[] =>
  Array.from({ length: count }, (_, i) => ({ ...structuredClone(plant.situation[1]), id: `extra-${i}` }));

/** A list keyed by the `size` question: advice for two of its options, an item for all and one per option. */
const careList = (): AdviceList => ({
  id: 'care',
  title: 'Care by size',
  question: 'size',
  advice: {
    small: { text: 'Small pots dry out fast.', source: ['guide'] },
    large: { text: 'Large pots hold water long.', source: ['club'] },
  },
  items: [
    { id: 'mist', label: 'Mist the leaves', source: ['guide'] },
    { id: 'saucer', label: 'Stand it on a saucer', when: ['small'], source: ['guide'] },
    { id: 'trolley', label: 'Put it on a plant trolley', when: ['large', 'unsure'], source: ['club'] },
  ],
});

/** The plant pack with {@link careList} as its only list, after `edit` changes that list. */
const withList = (edit: (list: AdviceList) => unknown = () => undefined): unknown =>
  edited((pack) => {
    const list = careList();
    edit(list);
    pack.lists = [list];
  });

describe('parseTopic', () => {
  it('returns the pack, typed, for a valid pack', () => {
    expect(parseTopic(clonePack())).to.deep.equal(plant);
  });

  it('returns a copy and does not change its input', () => {
    const input = clonePack();
    const topic = parseTopic(input);
    expect(topic).to.not.equal(input);
    expect(input).to.deep.equal(plant);
  });

  it('accepts objects without a prototype', () => {
    const input = JSON.parse(JSON.stringify(plant), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
    ) as unknown;
    expect(parseTopic(input)).to.deep.equal(plant);
  });

  describe('TopicError', () => {
    it('is an Error with a name, a path and the path in its message', () => {
      const error = new TopicError('symptoms[3].category', 'expected x');
      expect(error).to.be.instanceOf(Error);
      expect(error.name).to.equal('TopicError');
      expect(error.path).to.equal('symptoms[3].category');
      expect(error.message).to.equal('symptoms[3].category: expected x');
      expect(new TopicError('', 'expected an object').message).to.equal('expected an object');
    });

    it('formats paths like JSON paths', () => {
      expect(formatPath([])).to.equal('');
      expect(formatPath(['symptoms', 3, 'category'])).to.equal('symptoms[3].category');
      expect(formatPath(['comparison', 0, 'values', 'not-known'])).to.equal('comparison[0].values["not-known"]');
      expect(formatPath([0, 'a'])).to.equal('[0].a');
    });
  });

  describe('wrong type', () => {
    it('a number for a text', () => {
      expectTopicError(() => parseTopic(changed(['title'], 42)), 'title', 'expected a string', 'but got 42');
    });
    it('a string for a boolean', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 2, 'selfCare'], 'yes')),
        'treatments[2].selfCare',
        'expected true or false',
        'got "yes"',
      );
    });
    it('an object for an array', () => {
      expectTopicError(() => parseTopic(changed(['symptoms'], {})), 'symptoms', 'expected an array', 'got an object');
    });
    it('an array for an object', () => {
      expectTopicError(() => parseTopic(changed(['reviewed'], [])), 'reviewed', 'expected an object', 'got an array');
      expectTopicError(() => parseTopic(changed(['summary'], ['x'])), 'summary', 'expected an object', 'got an array');
    });
    it('null for an object', () => {
      expectTopicError(() => parseTopic(changed(['guidance'], null)), 'guidance', 'expected an object', 'got null');
    });
    it('a number for a list of source ids', () => {
      expectTopicError(
        () => parseTopic(changed(['guidance', 'confirm', 'source'], 1)),
        'guidance.confirm.source',
        'expected an array',
        'got 1',
      );
    });
    it('a hole in a sparse array', () => {
      const symptoms: unknown[] = [...plant.symptoms];
      delete symptoms[3];
      expectTopicError(() => parseTopic(changed(['symptoms'], symptoms)), 'symptoms[3]', 'expected an object', 'got undefined');
    });
  });

  describe('missing required field', () => {
    it('at the top level', () => {
      expectTopicError(() => parseTopic(changed(['title'], REMOVE)), 'title', 'is required but missing');
    });
    it('in an array item', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'label'], REMOVE)),
        'symptoms[2].label',
        'is required but missing',
      );
    });
    it('deep in the guidance', () => {
      expectTopicError(
        () => parseTopic(changed(['guidance', 'unclearNextStep', 'text'], REMOVE)),
        'guidance.unclearNextStep.text',
        'is required but missing',
      );
      expectTopicError(() => parseTopic(changed(['guidance', 'confirm'], REMOVE)), 'guidance.confirm', 'is required but missing');
    });
    it('deep in a situation question', () => {
      expectTopicError(
        () => parseTopic(changed(['situation', 1, 'options', 0, 'label'], REMOVE)),
        'situation[1].options[0].label',
        'is required but missing',
      );
    });
    it('set to undefined', () => {
      expectTopicError(() => parseTopic(changed(['lang'], undefined)), 'lang', 'is required but missing');
    });
    it('an optional field may be left out', () => {
      expect(parseTopic(changed(['symptoms', 1, 'clinicalTerm'], REMOVE)).symptoms[1]).to.not.have.property('clinicalTerm');
      expect(parseTopic(changed(['unclearMargin'], REMOVE)).unclearMargin).to.equal(undefined);
      expect(parseTopic(changed(['labels'], REMOVE))).to.not.have.property('labels');
      expect(
        parseTopic(changed(['guidance', 'treatmentIntro'], { text: 'First, look closely.', source: ['guide'] })).guidance
          .treatmentIntro?.text,
      ).to.equal('First, look closely.');
      expect(parseTopic(changed(['treatments', 0, 'when'], REMOVE)).treatments[0]).to.not.have.property('when');
    });
    it('a statement without sources', () => {
      expectTopicError(
        () => parseTopic(changed(['background', 0, 'source'], [])),
        'background[0].source',
        `expected 1 to ${LIMITS.refs} items`,
        'got an array of 0',
      );
    });
  });

  describe('unknown property', () => {
    it('at the top level', () => {
      expectTopicError(() => parseTopic(changed(['colour'], 'blue')), 'colour', 'is not a known property');
    });
    it('in a symptom (a typo of redFlag)', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 1, 'redflag'], true)),
        'symptoms[1].redflag',
        'is not a known property',
        'spelling',
      );
    });
    it('with a key that is not a name', () => {
      expectTopicError(
        () => parseTopic(changed(['reviewed', 'reviewed by'], 'x')),
        'reviewed["reviewed by"]',
        'is not a known property',
      );
    });
    it('named __proto__ in parsed JSON, without polluting anything', () => {
      const json = JSON.stringify(plant).replace(/^\{/, '{"__proto__":{"polluted":true},');
      expectTopicError(() => parseTopic(JSON.parse(json)), '__proto__', 'is not a known property');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('bad id format', () => {
    it('upper case and spaces', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 1, 'id'], 'Bad Id')),
        'symptoms[1].id',
        'expected an id of lowercase letters, digits and hyphens',
        'got "Bad Id"',
      );
    });
    it('starting with a hyphen', () => {
      expectTopicError(() => parseTopic(changed(['treatments', 0, 'id'], '-repot')), 'treatments[0].id', 'an id of lowercase');
    });
    it('empty', () => {
      expectTopicError(() => parseTopic(changed(['id'], '')), 'id', `expected a text of 1 to ${LIMITS.id} characters`);
    });
    it('too long', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 1, 'id'], 'a'.repeat(LIMITS.id + 1))),
        'symptoms[1].id',
        `expected a text of 1 to ${LIMITS.id} characters`,
      );
    });
    it('a bad key in `suggests`', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'Pests'], 1)),
        'symptoms[2].suggests.Pests',
        'an id of lowercase',
        'got "Pests"',
      );
    });
    it('a bad source id in a `source` list', () => {
      expectTopicError(
        () => parseTopic(changed(['summary', 'source', 0], 'The Guide')),
        'summary.source[0]',
        'an id of lowercase',
      );
    });
    it('ids that are also names of object properties ("constructor") work as any other', () => {
      const json = JSON.stringify(plant).replaceAll('"fungus"', '"constructor"');
      const topic = parseTopic(JSON.parse(json));
      expect(topic.comparison[0].values.constructor).to.equal(plant.comparison[0].values.fungus);
      const result = assess(topic, { signs: ['brown-spots', 'musty-smell'], patterns: {} });
      expect(result.scores).to.deep.equal({ constructor: 3, sunburn: 0, pests: 0 });
      expect(result.leaning).to.equal('constructor');
    });
  });

  describe('duplicate ids', () => {
    it('symptoms', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 4, 'id'], 'brown-spots')),
        'symptoms[4].id',
        'expected a unique id',
        '"brown-spots" is used twice',
      );
    });
    it('sources', () => {
      expectTopicError(() => parseTopic(changed(['sources', 1, 'id'], 'guide')), 'sources[1].id', 'unique', '"guide"');
    });
    it('conditions', () => {
      expectTopicError(() => parseTopic(changed(['conditions', 2, 'id'], 'fungus')), 'conditions[2].id', 'unique', '"fungus"');
    });
    it('categories, patterns, comparison rows, treatments and lists', () => {
      expectTopicError(() => parseTopic(changed(['categories', 2, 'id'], 'leaves')), 'categories[2].id', 'unique', '"leaves"');
      expectTopicError(
        () => parseTopic(edited((pack) => pack.patterns.push(structuredClone(pack.patterns[0])))),
        'patterns[1].id',
        'unique',
        '"light"',
      );
      expectTopicError(() => parseTopic(changed(['comparison', 1, 'id'], 'look')), 'comparison[1].id', 'unique', '"look"');
      expectTopicError(() => parseTopic(changed(['treatments', 2, 'id'], 'repot')), 'treatments[2].id', 'unique', '"repot"');
      expectTopicError(
        () => parseTopic(edited((pack) => (pack.lists = [careList(), careList()]))),
        'lists[1].id',
        'expected a unique id',
        '"care" is used twice',
      );
    });
    it('situation questions', () => {
      expectTopicError(
        () => parseTopic(changed(['situation', 1, 'id'], 'size')),
        'situation[1].id',
        'expected a unique id',
        '"size" is used twice',
      );
    });
    it('two options of one situation question', () => {
      expectTopicError(
        () => parseTopic(changed(['situation', 0, 'options', 1, 'id'], 'small')),
        'situation[0].options[1].id',
        'expected a unique id',
        '"small" is used twice',
      );
    });
    it('options of two different situation questions may share an id', () => {
      const topic = parseTopic(changed(['situation', 1, 'options', 0, 'id'], 'small'));
      expect(topic.situation.map((question) => question.options[0].id)).to.deep.equal(['small', 'small']);
    });
    it('two items of one list', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.items[2].id = 'mist'))),
        'lists[0].items[2].id',
        'expected a unique id',
        '"mist" is used twice',
      );
    });
    it('a pattern option id clashing with a symptom id', () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 0, 'id'], 'tiny-holes')),
        'patterns[0].options[0].id',
        'expected a unique answer id',
        '"tiny-holes" is used twice',
      );
    });
    it('two pattern options with one id', () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 1, 'id'], 'light-shade')),
        'patterns[0].options[1].id',
        'unique answer id',
        '"light-shade"',
      );
    });
  });

  describe('unknown references', () => {
    it('an unknown category', () => {
      const error = expectTopicError(() => parseTopic(changed(['symptoms', 3, 'category'], 'nerves')), 'symptoms[3].category');
      expect(error.message).to.equal('symptoms[3].category: expected one of "leaves", "stems", "soil" but got "nerves"');
    });
    it("an unknown condition in a symptom's `suggests`", () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'nerves'], 1)),
        'symptoms[2].suggests.nerves',
        'expected one of "fungus", "sunburn", "pests"',
        'got "nerves"',
      );
    });
    it("an unknown condition with a hyphen, in a pattern option's `suggests`", () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 1, 'suggests', 'not-known'], 1)),
        'patterns[0].options[1].suggests["not-known"]',
        'expected one of "fungus", "sunburn", "pests"',
      );
    });
    it('an unknown source id', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'source'], ['nope'])),
        'symptoms[2].source[0]',
        'expected one of "guide", "club"',
        'got "nope"',
      );
    });
    it('an unknown source id deep in the guidance', () => {
      expectTopicError(
        () => parseTopic(changed(['guidance', 'confirm', 'source'], ['guide', 'nope'])),
        'guidance.confirm.source[1]',
        'got "nope"',
      );
    });
    it('an unknown source id in a situation question, a treatment, a step and a list item', () => {
      expectTopicError(
        () => parseTopic(changed(['situation', 1, 'ifUnknown', 'source', 0], 'nope')),
        'situation[1].ifUnknown.source[0]',
        'expected one of "guide", "club"',
        'got "nope"',
      );
      expectTopicError(
        () => parseTopic(changed(['treatments', 2, 'reason', 'source'], ['nope'])),
        'treatments[2].reason.source[0]',
        'got "nope"',
      );
      expectTopicError(() => parseTopic(changed(['steps', 1, 'source'], ['club', 'nope'])), 'steps[1].source[1]', 'got "nope"');
      expectTopicError(
        () => parseTopic(withList((list) => (list.items[0].source = ['nope']))),
        'lists[0].items[0].source[0]',
        'got "nope"',
      );
      expectTopicError(
        () => parseTopic(withList((list) => (list.advice!.large.source = ['nope']))),
        'lists[0].advice.large.source[0]',
        'got "nope"',
      );
    });
    it('an unknown evidence id', () => {
      expectTopicError(
        () => parseTopic(edited((pack) => pack.comparison[1].evidence.push('nope'))),
        'comparison[1].evidence[2]',
        'expected one of "brown-spots", "pale-patches", "tiny-holes"',
        'got "nope"',
      );
    });
    it('a missing comparison value for a condition', () => {
      expectTopicError(
        () => parseTopic(changed(['comparison', 1, 'values', 'sunburn'], REMOVE)),
        'comparison[1].values.sunburn',
        'is required but missing',
      );
    });
    it('a comparison value for an unknown condition', () => {
      expectTopicError(
        () => parseTopic(changed(['comparison', 1, 'values', 'other'], 'text')),
        'comparison[1].values.other',
        'expected one of "fungus", "sunburn", "pests"',
      );
    });
  });

  describe('weights', () => {
    it('NaN is refused (JSON cannot hold it, but JS objects can)', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'pests'], NaN)),
        'symptoms[2].suggests.pests',
        'expected a finite number',
        'got NaN',
      );
    });
    it('Infinity and -Infinity are refused', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'pests'], Infinity)),
        'symptoms[2].suggests.pests',
        'expected a finite number',
        'got Infinity',
      );
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 0, 'suggests', 'fungus'], -Infinity)),
        'patterns[0].options[0].suggests.fungus',
        'expected a finite number',
        'got -Infinity',
      );
    });
    it('out of range', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'pests'], 1000)),
        'symptoms[2].suggests.pests',
        'expected a number from -100 to 100 but got 1000',
      );
    });
    it('a string', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'pests'], '2')),
        'symptoms[2].suggests.pests',
        'expected a finite number',
        'got "2"',
      );
    });
    it('a negative or non-finite unclear margin', () => {
      expectTopicError(
        () => parseTopic(changed(['unclearMargin'], -1)),
        'unclearMargin',
        /expected a number from 0 to \d+ but got -1/,
      );
      expectTopicError(() => parseTopic(changed(['unclearMargin'], Infinity)), 'unclearMargin', 'finite');
    });
  });

  describe('formats', () => {
    it('a date in the wrong format', () => {
      expectTopicError(
        () => parseTopic(changed(['reviewed', 'date'], '25/11/2026')),
        'reviewed.date',
        'a date like "2026-11-25"',
        'got "25/11/2026"',
      );
    });
    it('a month that does not exist', () => {
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-13-01')), 'reviewed.date', 'a date like');
    });
    it('a day that does not exist', () => {
      expectTopicError(
        () => parseTopic(changed(['reviewed', 'date'], '2026-02-30')),
        'reviewed.date',
        'a date like',
        '"2026-02-30"',
      );
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-02-29')), 'reviewed.date', 'a date like');
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-04-31')), 'reviewed.date', 'a date like');
      expect(parseTopic(changed(['reviewed', 'date'], '2028-02-29')).reviewed.date).to.equal('2028-02-29');
    });
    it('a date with a time', () => {
      expectTopicError(
        () => parseTopic(changed(['reviewed', 'date'], '2026-11-25T10:00:00Z')),
        'reviewed.date',
        /a date|characters/,
      );
    });
    it('a url that is not one', () => {
      expectTopicError(
        () => parseTopic(changed(['sources', 1, 'url'], 'not a url')),
        'sources[1].url',
        'expected an http or https URL',
        'got "not a url"',
      );
    });
    it('a relative url', () => {
      expectTopicError(
        () => parseTopic(changed(['sources', 1, 'url'], '/plants/spots')),
        'sources[1].url',
        'an http or https URL',
      );
    });
    it('a javascript: url', () => {
      expectTopicError(
        () => parseTopic(changed(['sources', 1, 'url'], 'javascript:alert(1)')),
        'sources[1].url',
        'expected an http or https URL',
      );
    });
    it('a data: url', () => {
      expectTopicError(
        () => parseTopic(changed(['sources', 1, 'url'], 'data:text/html,<b>x</b>')),
        'sources[1].url',
        'http or https',
      );
    });
    it('a version that is not x.y.z', () => {
      expectTopicError(() => parseTopic(changed(['version'], '1.0')), 'version', 'a version like "1.0.0"');
    });
    it('a language that is not a tag', () => {
      expectTopicError(() => parseTopic(changed(['lang'], 'english!')), 'lang', 'a language tag');
    });
  });

  describe('situation questions', () => {
    it('a pack may ask none (and then no treatment may depend on one)', () => {
      const topic = parseTopic(
        edited((pack) => {
          pack.situation = [];
          for (const treatment of pack.treatments) delete treatment.when;
        }),
      );
      expect(topic.situation).to.deep.equal([]);
    });
    it('six questions are accepted', () => {
      expect(parseTopic(edited((pack) => pack.situation.push(...moreQuestions(4)))).situation).to.have.length(LIMITS.questions);
    });
    it('seven questions are refused', () => {
      expectTopicError(
        () => parseTopic(edited((pack) => pack.situation.push(...moreQuestions(5)))),
        'situation',
        `expected 0 to ${LIMITS.questions} items`,
        'got an array of 7',
      );
    });
    it('a question with one option is refused', () => {
      expectTopicError(
        () => parseTopic(edited((pack) => pack.situation[1].options.splice(1))),
        'situation[1].options',
        `expected 2 to ${LIMITS.questionOptions} items`,
        'got an array of 1',
      );
    });
    it('a question with eight options is accepted, nine are refused', () => {
      const withOptions = (count: number) =>
        edited((pack) => {
          const extra = Array.from({ length: count - pack.situation[1].options.length }, (_, i) => ({
            id: `shed-${i}`,
            label: `Shed ${i}`,
          }));
          pack.situation[1].options.push(...extra);
        });
      expect(parseTopic(withOptions(8)).situation[1].options).to.have.length(8);
      expectTopicError(
        () => parseTopic(withOptions(9)),
        'situation[1].options',
        `expected 2 to ${LIMITS.questionOptions} items`,
        'got an array of 9',
      );
    });
    it('an option marked "not known yet" must say so with true or false', () => {
      expect(parseTopic(clonePack()).situation[0].options[2].unknown).to.equal(true);
      expectTopicError(
        () => parseTopic(changed(['situation', 0, 'options', 2, 'unknown'], 'yes')),
        'situation[0].options[2].unknown',
        'expected true or false',
        'got "yes"',
      );
    });
    it('a question needs its "depends on" statement', () => {
      expectTopicError(
        () => parseTopic(changed(['situation', 1, 'ifUnknown'], REMOVE)),
        'situation[1].ifUnknown',
        'is required but missing',
      );
    });
  });

  describe('treatment rules', () => {
    it('a rule naming an unknown question id', () => {
      const error = expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'colour'], ['red'])),
        'treatments[0].when[0].colour',
      );
      expect(error.message).to.equal('treatments[0].when[0].colour: expected one of "size", "place" but got "colour"');
    });
    it('a rule naming an unknown option id', () => {
      const error = expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'size', 0], 'medium')),
        'treatments[0].when[0].size[0]',
      );
      expect(error.message).to.equal(
        'treatments[0].when[0].size[0]: expected one of "small", "large", "unsure" but got "medium"',
      );
    });
    it('an unknown option id later in a rule of two questions', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 1, 'when', 0, 'place'], ['outdoors', 'garden'])),
        'treatments[1].when[0].place[1]',
        'expected one of "indoors", "outdoors"',
        'got "garden"',
      );
    });
    it("an option of another question is not one of this question's", () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'size'], ['indoors'])),
        'treatments[0].when[0].size[0]',
        'expected one of "small", "large", "unsure"',
        'got "indoors"',
      );
    });
    it('a rule in a later place of the list', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 1, 'when', 1], { place: ['indoors'], size: ['tiny'] })),
        'treatments[1].when[1].size[0]',
        'got "tiny"',
      );
    });
    it('an old-format rule (a fixed axis the pack does not ask) is an unknown question id', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0], { severity: ['mild'] })),
        'treatments[0].when[0].severity',
        'expected one of "size", "place"',
        'got "severity"',
      );
    });
    it('a rule naming a question when the pack asks none', () => {
      expectTopicError(() => parseTopic(changed(['situation'], [])), 'treatments[0].when[0].size', 'got "size"');
    });
    it('a treatment that never applies', () => {
      expectTopicError(() => parseTopic(changed(['treatments', 0, 'when'], [])), 'treatments[0].when', 'expected 1 to 10 items');
    });
    it('a rule with no options for a question', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'size'], [])),
        'treatments[0].when[0].size',
        `expected 1 to ${LIMITS.questionOptions} items`,
      );
    });
    it('a rule that is not an object of option lists', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0], 'small')),
        'treatments[0].when[0]',
        'expected an object',
      );
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'size'], 'small')),
        'treatments[0].when[0].size',
        'expected an array',
      );
    });
    it('a treatment without `when` (one that always applies) is valid', () => {
      expect(parseTopic(clonePack()).treatments[2]).to.not.have.property('when');
    });
  });

  describe('lists', () => {
    it('a list keyed by a question, with advice and items for some options, is accepted', () => {
      const topic = parseTopic(withList());
      expect(topic.lists).to.deep.equal([careList()]);
    });
    it('a list without a question, whose items always show, is accepted', () => {
      const topic = parseTopic(
        withList((list) => {
          delete list.question;
          delete list.advice;
          for (const item of list.items) delete item.when;
        }),
      );
      expect(topic.lists[0].items.map((item) => item.id)).to.deep.equal(['mist', 'saucer', 'trolley']);
    });
    it('a list with no items is accepted', () => {
      expect(parseTopic(withList((list) => (list.items = []))).lists[0].items).to.deep.equal([]);
    });
    it('a list naming an unknown question', () => {
      const error = expectTopicError(() => parseTopic(withList((list) => (list.question = 'colour'))), 'lists[0].question');
      expect(error.message).to.equal('lists[0].question: expected one of "size", "place" but got "colour"');
    });
    it('advice keyed by an option its question does not have', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.advice!.indoors = { text: 'Indoors.', source: ['guide'] }))),
        'lists[0].advice.indoors',
        'expected one of "small", "large", "unsure"',
        'got "indoors"',
      );
    });
    it('advice keyed by an option with a hyphen', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.advice!['very-large'] = { text: 'Very large.', source: ['guide'] }))),
        'lists[0].advice["very-large"]',
        'expected one of "small", "large", "unsure"',
      );
    });
    it('an item `when` naming an unknown option', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.items[1].when = ['small', 'medium']))),
        'lists[0].items[1].when[1]',
        'expected one of "small", "large", "unsure"',
        'got "medium"',
      );
    });
    it('advice on a list with no question', () => {
      expectTopicError(
        () => parseTopic(withList((list) => delete list.question)),
        'lists[0].advice.small',
        'needs the list to name its situation `question`',
      );
    });
    it('an item `when` on a list with no question', () => {
      expectTopicError(
        () =>
          parseTopic(
            withList((list) => {
              delete list.question;
              delete list.advice;
            }),
          ),
        'lists[0].items[1].when',
        'needs the list to name its situation `question`',
      );
    });
    it('an item `when` with no options', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.items[1].when = []))),
        'lists[0].items[1].when',
        'expected 1 to',
      );
    });
    it('an item without sources', () => {
      expectTopicError(
        () => parseTopic(withList((list) => (list.items[0].source = []))),
        'lists[0].items[0].source',
        'expected 1 to',
      );
    });
    it('a list in the second place', () => {
      expectTopicError(
        () =>
          parseTopic(
            edited((pack) => {
              const second = { ...careList(), id: 'care-again', question: 'place' };
              pack.lists = [careList(), second];
            }),
          ),
        'lists[1].advice.small',
        'expected one of "indoors", "outdoors"',
      );
    });
  });

  describe('conditions', () => {
    it('the id "unclear" is refused: it is the leaning when answers point nowhere', () => {
      expectTopicError(
        () => parseTopic(changed(['conditions', 1, 'id'], 'unclear')),
        'conditions[1].id',
        '"unclear" is reserved',
        'choose another id',
      );
    });
    it('ids that only contain "unclear" are fine', () => {
      const json = JSON.stringify(plant).replaceAll('"sunburn"', '"unclear-light"');
      expect(parseTopic(JSON.parse(json)).conditions[1].id).to.equal('unclear-light');
    });
  });

  describe('labels', () => {
    it('every known heading may be set', () => {
      const labels = Object.fromEntries(LABEL_KEYS.map((key) => [key, `Heading ${key}`]));
      expect(parseTopic(changed(['labels'], labels)).labels).to.deep.equal(labels);
    });
    it('any of them may be left out', () => {
      expect(parseTopic(changed(['labels'], {})).labels).to.deep.equal({});
    });
    it('an unknown key is refused', () => {
      expectTopicError(
        () => parseTopic(changed(['labels', 'footerTitle'], 'Thanks')),
        'labels.footerTitle',
        'is not a known property',
        'spelling',
      );
    });
    it('an old UI key name is refused too', () => {
      expectTopicError(
        () => parseTopic(changed(['labels', 'tableCaption'], 'Table')),
        'labels.tableCaption',
        'is not a known property',
      );
    });
    it('an empty heading is refused', () => {
      expectTopicError(
        () => parseTopic(changed(['labels', 'checklistTitle'], '')),
        'labels.checklistTitle',
        'expected a text of 1 to',
      );
    });
    it('labels that are not an object', () => {
      expectTopicError(() => parseTopic(changed(['labels'], ['Title'])), 'labels', 'expected an object');
    });
  });

  describe('steps', () => {
    it('are statements, at most 20', () => {
      expectTopicError(() => parseTopic(changed(['steps', 1], 'New leaves come.')), 'steps[1]', 'expected an object');
      const many = Array.from({ length: LIMITS.steps + 1 }, () => structuredClone(plant.steps[0]));
      expectTopicError(() => parseTopic(changed(['steps'], many)), 'steps', `expected 0 to ${LIMITS.steps} items`);
    });
  });

  describe('old-format fields', () => {
    it('`foods` is not a known property', () => {
      expectTopicError(
        () => parseTopic(changed(['foods'], [{ id: 'yeast', label: 'Yeast', diets: ['vegan'], source: ['guide'] }])),
        'foods',
        'is not a known property',
        'spelling',
      );
    });
    it('guidance.bloodTest is not a known property', () => {
      expectTopicError(
        () => parseTopic(changed(['guidance', 'bloodTest'], { text: 'A test.', source: ['guide'] })),
        'guidance.bloodTest',
        'is not a known property',
      );
    });
    it('the red flag of before (symptoms[].redFlag, labels.redFlagTitle) is not known: urgencies are', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'redFlag'], true)),
        'symptoms[0].redFlag',
        'is not a known property',
      );
      expectTopicError(
        () => parseTopic(changed(['labels', 'redFlagTitle'], 'Act')),
        'labels.redFlagTitle',
        'is not a known property',
      );
    });
    it('the other old guidance fields are not known properties', () => {
      for (const key of ['confirmCause', 'dependsOnCause', 'recovery', 'monitoring', 'earlyTreatment', 'redFlag']) {
        expectTopicError(
          () => parseTopic(changed(['guidance', key], { text: 'Old.', source: ['guide'] })),
          `guidance.${key}`,
          'is not a known property',
        );
      }
    });
  });

  describe('urgency and care cards', () => {
    it('an urgency is one of emergency, urgent, soon', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'urgency'], 'asap')),
        'symptoms[0].urgency',
        'expected one of "emergency", "urgent", "soon"',
        'got "asap"',
      );
    });
    it('an urgency needs its care card', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'urgency'], 'soon')),
        'symptoms[0].urgency',
        'needs a careCards.soon card',
      );
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 1, 'urgency'], 'emergency')),
        'patterns[0].options[1].urgency',
        'needs a careCards.emergency card',
      );
    });
    it('a care card has a title, a text and sources; careCards itself is required', () => {
      expectTopicError(
        () => parseTopic(changed(['careCards', 'urgent', 'title'], REMOVE)),
        'careCards.urgent.title',
        'is required',
      );
      expectTopicError(
        () => parseTopic(changed(['careCards', 'urgent', 'source', 0], 'nowhere')),
        'careCards.urgent.source[0]',
        '"nowhere"',
      );
      expectTopicError(() => parseTopic(changed(['careCards'], REMOVE)), 'careCards', 'is required');
      expectTopicError(
        () => parseTopic(changed(['careCards', 'later'], { title: 'T', text: 'T', source: ['guide'] })),
        'careCards.later',
        'is not a known property',
      );
    });
    it('guidance.safetyNet is required', () => {
      expectTopicError(() => parseTopic(changed(['guidance', 'safetyNet'], REMOVE)), 'guidance.safetyNet', 'is required');
    });
  });

  describe('basis of weights', () => {
    it('an answer that weighs anything names its basis', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'basis'], REMOVE)),
        'symptoms[0].basis',
        'is required when the answer weighs anything',
      );
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 0, 'basis'], REMOVE)),
        'patterns[0].options[0].basis',
        'is required',
      );
    });
    it('an answer that weighs nothing needs none', () => {
      const pack = parseTopic(
        edited((p) => {
          p.symptoms[0].suggests = { fungus: 0 };
          delete p.symptoms[0].basis;
        }),
      );
      expect(pack.symptoms[0].basis).to.equal(undefined);
    });
    it('a basis names comparison rows or background statements with an id', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'basis', 0], 'hunch')),
        'symptoms[0].basis[0]',
        'expected one of "causes", "look", "where"',
        'got "hunch"',
      );
    });
    it('background ids are unique and differ from comparison row ids', () => {
      expectTopicError(
        () => parseTopic(edited((p) => p.background.push({ id: 'causes', text: 'Again.', source: ['guide'] }))),
        'background[1].id',
        '"causes" is used twice',
      );
      expectTopicError(
        () => parseTopic(edited((p) => p.background.push({ id: 'look', text: 'Looks.', source: ['guide'] }))),
        'comparison[0].id',
        '"look"',
      );
    });
  });

  describe('sizes', () => {
    it('too many symptoms (100,000 copies) are refused before any is read', () => {
      let reads = 0;
      const watched = new Proxy(symptom, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      expectTopicError(
        () => parseTopic(changed(['symptoms'], new Array<unknown>(100_000).fill(watched))),
        'symptoms',
        `expected 1 to ${LIMITS.symptoms} items`,
        '100000',
      );
      expect(reads).to.equal(0);
    });
    it('one symptom too many', () => {
      const symptoms = [...plant.symptoms, ...moreSymptoms(LIMITS.symptoms + 1 - plant.symptoms.length)];
      expectTopicError(() => parseTopic(changed(['symptoms'], symptoms)), 'symptoms', `expected 1 to ${LIMITS.symptoms} items`);
    });
    it('the most symptoms allowed are accepted', () => {
      const symptoms = [...plant.symptoms, ...moreSymptoms(LIMITS.symptoms - plant.symptoms.length)];
      expect(parseTopic(changed(['symptoms'], symptoms)).symptoms).to.have.length(LIMITS.symptoms);
    });
    it('too many items in a smaller list', () => {
      const sources = Array.from({ length: LIMITS.sources + 1 }, (_, i) => ({ id: i ? `s${i}` : 'guide', title: 'T' }));
      expectTopicError(() => parseTopic(changed(['sources'], sources)), 'sources', `expected 1 to ${LIMITS.sources} items`);
    });
    it('too many keys in `suggests`', () => {
      const suggests = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, 1]));
      expectTopicError(
        () => parseTopic(changed(['symptoms', 0, 'suggests'], suggests)),
        'symptoms[0].suggests',
        'at most',
        '10000',
      );
    });
    it('too few conditions', () => {
      expectTopicError(
        () => parseTopic(edited((pack) => pack.conditions.splice(1))),
        'conditions',
        `expected 2 to ${LIMITS.conditions} items`,
        'got an array of 1',
      );
    });
    it('too-long text', () => {
      const error = expectTopicError(
        () => parseTopic(changed(['symptoms', 5, 'label'], 'x'.repeat(LIMITS.text + 1))),
        'symptoms[5].label',
        `expected a text of 1 to ${LIMITS.text} characters`,
      );
      // The message names the value without repeating all of it.
      expect(error.message.length).to.be.lessThan(200);
    });
    it('empty text', () => {
      expectTopicError(() => parseTopic(changed(['title'], '')), 'title', 'expected a text of 1 to', 'got ""');
    });
    it('a very long string where a short one belongs', () => {
      const error = expectTopicError(() => parseTopic(changed(['version'], '1'.repeat(1_000_000))), 'version', 'characters');
      expect(error.message.length).to.be.lessThan(200);
    });
  });

  describe('hostile structures', () => {
    it('100,000 nested objects where none belong: no stack overflow, a TopicError', () => {
      expectTopicError(() => parseTopic(changed(['extra'], nested(100_000))), 'extra', 'is not a known property');
    });
    it('100,000 nested objects where a number belongs', () => {
      expectTopicError(
        () =>
          parseTopic(
            changed(
              ['symptoms', 0, 'suggests'],
              nested(100_000, (inner) => ({ fungus: inner })),
            ),
          ),
        'symptoms[0].suggests.fungus',
        'expected a finite number',
        'got an object',
      );
    });
    it('100,000 nested arrays where statements belong', () => {
      expectTopicError(
        () =>
          parseTopic(
            changed(
              ['background'],
              nested(100_000, (inner) => [inner]),
            ),
          ),
        'background[0]',
        'expected an object',
        'got an array of 1',
      );
    });
    it('100,000 nested arrays as the whole input', () => {
      expectTopicError(() => parseTopic(nested(100_000, (inner) => [inner])), '', 'expected an object', 'got an array');
    });
    it('a cyclic object', () => {
      const pack = clonePack() as unknown as Record<string, unknown>;
      pack.self = pack;
      expectTopicError(() => parseTopic(pack), 'self', 'is not a known property');
    });
    it('a cycle where an object belongs', () => {
      const pack = clonePack() as unknown as { guidance: Record<string, unknown> };
      pack.guidance.confirm = pack.guidance;
      expectTopicError(() => parseTopic(pack), 'guidance.confirm.text', 'is required but missing');
    });
    it('a cycle through an array', () => {
      const pack = clonePack() as unknown as { background: unknown[] };
      pack.background.push(pack.background);
      expectTopicError(() => parseTopic(pack), 'background[1]', 'expected an object', 'got an array of 2');
    });
    it('a Proxy whose traps throw', () => {
      const boom = () => {
        throw new Error('boom');
      };
      const proxy = new Proxy(clonePack(), {
        get: boom,
        has: boom,
        ownKeys: boom,
        getOwnPropertyDescriptor: boom,
        getPrototypeOf: boom,
      });
      expectTopicError(() => parseTopic(proxy), '', 'expected a topic pack that can be read as plain JSON data');
    });
    it('a Proxy array whose traps throw, inside the pack', () => {
      const boom = () => {
        throw new TypeError('boom');
      };
      const proxy = new Proxy([...plant.symptoms], { get: boom, getOwnPropertyDescriptor: boom });
      expectTopicError(() => parseTopic(changed(['symptoms'], proxy)), '', 'plain JSON data');
    });
    it('a getter that throws', () => {
      const pack = clonePack();
      Object.defineProperty(pack, 'title', {
        enumerable: true,
        get() {
          throw new RangeError('no');
        },
      });
      expectTopicError(() => parseTopic(pack), '', 'plain JSON data');
    });
    it('a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable(clonePack(), {});
      revoke();
      expectTopicError(() => parseTopic(proxy), '', 'plain JSON data');
    });
    it('an array whose iterator never ends', () => {
      const symptoms = [...plant.symptoms];
      Object.defineProperty(symptoms, Symbol.iterator, {
        *value() {
          for (;;) yield symptom;
        },
      });
      expect(parseTopic(changed(['symptoms'], symptoms)).symptoms).to.deep.equal(plant.symptoms);
    });
  });

  describe('input that is not a pack at all', () => {
    const cases: Array<[string, unknown, string]> = [
      ['null', null, 'got null'],
      ['undefined', undefined, 'got undefined'],
      ['a number', 5, 'got 5'],
      ['NaN', NaN, 'got NaN'],
      ['a string', 'plant-leaf-spots', 'got "plant-leaf-spots"'],
      ['a JSON string of the pack', JSON.stringify(plant), 'got "{'],
      ['a boolean', true, 'got true'],
      ['a function', () => 1, 'expected an object'],
      ['a symbol', Symbol('pack'), 'expected an object'],
      ['a bigint', 10n, 'got 10'],
      ['an empty array', [], 'got an array of 0'],
      ['an array holding the pack', [plant], 'got an array of 1'],
    ];
    for (const [name, input, fragment] of cases) {
      it(name, () => {
        expectTopicError(() => parseTopic(input), '', 'expected an object', fragment);
      });
    }
    it('an empty object names the first missing field', () => {
      expectTopicError(() => parseTopic({}), 'id', 'is required but missing');
    });
    it('a Date, a Map and a boxed string', () => {
      expectTopicError(() => parseTopic(new Date()), 'id', 'is required but missing');
      expectTopicError(() => parseTopic(new Map([['id', 'x']])), 'id', 'is required but missing');
      expectTopicError(() => parseTopic(Object('pack')), 'id', 'is required but missing');
    });
  });
});
