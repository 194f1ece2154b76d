import { collecting, nearest, quoteList, SchemaError } from './schema.js';
import { TopicSchema, type Topic } from './topic.js';

export { UNCLEAR } from './topic.js';

/** Thrown by {@link parseTopic}: `path` is the JSON path of the first problem found. */
export class TopicError extends Error {
  override name = 'TopicError';
  /** JSON path of the offending value, e.g. `symptoms[3].category`; empty for the root. */
  readonly path: string;
  /** What is wrong, without the path. */
  readonly problem: string;
  /** A likely fix, e.g. `did you mean "nerves"?`. */
  readonly suggestion?: string;
  constructor(path: string, problem: string, suggestion?: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.path = path;
    this.problem = problem;
    this.suggestion = suggestion;
  }
}

/** While set, reference checks record every problem here instead of throwing the first. */
let found: TopicError[] | null = null;

function report(error: TopicError): void {
  if (!found) throw error;
  found.push(error);
}

type Key = string | number;

/** Formats a path of keys as `a.b[3]["odd key"]`. */
export function formatPath(keys: readonly Key[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Checks that ids are unique within a collection; returns the set of ids. */
function uniqueIds(items: ReadonlyArray<{ id: string }>, path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report(new TopicError(`${path}[${index}].id`, `expected a unique id but "${item.id}" is used twice`));
    seen.add(item.id);
  });
  return seen;
}

function expectKnown(known: Set<string>, value: string, path: string): void {
  if (known.has(value)) return;
  const expected = known.size ? `one of ${quoteList([...known])}` : 'an id the pack defines, but it defines none of this kind';
  const guess = nearest(value, known);
  report(new TopicError(path, `expected ${expected} but got ${JSON.stringify(value)}`, guess && `did you mean "${guess}"?`));
}

/** Every `source` array anywhere in the pack must name sources the pack lists. */
function checkSources(value: unknown, sources: Set<string>, path: Key[]): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === 'source' && Array.isArray(item)) {
      item.forEach((id: string, index) => expectKnown(sources, id, formatPath([...here, index])));
    } else {
      checkSources(item, sources, here);
    }
  }
}

function checkReferences(topic: Topic): void {
  const sources = uniqueIds(topic.sources, 'sources');
  const conditions = uniqueIds(topic.conditions, 'conditions');
  const categories = uniqueIds(topic.categories, 'categories');
  uniqueIds(topic.patterns, 'patterns');
  uniqueIds(topic.comparison, 'comparison');
  uniqueIds(topic.treatments, 'treatments');
  uniqueIds(topic.lists, 'lists');

  // Signs and pattern options are both answers, so they share one id space.
  const answers = uniqueIds(topic.symptoms, 'symptoms');
  topic.patterns.forEach((pattern, p) =>
    pattern.options.forEach((option, o) => {
      if (answers.has(option.id)) {
        report(new TopicError(`patterns[${p}].options[${o}].id`, `expected a unique answer id but "${option.id}" is used twice`));
      }
      answers.add(option.id);
    }),
  );

  // Keys go through formatPath, so an id like "not-known" reads `suggests["not-known"]` as elsewhere.
  const checkSuggests = (suggests: Record<string, number>, path: Key[]) => {
    for (const id of Object.keys(suggests)) expectKnown(conditions, id, formatPath([...path, 'suggests', id]));
  };
  topic.symptoms.forEach((symptom, s) => {
    expectKnown(categories, symptom.category, `symptoms[${s}].category`);
    checkSuggests(symptom.suggests, ['symptoms', s]);
  });
  topic.patterns.forEach((pattern, p) =>
    pattern.options.forEach((option, o) => checkSuggests(option.suggests, ['patterns', p, 'options', o])),
  );
  topic.comparison.forEach((row, r) => {
    const valuePath = (id: string) => formatPath(['comparison', r, 'values', id]);
    for (const id of Object.keys(row.values)) expectKnown(conditions, id, valuePath(id));
    for (const id of conditions) {
      if (!Object.hasOwn(row.values, id)) report(new TopicError(valuePath(id), 'is required but missing'));
    }
    row.evidence.forEach((id, e) => expectKnown(answers, id, `comparison[${r}].evidence[${e}]`));
  });
  checkSituation(topic);
  checkAnswerRules(topic);
  checkSources(topic, sources, []);
}

/** Every weight names what it follows, and every urgency has its card. */
function checkAnswerRules(topic: Topic): void {
  // Background ids are checked where they stand, so an error names the right index.
  const bases = new Set<string>();
  topic.background.forEach((statement, b) => {
    if (statement.id === undefined) return;
    if (bases.has(statement.id)) {
      report(new TopicError(`background[${b}].id`, `expected a unique id but "${statement.id}" is used twice`));
    }
    bases.add(statement.id);
  });
  topic.comparison.forEach((row, r) => {
    if (bases.has(row.id)) {
      report(new TopicError(`comparison[${r}].id`, `expected an id that no background statement uses but "${row.id}" is one`));
    }
    bases.add(row.id);
  });
  const check = (answer: Topic['symptoms'][number] | Topic['patterns'][number]['options'][number], path: Key[]) => {
    const weighs = Object.values(answer.suggests).some((weight) => weight !== 0);
    if (weighs && !answer.basis) {
      report(
        new TopicError(
          formatPath([...path, 'basis']),
          'is required when the answer weighs anything: name the comparison rows or background statements its weights follow',
        ),
      );
    }
    answer.basis?.forEach((id, b) => expectKnown(bases, id, formatPath([...path, 'basis', b])));
    if (answer.urgency && !topic.careCards[answer.urgency]) {
      report(
        new TopicError(
          formatPath([...path, 'urgency']),
          `needs a careCards.${answer.urgency} card, which the pack does not have`,
        ),
      );
    }
  };
  topic.symptoms.forEach((symptom, s) => check(symptom, ['symptoms', s]));
  topic.patterns.forEach((pattern, p) => pattern.options.forEach((option, o) => check(option, ['patterns', p, 'options', o])));
}

