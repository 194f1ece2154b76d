import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, parseTopic, planTreatment, TopicError, type Topic } from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';
import { allPaths, at, clonePack, parsePath, setAt, REMOVE, type Key } from './helpers.js';

const RUNS = 300;

type Outcome = { topic: Topic } | { error: TopicError };

/** parseTopic must return a Topic or throw a TopicError; anything else fails the property. */
function outcome(input: unknown): Outcome {
  try {
    return { topic: parseTopic(input) };
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(TopicError);
    const topicError = error as TopicError;
    expect(topicError.name).to.equal('TopicError');
    expect(topicError.path).to.be.a('string');
    expect(topicError.message).to.be.a('string').that.is.not.empty;
    if (topicError.path) expect(topicError.message.startsWith(`${topicError.path}: `)).to.equal(true);
    return { error: topicError };
  }
}

/** Every path in the pack, and those that lead to array items or object keys. */
const paths = allPaths(b12MuscleTightness);
const arrayItemPaths = paths.filter((path) => typeof path[path.length - 1] === 'number');
const keyPaths = paths.filter((path) => typeof path[path.length - 1] === 'string');

type Mutation =
  | { kind: 'replace'; path: Key[]; value: unknown }
  | { kind: 'delete'; path: Key[] }
  | { kind: 'duplicate'; path: Key[] }
  | { kind: 'hole'; path: Key[] }
  | { kind: 'add'; path: Key[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...keyPaths, ...arrayItemPaths) }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...arrayItemPaths) }),
  // `delete list[i]` leaves a hole, as only a JS object (not JSON) can have.
  fc.record({ kind: fc.constant('hole' as const), path: fc.constantFrom(...arrayItemPaths) }),
  fc.record({
    kind: fc.constant('add' as const),
    // A new key beside an existing one, in the object that holds it.
    path: fc.constantFrom(...keyPaths),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', 'source', 'b12', 'everyday', '__proto__', 'constructor')),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

function apply(pack: unknown, change: Mutation): void {
  switch (change.kind) {
    case 'replace':
      setAt(pack, change.path, change.value);
      break;
    case 'delete':
      setAt(pack, change.path, REMOVE);
      break;
    case 'duplicate': {
      const list = at(pack, change.path.slice(0, -1)) as unknown[];
      const index = change.path[change.path.length - 1] as number;
      list.splice(index, 0, structuredClone(list[index]));
      break;
    }
    case 'hole':
      delete (at(pack, change.path.slice(0, -1)) as unknown[])[change.path[change.path.length - 1] as number];
      break;
    case 'add': {
      const parent = at(pack, change.path.slice(0, -1)) as Record<string, unknown>;
      Object.defineProperty(parent, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      break;
    }
  }
}

/** A pack that parseTopic returned is plain JSON data that assess and planTreatment can use. */
function expectUsable(topic: Topic): void {
  expect(topic).to.deep.equal(JSON.parse(JSON.stringify(topic)));
  const everything = {
    signs: topic.symptoms.map((symptom) => symptom.id),
    patterns: Object.fromEntries(topic.patterns.map((pattern) => [pattern.id, pattern.options[0].id])),
  };
  expect(assess(topic, everything).answered).to.equal(topic.symptoms.length + topic.patterns.length);
  expect(planTreatment(topic, { severity: 'severe', cause: 'unknown', diet: 'vegan' }).topicId).to.equal(topic.id);
}

/** A non-empty error path must lead into the input: every key but the last exists there. */
function expectPathInInput(input: unknown, error: TopicError): void {
  if (!error.path) return;
  const keys = parsePath(error.path);
  const parent = at(input, keys.slice(0, -1));
  expect(typeof parent === 'object' && parent !== null, `${error.message}: nothing at the parent of its path`).to.equal(true);
}

describe('parseTopic, fuzzed', () => {
  it('returns a Topic or throws a TopicError for fc.anything()', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (input) => {
          const result = outcome(input);
          // Random values are never a whole pack.
          expect('error' in result).to.equal(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('returns a Topic or throws a TopicError for fc.jsonValue()', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = outcome(input);
        if ('error' in result) expectPathInInput(input, result.error);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a Topic or throws a TopicError for random values put into the pack', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keyPaths), fc.anything({ withNullPrototype: true, withSparseArray: true }), (path, value) => {
        const pack = clonePack();
        setAt(pack, path, value);
        const result = outcome(pack);
        if ('error' in result) expectPathInInput(pack, result.error);
        else expectUsable(result.topic);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a Topic or a TopicError naming a path in the input, for one mutation of the pack', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const pack = clonePack();
        apply(pack, change);
        const result = outcome(pack);
        if ('error' in result) expectPathInInput(pack, result.error);
        else expectUsable(result.topic);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a Topic or a TopicError for a few mutations in a row', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 2, maxLength: 5 }), (changes) => {
        const pack = clonePack();
        for (const change of changes) {
          // An earlier change can remove the place a later one points at.
          const parent = at(pack, change.path.slice(0, -1));
          if (typeof parent !== 'object' || parent === null) continue;
          if ((change.kind === 'duplicate' || change.kind === 'hole') && !Array.isArray(parent)) continue;
          apply(pack, change);
        }
        const result = outcome(pack);
        if ('error' in result) expectPathInInput(pack, result.error);
        else expectUsable(result.topic);
      }),
      { numRuns: RUNS },
    );
  });

  it('duplicating any item of an id list is refused at that list', () => {
    const idLists = arrayItemPaths.filter((path) => {
      const item = at(b12MuscleTightness, path);
      return typeof item === 'object' && item !== null && 'id' in item;
    });
    fc.assert(
      fc.property(fc.constantFrom(...idLists), (path) => {
        const pack = clonePack();
        apply(pack, { kind: 'duplicate', path });
        const result = outcome(pack);
        expect('error' in result, path.join('.')).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts the pack after changes that keep it valid (a new title, re-ordered foods)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.shuffledSubarray(b12MuscleTightness.foods, { minLength: 0 }), (title, foods) => {
        const pack = { ...clonePack(), title, foods: structuredClone(foods) };
        const result = outcome(pack);
        if ('error' in result) expect.fail(result.error.message);
        else expectUsable(result.topic);
      }),
      { numRuns: 100 },
    );
  });
});
