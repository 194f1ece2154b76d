import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, formatPath, parseTopic, planTreatment, TopicError, type Topic } from '../../src/model/index.js';
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

/**
 * The valid pack every mutation starts from: the plant pack, plus what it leaves out, so that
 * every field of the format is there to break: a list keyed by a situation question (advice
 * per option, items with `when`), a list without a question, every label, a treatment intro.
 */
function basePack(): Topic {
  const pack = clonePack();
  pack.lists = [
    {
      id: 'care',
      title: 'Care by size',
      question: 'size',
      advice: {
        small: { text: 'Small pots dry out fast.', source: ['guide'] },
        unsure: { text: 'Measure the pot first.', source: ['club'] },
      },
      items: [
        { id: 'mist', label: 'Mist the leaves', source: ['guide'] },
        { id: 'saucer', label: 'Stand it on a saucer', when: ['small'], source: ['guide'] },
        { id: 'trolley', label: 'Put it on a plant trolley', when: ['large', 'unsure'], source: ['club'] },
      ],
    },
    { id: 'tools', title: 'Tools', items: [{ id: 'scissors', label: 'Clean scissors', source: ['guide'] }] },
  ];
  pack.labels = {
    checklistTitle: 'What do you see?',
    checklistIntro: 'Tick what you see.',
    patternsTitle: 'About the plant',
    tableTitle: 'Causes side by side',
    explainerTitle: 'What can help',
    situationTitle: 'Your plant',
    treatmentsTitle: 'What to try',
    stepsTitle: 'What happens next',
    aboutTitle: 'About leaf spots',
  };
  pack.guidance.treatmentIntro = { text: 'Look closely before you act.', source: ['guide'] };
  return pack;
}
const base = basePack();

/** Every path in the base pack, and those that lead to array items or object keys. */
const paths = allPaths(base);
const arrayItemPaths = paths.filter((path) => typeof path[path.length - 1] === 'number');
const keyPaths = paths.filter((path) => typeof path[path.length - 1] === 'string');

