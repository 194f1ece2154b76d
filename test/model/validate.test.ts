import { expect } from '@open-wc/testing';
import { assess, formatPath, LIMITS, parseTopic, TopicError } from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';
import { changed, clonePack, edited, expectTopicError, REMOVE } from './helpers.js';

/** A chain of `depth` nested values, built without recursion: `{ a: { a: ... } }` by default. */
function nested(depth: number, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const symptom = b12MuscleTightness.symptoms[0];
/** `count` more symptoms that are valid and unique. */
const moreSymptoms = (count: number) => Array.from({ length: count }, (_, i) => ({ ...symptom, id: `extra-${i}` }));

describe('parseTopic', () => {
  it('returns the pack, typed, for a valid pack', () => {
    expect(parseTopic(clonePack())).to.deep.equal(b12MuscleTightness);
  });

  it('returns a copy and does not change its input', () => {
    const input = clonePack();
    const topic = parseTopic(input);
    expect(topic).to.not.equal(input);
    expect(input).to.deep.equal(b12MuscleTightness);
  });

  it('accepts objects without a prototype', () => {
    const input = JSON.parse(JSON.stringify(b12MuscleTightness), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
    ) as unknown;
    expect(parseTopic(input)).to.deep.equal(b12MuscleTightness);
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
        () => parseTopic(changed(['symptoms', 0, 'redFlag'], 'yes')),
        'symptoms[0].redFlag',
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
        () => parseTopic(changed(['guidance', 'recovery', 'source'], 1)),
        'guidance.recovery.source',
        'expected an array',
        'got 1',
      );
    });
    it('a hole in a sparse array', () => {
      const symptoms: unknown[] = [...b12MuscleTightness.symptoms];
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
        () => parseTopic(changed(['guidance', 'diet', 'vegan'], REMOVE)),
        'guidance.diet.vegan',
        'is required but missing',
      );
    });
    it('set to undefined', () => {
      expectTopicError(() => parseTopic(changed(['lang'], undefined)), 'lang', 'is required but missing');
    });
    it('an optional field may be left out', () => {
      expect(parseTopic(changed(['symptoms', 1, 'clinicalTerm'], REMOVE)).symptoms[1]).to.not.have.property('clinicalTerm');
      expect(parseTopic(changed(['unclearMargin'], REMOVE)).unclearMargin).to.equal(undefined);
    });
    it('a statement without sources', () => {
      expectTopicError(
        () => parseTopic(changed(['background', 1, 'source'], [])),
        'background[1].source',
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
      const json = JSON.stringify(b12MuscleTightness).replace(/^\{/, '{"__proto__":{"polluted":true},');
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
      expectTopicError(() => parseTopic(changed(['foods', 0, 'id'], '-meat')), 'foods[0].id', 'an id of lowercase');
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
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'B12'], 1)),
        'symptoms[2].suggests.B12',
        'an id of lowercase',
        'got "B12"',
      );
    });
    it('a bad source id in a `source` list', () => {
      expectTopicError(
        () => parseTopic(changed(['summary', 'source', 0], 'The Article')),
        'summary.source[0]',
        'an id of lowercase',
      );
    });
    it('ids that are also names of object properties ("constructor") work as any other', () => {
      const json = JSON.stringify(b12MuscleTightness).replaceAll('"everyday"', '"constructor"');
      const topic = parseTopic(JSON.parse(json));
      expect(topic.comparison[0].values.constructor).to.equal(b12MuscleTightness.comparison[0].values.everyday);
      const result = assess(topic, { signs: ['swelling', 'local-pain'], patterns: {} });
      expect(result.scores).to.deep.equal({ b12: 0, constructor: 4 });
      expect(result.leaning).to.equal('constructor');
    });
  });

  describe('duplicate ids', () => {
    it('symptoms', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 4, 'id'], 'cramps')),
        'symptoms[4].id',
        'expected a unique id',
        '"cramps" is used twice',
      );
    });
    it('sources', () => {
      expectTopicError(() => parseTopic(changed(['sources', 1, 'id'], 'article')), 'sources[1].id', 'unique', '"article"');
    });
    it('conditions', () => {
      expectTopicError(() => parseTopic(changed(['conditions', 1, 'id'], 'b12')), 'conditions[1].id', 'unique', '"b12"');
    });
    it('categories, patterns, comparison rows, treatments and foods', () => {
      expectTopicError(() => parseTopic(changed(['categories', 3, 'id'], 'muscle')), 'categories[3].id', 'unique');
      expectTopicError(() => parseTopic(changed(['patterns', 1, 'id'], 'onset')), 'patterns[1].id', 'unique');
      expectTopicError(() => parseTopic(changed(['comparison', 4, 'id'], 'cause')), 'comparison[4].id', 'unique');
      expectTopicError(() => parseTopic(changed(['treatments', 1, 'id'], 'oral')), 'treatments[1].id', 'unique');
      expectTopicError(() => parseTopic(changed(['foods', 6, 'id'], 'meat')), 'foods[6].id', 'unique');
    });
    it('a pattern option id clashing with a symptom id', () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 1, 'options', 0, 'id'], 'tingling')),
        'patterns[1].options[0].id',
        'expected a unique answer id',
        '"tingling"',
      );
    });
    it('two pattern options with one id', () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 2, 'options', 1, 'id'], 'onset-slow')),
        'patterns[2].options[1].id',
        'unique answer id',
      );
    });
  });

  describe('unknown references', () => {
    it('an unknown category', () => {
      const error = expectTopicError(() => parseTopic(changed(['symptoms', 3, 'category'], 'nerves')), 'symptoms[3].category');
      expect(error.message).to.equal(
        'symptoms[3].category: expected one of "muscle", "neurological", "physical", "psychological" but got "nerves"',
      );
    });
    it("an unknown condition in a symptom's `suggests`", () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'nerves'], 1)),
        'symptoms[2].suggests.nerves',
        'expected one of "b12", "everyday"',
        'got "nerves"',
      );
    });
    it("an unknown condition with a hyphen, in a pattern option's `suggests`", () => {
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 1, 'suggests', 'not-known'], 1)),
        'patterns[0].options[1].suggests["not-known"]',
        'expected one of "b12", "everyday"',
      );
    });
    it('an unknown source id', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'source'], ['nope'])),
        'symptoms[2].source[0]',
        'expected one of "article", "cleveland-clinic"',
        'got "nope"',
      );
    });
    it('an unknown source id deep in the guidance', () => {
      expectTopicError(
        () => parseTopic(changed(['guidance', 'diet', 'vegan', 'source'], ['article', 'nope'])),
        'guidance.diet.vegan.source[1]',
        'got "nope"',
      );
    });
    it('an unknown evidence id', () => {
      expectTopicError(
        () => parseTopic(edited((pack) => pack.comparison[1].evidence.push('nope'))),
        'comparison[1].evidence[6]',
        'expected one of "cramps"',
        'got "nope"',
      );
    });
    it('a missing comparison value for a condition', () => {
      expectTopicError(
        () => parseTopic(changed(['comparison', 2, 'values', 'everyday'], REMOVE)),
        'comparison[2].values.everyday',
        'is required but missing',
      );
    });
    it('a comparison value for an unknown condition', () => {
      expectTopicError(
        () => parseTopic(changed(['comparison', 2, 'values', 'other'], 'text')),
        'comparison[2].values.other',
        'expected one of "b12", "everyday"',
      );
    });
  });

  describe('weights', () => {
    it('NaN is refused (JSON cannot hold it, but JS objects can)', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'everyday'], NaN)),
        'symptoms[2].suggests.everyday',
        'expected a finite number',
        'got NaN',
      );
    });
    it('Infinity and -Infinity are refused', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'everyday'], Infinity)),
        'symptoms[2].suggests.everyday',
        'expected a finite number',
        'got Infinity',
      );
      expectTopicError(
        () => parseTopic(changed(['patterns', 0, 'options', 0, 'suggests', 'b12'], -Infinity)),
        'patterns[0].options[0].suggests.b12',
        'expected a finite number',
        'got -Infinity',
      );
    });
    it('out of range', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'everyday'], 1000)),
        'symptoms[2].suggests.everyday',
        'expected a number from -100 to 100 but got 1000',
      );
    });
    it('a string', () => {
      expectTopicError(
        () => parseTopic(changed(['symptoms', 2, 'suggests', 'everyday'], '2')),
        'symptoms[2].suggests.everyday',
        'expected a finite number',
        'got "2"',
      );
    });
    it('a negative or non-finite unclear margin', () => {
      expectTopicError(() => parseTopic(changed(['unclearMargin'], -1)), 'unclearMargin', /expected a number from 0 to \d+ but got -1/);
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
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-02-30')), 'reviewed.date', 'a date like', '"2026-02-30"');
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-02-29')), 'reviewed.date', 'a date like');
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-04-31')), 'reviewed.date', 'a date like');
      expect(parseTopic(changed(['reviewed', 'date'], '2028-02-29')).reviewed.date).to.equal('2028-02-29');
    });
    it('a date with a time', () => {
      expectTopicError(() => parseTopic(changed(['reviewed', 'date'], '2026-11-25T10:00:00Z')), 'reviewed.date', /a date|characters/);
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
      expectTopicError(() => parseTopic(changed(['sources', 1, 'url'], '/health/b12')), 'sources[1].url', 'an http or https URL');
    });
    it('a javascript: url', () => {
      expectTopicError(
        () => parseTopic(changed(['sources', 1, 'url'], 'javascript:alert(1)')),
        'sources[1].url',
        'expected an http or https URL',
      );
    });
    it('a data: url', () => {
      expectTopicError(() => parseTopic(changed(['sources', 1, 'url'], 'data:text/html,<b>x</b>')), 'sources[1].url', 'http or https');
    });
    it('a version that is not x.y.z', () => {
      expectTopicError(() => parseTopic(changed(['version'], '1.0')), 'version', 'a version like "1.0.0"');
    });
    it('a language that is not a tag', () => {
      expectTopicError(() => parseTopic(changed(['lang'], 'english!')), 'lang', 'a language tag');
    });
  });

  describe('treatments and foods', () => {
    it('a bad severity in treatments[].when', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'severity'], ['medium'])),
        'treatments[0].when[0].severity[0]',
        'expected one of "mild", "severe"',
        'got "medium"',
      );
    });
    it('a bad cause in treatments[].when', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 1, 'when', 1, 'cause', 0], 'food')),
        'treatments[1].when[1].cause[0]',
        'expected one of "diet", "absorption", "unknown"',
      );
    });
    it('an unknown axis in treatments[].when', () => {
      expectTopicError(
        () => parseTopic(changed(['treatments', 0, 'when', 0, 'diet'], ['vegan'])),
        'treatments[0].when[0].diet',
        'is not a known property',
      );
    });
    it('a treatment that never applies', () => {
      expectTopicError(() => parseTopic(changed(['treatments', 0, 'when'], [])), 'treatments[0].when', 'expected 1 to 10 items');
    });
    it('an unknown diet', () => {
      expectTopicError(
        () => parseTopic(changed(['foods', 0, 'diets'], ['carnivore'])),
        'foods[0].diets[0]',
        'expected one of "omnivore", "vegetarian", "vegan"',
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
      const symptoms = [...b12MuscleTightness.symptoms, ...moreSymptoms(LIMITS.symptoms + 1 - b12MuscleTightness.symptoms.length)];
      expectTopicError(() => parseTopic(changed(['symptoms'], symptoms)), 'symptoms', `expected 1 to ${LIMITS.symptoms} items`);
    });
    it('the most symptoms allowed are accepted', () => {
      const symptoms = [...b12MuscleTightness.symptoms, ...moreSymptoms(LIMITS.symptoms - b12MuscleTightness.symptoms.length)];
      expect(parseTopic(changed(['symptoms'], symptoms)).symptoms).to.have.length(LIMITS.symptoms);
    });
    it('too many items in a smaller list', () => {
      const sources = Array.from({ length: LIMITS.sources + 1 }, (_, i) => ({ id: i ? `s${i}` : 'article', title: 'T' }));
      expectTopicError(() => parseTopic(changed(['sources'], sources)), 'sources', `expected 1 to ${LIMITS.sources} items`);
    });
    it('too many keys in `suggests`', () => {
      const suggests = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, 1]));
      expectTopicError(() => parseTopic(changed(['symptoms', 0, 'suggests'], suggests)), 'symptoms[0].suggests', 'at most', '10000');
    });
    it('too few conditions', () => {
      expectTopicError(() => parseTopic(changed(['conditions', 1], REMOVE)), 'conditions', 'expected 2 to', 'got an array of 1');
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
        () => parseTopic(changed(['symptoms', 0, 'suggests'], nested(100_000, (inner) => ({ b12: inner })))),
        'symptoms[0].suggests.b12',
        'expected a finite number',
        'got an object',
      );
    });
    it('100,000 nested arrays where statements belong', () => {
      expectTopicError(
        () => parseTopic(changed(['background'], nested(100_000, (inner) => [inner]))),
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
      pack.guidance.diet = pack.guidance;
      expectTopicError(() => parseTopic(pack), 'guidance.diet.omnivore', 'is required but missing');
    });
    it('a cycle through an array', () => {
      const pack = clonePack() as unknown as { background: unknown[] };
      pack.background.push(pack.background);
      expectTopicError(() => parseTopic(pack), 'background[8]', 'expected an object', 'got an array of 9');
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
      const proxy = new Proxy([...b12MuscleTightness.symptoms], { get: boom, getOwnPropertyDescriptor: boom });
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
      const symptoms = [...b12MuscleTightness.symptoms];
      Object.defineProperty(symptoms, Symbol.iterator, {
        *value() {
          for (;;) yield symptom;
        },
      });
      expect(parseTopic(changed(['symptoms'], symptoms)).symptoms).to.deep.equal(b12MuscleTightness.symptoms);
    });
  });

  describe('input that is not a pack at all', () => {
    const cases: Array<[string, unknown, string]> = [
      ['null', null, 'got null'],
      ['undefined', undefined, 'got undefined'],
      ['a number', 5, 'got 5'],
      ['NaN', NaN, 'got NaN'],
      ['a string', 'b12-muscle-tightness', 'got "b12-muscle-tightness"'],
      ['a JSON string of the pack', JSON.stringify(b12MuscleTightness), 'got "{'],
      ['a boolean', true, 'got true'],
      ['a function', () => 1, 'expected an object'],
      ['a symbol', Symbol('pack'), 'expected an object'],
      ['a bigint', 10n, 'got 10'],
      ['an empty array', [], 'got an array of 0'],
      ['an array holding the pack', [b12MuscleTightness], 'got an array of 1'],
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
