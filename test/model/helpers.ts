/** Shared helpers for the model tests (not a test file itself). */
import { expect } from '@open-wc/testing';
import { TopicError, type Topic } from '../../src/model/index.js';
import { clonePlantPack as clonePack } from '../fixtures/packs.js';

/** A deep copy of the synthetic test pack that a test may change freely. */
export { clonePack };

export type Key = string | number;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Marks a key to delete in {@link changed}. */
export const REMOVE = Symbol('remove');

const isContainer = (value: unknown): value is Record<Key, unknown> => typeof value === 'object' && value !== null;

/** The value at `keys` in `root`, or `undefined` when the path leads nowhere. */
export function at(root: unknown, keys: readonly Key[]): unknown {
  let node = root;
  for (const key of keys) {
    if (!isContainer(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Sets (or with {@link REMOVE}, deletes) the value at `keys` inside `root`, in place. */
export function setAt(root: unknown, keys: readonly Key[], value: unknown): void {
  const parent = at(root, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (!isContainer(parent)) throw new Error(`no container at ${keys.join('.')}`);
  if (value !== REMOVE) parent[last] = value;
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/** A copy of the test pack with one value replaced (or removed). Typed `unknown` on purpose. */
export function changed(keys: readonly Key[], value: unknown): unknown {
  const pack = clonePack();
  setAt(pack, keys, value);
  return pack;
}

/** A copy of the test pack after `edit`, which may break its types. */
export function edited(edit: (pack: Record<string, unknown> & Topic) => void): unknown {
  const pack = clonePack() as Record<string, unknown> & Topic;
  edit(pack);
  return pack;
}

/**
 * Runs `run`, which must throw a TopicError at exactly `path` whose message contains (or
 * matches) each of `fragments`; returns the error.
 */
export function expectTopicError(run: () => unknown, path: string, ...fragments: Array<string | RegExp>): TopicError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a TopicError to be thrown').to.be.instanceOf(TopicError);
  const error = thrown as TopicError;
  expect(error.name).to.equal('TopicError');
  expect(error).to.be.instanceOf(Error);
  expect(error.path, error.message).to.equal(path);
  if (path) expect(error.message.startsWith(`${path}: `), error.message).to.equal(true);
  for (const fragment of fragments) {
    if (typeof fragment === 'string') expect(error.message).to.include(fragment);
    else expect(error.message).to.match(fragment);
  }
  return error;
}

/** Parses a path made by `formatPath` (`a.b[3]["odd key"]`) back into its keys. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  let rest = path;
  while (rest) {
    // A name has a leading dot, except when it is the first key.
    const name = (keys.length ? /^\.([A-Za-z_$][\w$]*)/ : /^([A-Za-z_$][\w$]*)/).exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    const match = name ?? index ?? quoted;
    if (!match) throw new Error(`not a path: ${path}`);
    keys.push(name ? name[1] : index ? Number(index[1]) : (JSON.parse(match[1]) as string));
    rest = rest.slice(match[0].length);
  }
  return keys;
}

/** Every path to a value inside `root` (not the root itself), parents before children. */
export function allPaths(root: unknown, prefix: Key[] = []): Key[][] {
  if (!isContainer(root)) return [];
  const out: Key[][] = [];
  const entries: Array<[Key, unknown]> = Array.isArray(root)
    ? root.map((item, index): [Key, unknown] => [index, item])
    : Object.entries(root);
  for (const [key, value] of entries) {
    const path = [...prefix, key];
    out.push(path, ...allPaths(value, path));
  }
  return out;
}