/** The fields new in this format, which the targeted mutations below aim at. */
const NEW_FIELDS = new Set<Key>(['situation', 'treatments', 'lists', 'labels', 'steps', 'guidance']);
const newFieldPaths = paths.filter((path) => NEW_FIELDS.has(path[0]));
/** Paths to ids: wherever a string value is an id, or a key of an object is one. */
const idValuePaths = newFieldPaths.filter((path) => {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return (
    last === 'id' || last === 'question' || parent === 'when' || (typeof last === 'number' && typeof at(base, path) === 'string')
  );
});
/** Keys that an author chooses: question ids in rules, option ids in advice, label names. */
const chosenKeyPaths = newFieldPaths.filter((path) => {
  const container = path[path.length - 2];
  return (
    typeof path[path.length - 1] === 'string' &&
    (path[0] === 'labels' || container === 'advice' || (typeof container === 'number' && path[path.length - 3] === 'when'))
  );
});
/** Every id-like string of the base pack, and some near misses, to put where an id belongs. */
const idsInPack = [
  ...new Set(
    paths
      .map((path) => at(base, path))
      .filter((value): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value)),
  ),
];
const anyId = fc.oneof(
  fc.constantFrom(
    ...idsInPack,
    'unclear',
    'unknown',
    'size',
    'place',
    'small',
    'Small',
    'small ',
    '',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: 'replace'; path: Key[]; value: unknown }
  | { kind: 'rename'; path: Key[]; key: string }
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
    key: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('id', 'source', 'fungus', 'sunburn', 'size', 'small', 'when', '__proto__', 'constructor'),
    ),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  // Aimed at the new fields: another id (of the pack, or not) where an id belongs...
  fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...idValuePaths), value: anyId }),
  // ...an author's key (question id in a rule, option id in advice, a label name) renamed...
  fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...chosenKeyPaths), key: anyId }),
  // ...and any value of situation, rules, lists or labels replaced.
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.constantFrom(...newFieldPaths),
    value: fc.jsonValue({ maxDepth: 3 }),
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
    case 'rename': {
      const parent = at(pack, change.path.slice(0, -1)) as Record<string, unknown>;
      const old = change.path[change.path.length - 1] as string;
      const value = parent[old];
      delete parent[old];
      Object.defineProperty(parent, change.key, { value, enumerable: true, writable: true, configurable: true });
      break;
    }
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
  // Nothing known, then the first and the last option of every question.
  const situations = [
    {},
    Object.fromEntries(topic.situation.map((question) => [question.id, question.options[0].id])),
    Object.fromEntries(topic.situation.map((question) => [question.id, question.options[question.options.length - 1].id])),
  ];
  for (const situation of situations) {
    const plan = planTreatment(topic, situation);
    expect(plan.topicId).to.equal(topic.id);
    expect(plan.options.every((option) => topic.treatments.includes(option))).to.equal(true);
    expect(plan.lists.map((list) => list.id)).to.deep.equal(topic.lists.map((list) => list.id));
    expect(plan.pending.every((pending) => topic.situation.some((question) => question.id === pending.questionId))).to.equal(
      true,
    );
  }
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
      fc.property(
        fc.constantFrom(...keyPaths),
        fc.anything({ withNullPrototype: true, withSparseArray: true }),
        (path, value) => {
          const pack = basePack();
          setAt(pack, path, value);
          const result = outcome(pack);
          if ('error' in result) expectPathInInput(pack, result.error);
          else expectUsable(result.topic);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('returns a Topic or a TopicError naming a path in the input, for one mutation of the pack', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const pack = basePack();
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
        const pack = basePack();
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

  it('starts from a valid pack that has every field of the format', () => {
    const result = outcome(basePack());
    if ('error' in result) expect.fail(result.error.message);
    else {
      expect(result.topic).to.deep.equal(base);
      expectUsable(result.topic);
    }
    for (const field of ['situation', 'treatments', 'lists', 'labels', 'steps']) {
      expect(
        newFieldPaths.some((path) => path[0] === field),
        field,
      ).to.equal(true);
    }
    expect(chosenKeyPaths.some((path) => path[0] === 'labels')).to.equal(true);
    expect(chosenKeyPaths.some((path) => path.includes('advice'))).to.equal(true);
    expect(chosenKeyPaths.some((path) => path.includes('when'))).to.equal(true);
    expect(idValuePaths.some((path) => path.includes('when') && path[0] === 'lists')).to.equal(true);
  });

  it('duplicating any item of an id list is refused at that list', () => {
    const idLists = arrayItemPaths.filter((path) => {
      const item = at(base, path);
      return typeof item === 'object' && item !== null && 'id' in item;
    });
    expect(idLists.some((path) => path[0] === 'situation' && path.includes('options'))).to.equal(true);
    fc.assert(
      fc.property(fc.constantFrom(...idLists), (path) => {
        const pack = basePack();
        apply(pack, { kind: 'duplicate', path });
        const result = outcome(pack);
        expect('error' in result, path.join('.')).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });

  it('an id in a rule, a list or its advice that names nothing in the pack is refused where it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...chosenKeyPaths.filter((path) => path[0] !== 'labels')),
        fc.constantFrom('colour', 'medium', 'garden'),
        (path, key) => {
          const pack = basePack();
          apply(pack, { kind: 'rename', path, key });
          const result = outcome(pack);
          if (!('error' in result)) expect.fail(`${path.join('.')} renamed to ${key} was accepted`);
          else expect(result.error.path).to.equal(formatPath([...path.slice(0, -1), key]));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts the pack after changes that keep it valid (a new title, fewer or re-ordered treatments, list items, options and labels)', () => {
    const labelKeys = Object.keys(base.labels!) as Array<keyof NonNullable<Topic['labels']>>;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.shuffledSubarray(base.treatments, { minLength: 0 }),
        fc.shuffledSubarray(base.lists[0].items, { minLength: 0 }),
        fc.shuffledSubarray(base.situation[0].options, { minLength: base.situation[0].options.length }),
        fc.shuffledSubarray(base.situation, { minLength: base.situation.length }),
        fc.subarray(labelKeys),
        (title, treatments, items, options, situation, labels) => {
          const pack = basePack();
          pack.title = title;
          pack.treatments = structuredClone(treatments);
          pack.lists[0].items = structuredClone(items);
          pack.situation = structuredClone(situation);
          pack.situation.find((question) => question.id === base.situation[0].id)!.options = structuredClone(options);
          pack.labels = Object.fromEntries(labels.map((key) => [key, base.labels![key]]));
          const result = outcome(pack);
          if ('error' in result) expect.fail(result.error.message);
          else expectUsable(result.topic);
        },
      ),
      { numRuns: 100 },
    );
  });
});