/** Situation questions, and every treatment rule and list that names their ids. */
function checkSituation(topic: Topic): void {
  uniqueIds(topic.situation, 'situation');
  const optionsOf = new Map<string, Set<string>>();
  topic.situation.forEach((question, q) => optionsOf.set(question.id, uniqueIds(question.options, `situation[${q}].options`)));
  const questionIds = new Set(optionsOf.keys());

  topic.treatments.forEach((treatment, t) =>
    treatment.when?.forEach((rule, r) => {
      for (const [questionId, optionIds] of Object.entries(rule)) {
        const path: Key[] = ['treatments', t, 'when', r, questionId];
        expectKnown(questionIds, questionId, formatPath(path));
        const options = optionsOf.get(questionId);
        if (options) optionIds.forEach((id, o) => expectKnown(options, id, formatPath([...path, o])));
      }
    }),
  );

  topic.lists.forEach((list, l) => {
    uniqueIds(list.items, `lists[${l}].items`);
    const options = list.question === undefined ? undefined : optionsOf.get(list.question);
    if (list.question !== undefined) expectKnown(questionIds, list.question, `lists[${l}].question`);
    // Without a question nothing can be keyed by an answer; with an unknown one, that is the problem.
    const keyedBy = (path: string): Set<string> | null => {
      if (list.question === undefined) report(new TopicError(path, 'needs the list to name its situation `question`'));
      return options ?? null;
    };
    for (const id of Object.keys(list.advice ?? {})) {
      const path = formatPath(['lists', l, 'advice', id]);
      const known = keyedBy(path);
      if (known) expectKnown(known, id, path);
    }
    list.items.forEach((item, i) => {
      if (!item.when) return;
      const known = keyedBy(`lists[${l}].items[${i}].when`);
      item.when.forEach((id, w) => known && expectKnown(known, id, `lists[${l}].items[${i}].when[${w}]`));
    });
  });
}

/** A problem {@link checkTopic} found, or a warning it has about a valid pack. */
export interface TopicProblem {
  /** JSON path, e.g. `symptoms[3].category` (empty for the whole pack). */
  path: string;
  /** The same place as a JSON Pointer (RFC 6901), e.g. `/symptoms/3/category`. */
  pointer: string;
  /** What is wrong: what was expected and what was found. */
  message: string;
  /** A likely fix, e.g. `did you mean "nerves"?`. */
  suggestion?: string;
}

const pointerOf = (keys: readonly Key[]): string =>
  keys.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Parses a path made by {@link formatPath} back into its keys. */
function keysOf(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/g)) {
    if (match[1] !== undefined) keys.push(Number(match[1]));
    else if (match[2] !== undefined) keys.push(JSON.parse(match[2]) as string);
    else keys.push(match[3]);
  }
  return keys;
}

const toProblem = (error: TopicError): TopicProblem => ({
  path: error.path,
  pointer: pointerOf(keysOf(error.path)),
  message: error.problem,
  ...(error.suggestion ? { suggestion: error.suggestion } : {}),
});

/**
 * Every problem of unknown input as a topic pack: the shape first, then (once the shape is
 * sound) the references. Never throws, for any input. Authors use `checkTopic`, built on it.
 */
export function findProblems(input: unknown): { topic: Topic | null; errors: TopicProblem[] } {
  const errors: TopicError[] = [];
  try {
    const shape = collecting(() => TopicSchema.check(input, []));
    errors.push(
      ...shape.problems.map((problem) => new TopicError(formatPath(problem.path), problem.problem, problem.suggestion)),
    );
    if (!errors.length) {
      found = errors;
      try {
        checkReferences(shape.value!);
      } finally {
        found = null;
      }
    }
    return { topic: errors.length ? null : shape.value!, errors: errors.map(toProblem) };
  } catch {
    const error = new TopicError('', 'expected a topic pack that can be read as plain JSON data');
    return { topic: null, errors: [...errors, error].map(toProblem) };
  }
}

/**
 * Validates unknown input (usually parsed JSON) as a topic pack.
 * @returns the pack, typed.
 * @throws {TopicError} naming the JSON path of the first problem and what was expected.
 *   Never throws anything else, for any input.
 */
export function parseTopic(input: unknown): Topic {
  try {
    const topic = TopicSchema.check(input, []);
    checkReferences(topic);
    return topic;
  } catch (error) {
    if (error instanceof TopicError) throw error;
    if (error instanceof SchemaError) throw new TopicError(formatPath(error.path), error.problem, error.suggestion);
    throw new TopicError('', 'expected a topic pack that can be read as plain JSON data');
  }
}
