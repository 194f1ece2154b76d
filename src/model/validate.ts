import * as v from 'valibot';
import { LIMITS, TopicSchema, type Topic } from './topic.js';

/** Thrown by {@link parseTopic}: `path` is the JSON path of the first problem found. */
export class TopicError extends Error {
  override name = 'TopicError';
  /** JSON path of the offending value, e.g. `symptoms[3].category`; empty for the root. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.path = path;
  }
}

/** Cheap guards on raw input, checked before the schema so absurd input is refused fast. */
const MAX_DEPTH = 10;
const MAX_NODES = 200_000;
const MAX_ENTRIES = LIMITS.symptoms;

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

function preflight(input: unknown): void {
  const stack: Array<{ value: unknown; path: Key[] }> = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (++nodes > MAX_NODES) throw new TopicError('', `expected a pack of at most ${MAX_NODES} values`);
    if (path.length > MAX_DEPTH) {
      throw new TopicError(formatPath(path), `expected nesting of at most ${MAX_DEPTH} levels`);
    }
    const entries: Array<[Key, unknown]> = Array.isArray(value)
      ? value.length > MAX_ENTRIES
        ? []
        : value.map((item, index) => [index, item])
      : Object.entries(value);
    const size = Array.isArray(value) ? value.length : entries.length;
    if (size > MAX_ENTRIES) {
      throw new TopicError(formatPath(path), `expected at most ${MAX_ENTRIES} entries but got ${size}`);
    }
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
}

/** Turns valibot's `("a" | "b")` and `Object` into plain words. */
function describeExpected(expected: string): string {
  if (expected.startsWith('(') && expected.includes(' | ')) return `one of ${expected.slice(1, -1).split(' | ').join(', ')}`;
  if (expected === 'Object') return 'an object';
  if (expected === 'Array') return 'an array';
  return expected;
}

function describeIssue(issue: v.BaseIssue<unknown>): TopicError {
  const path = formatPath((issue.path ?? []).map((item) => item.key as Key));
  const { expected, received, kind } = issue;
  if (received === 'undefined') return new TopicError(path, 'is required but missing');
  if (expected === 'never') return new TopicError(path, 'is not a known property (check its spelling)');
  const wanted = kind === 'schema' ? describeExpected(expected ?? 'a value') : issue.message;
  return new TopicError(path, `expected ${wanted} but got ${received}`);
}

function quoteList(values: readonly string[]): string {
  const shown = values.slice(0, 8).map((value) => JSON.stringify(value));
  return values.length > 8 ? `${shown.join(', ')}, ...` : shown.join(', ');
}

/** Checks that ids are unique within a collection; returns the set of ids. */
function uniqueIds(items: ReadonlyArray<{ id: string }>, path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new TopicError(`${path}[${index}].id`, `expected a unique id but "${item.id}" is used twice`);
    }
    seen.add(item.id);
  });
  return seen;
}

function expectKnown(known: Set<string>, value: string, path: string): void {
  if (!known.has(value)) {
    throw new TopicError(path, `expected one of ${quoteList([...known])} but got ${JSON.stringify(value)}`);
  }
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
  uniqueIds(topic.foods, 'foods');

  // Signs and pattern options are both answers, so they share one id space.
  const answers = uniqueIds(topic.symptoms, 'symptoms');
  topic.patterns.forEach((pattern, p) =>
    pattern.options.forEach((option, o) => {
      if (answers.has(option.id)) {
        throw new TopicError(
          `patterns[${p}].options[${o}].id`,
          `expected a unique answer id but "${option.id}" is used twice`,
        );
      }
      answers.add(option.id);
    }),
  );

  const checkSuggests = (suggests: Record<string, number>, path: string) => {
    for (const id of Object.keys(suggests)) expectKnown(conditions, id, `${path}.suggests.${id}`);
  };
  topic.symptoms.forEach((symptom, s) => {
    expectKnown(categories, symptom.category, `symptoms[${s}].category`);
    checkSuggests(symptom.suggests, `symptoms[${s}]`);
  });
  topic.patterns.forEach((pattern, p) =>
    pattern.options.forEach((option, o) => checkSuggests(option.suggests, `patterns[${p}].options[${o}]`)),
  );
  topic.comparison.forEach((row, r) => {
    for (const id of Object.keys(row.values)) expectKnown(conditions, id, `comparison[${r}].values.${id}`);
    for (const id of conditions) {
      if (!(id in row.values)) throw new TopicError(`comparison[${r}].values.${id}`, 'is required but missing');
    }
    row.evidence.forEach((id, e) => expectKnown(answers, id, `comparison[${r}].evidence[${e}]`));
  });
  checkSources(topic, sources, []);
}

/**
 * Validates unknown input (usually parsed JSON) as a topic pack.
 * @returns the pack, typed.
 * @throws {TopicError} naming the JSON path of the first problem and what was expected.
 *   Never throws anything else, for any input.
 */
export function parseTopic(input: unknown): Topic {
  try {
    preflight(input);
    const result = v.safeParse(TopicSchema, input, { abortEarly: true });
    if (!result.success) throw describeIssue(result.issues[0]);
    checkReferences(result.output);
    return result.output;
  } catch (error) {
    if (error instanceof TopicError) throw error;
    throw new TopicError('', 'expected a topic pack that can be read as plain JSON data');
  }
}
