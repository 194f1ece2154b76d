/**
 * A small schema kit: each schema checks untrusted data (returning a clean copy, typed) and
 * describes itself as JSON Schema. It exists because the drop-in script has a 20 KB budget;
 * it knows just what a topic pack needs.
 */

/** A path of keys into the checked value. */
export type Path = ReadonlyArray<string | number>;

/** The JSON Schema a schema describes itself with. */
export type JsonSchema = { [key: string]: unknown };

/** Thrown by a schema's `check`; `path` is where the problem is. */
export class SchemaError extends Error {
  constructor(
    readonly path: Path,
    readonly problem: string,
    /** A likely fix, e.g. the nearest allowed value. */
    readonly suggestion?: string,
  ) {
    super(problem);
  }
}

/**
 * While set, containers record a problem of one item and go on with the next, so one check
 * finds every problem; otherwise the first problem is thrown.
 */
let collector: SchemaError[] | null = null;

/** Runs `check` collecting every problem of the value instead of stopping at the first. */
export function collecting<T>(check: () => T): { value: T | undefined; problems: SchemaError[] } {
  const outer = collector;
  const problems: SchemaError[] = [];
  collector = problems;
  try {
    return { value: check(), problems };
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    problems.push(error);
    return { value: undefined, problems };
  } finally {
    collector = outer;
  }
}

/** Checks one part of a container: in collecting mode a problem is recorded and the part left out. */
function part<T>(check: () => T): T | undefined {
  if (!collector) return check();
  try {
    return check();
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    collector.push(error);
    return undefined;
  }
}

/** The closest of `candidates` to `value` (at most two edits, or a third of its length), if any. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const distance = (a: string, b: string): number => {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = row;
    }
    return previous[b.length];
  };
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

export interface Schema<T> {
  /** Returns a clean copy of `value`, or throws a {@link SchemaError}. */
  check(value: unknown, path: Path): T;
  /** Describes the schema as JSON Schema (draft 2020-12). */
  json(context?: JsonContext): JsonSchema;
  /** Set by {@link optional}. */
  readonly optional?: true;
}

/**
 * How a JSON Schema is written out: shared shapes by name under `$defs` (referenced with `$ref`),
 * and descriptions by `<shape name>.<property>` (the build reads them from the JSDoc of the source).
 */
export interface JsonContext {
  names: ReadonlyMap<Schema<unknown>, string>;
  docs: Readonly<Record<string, string>>;
  defs: Record<string, JsonSchema>;
  /** The doc key of the object being written: its name, or its parent's key and property. */
  at?: string;
}

/** Writes a schema inside an object: by `$ref` when it is a named shape, else in place. */
function jsonOf(schema: Schema<unknown>, context: JsonContext | undefined, at: string | undefined): JsonSchema {
  const name = context?.names.get(schema);
  if (!context || !name) return schema.json(context && { ...context, at });
  if (!(name in context.defs)) {
    context.defs[name] = {};
    context.defs[name] = {
      ...schema.json({ ...context, at: name }),
      ...(context.docs[name] ? { description: context.docs[name] } : {}),
    };
  }
  return { $ref: `#/$defs/${name}` };
}

/** The type a schema checks for. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** How a value is named in an error: short, and never its whole content. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

const fail = (path: Path, expected: string, value: unknown): never => {
  throw new SchemaError(path, `expected ${expected} but got ${describeValue(value)}`);
};

export const quoteList = (values: readonly string[]): string =>
  values
    .slice(0, 8)
    .map((value) => JSON.stringify(value))
    .join(', ') + (values.length > 8 ? ', ...' : '');

interface StringOptions {
  min?: number;
  max: number;
  pattern?: RegExp;
  /** What the pattern asks for, in words. */
  expected?: string;
  format?: 'date' | 'uri';
}

const isCalendarDate = (date: string): boolean => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
};

export function string({ min = 1, max, pattern, expected, format }: StringOptions): Schema<string> {
  return {
    check(value, path) {
      if (typeof value !== 'string') return fail(path, 'a string', value);
      // Counted in characters (code points), as JSON Schema counts them, not UTF-16 units.
      const length = [...value].length;
      if (length < min || length > max) {
        return fail(path, min ? `a text of ${min} to ${max} characters` : `at most ${max} characters`, value);
      }
      if (pattern && !pattern.test(value)) return fail(path, expected ?? `text matching ${pattern}`, value);
      // The pattern only checks the shape: "2026-02-30" must be refused too.
      if (format === 'date' && !isCalendarDate(value)) return fail(path, expected ?? 'a date', value);
      return value;
    },
    json: () => ({ type: 'string', minLength: min, maxLength: max, pattern: pattern?.source, format }),
  };
}

export function number(min: number, max: number, { integer = false } = {}): Schema<number> {
  return {
    check(value, path) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(path, 'a finite number', value);
      if (integer && !Number.isInteger(value)) return fail(path, `a whole number from ${min} to ${max}`, value);
      if (value < min || value > max) return fail(path, `a number from ${min} to ${max}`, value);
      return value;
    },
    json: () => ({ type: integer ? 'integer' : 'number', minimum: min, maximum: max }),
  };
}

export const boolean: Schema<boolean> = {
  check: (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false', value)),
  json: () => ({ type: 'boolean' }),
};

export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return {
    check(value, path) {
      if ((values as readonly unknown[]).includes(value)) return value as T;
      const guess = typeof value === 'string' ? nearest(value, values) : undefined;
      throw new SchemaError(
        path,
        `expected one of ${quoteList(values)} but got ${describeValue(value)}`,
        guess && `did you mean "${guess}"?`,
      );
    },
    json: () => ({ enum: values }),
  };
}

/** A schema that refuses some values it would otherwise accept (reserved ids), saying why. */
export function except<T extends string>(schema: Schema<T>, reserved: readonly string[], why: string): Schema<T> {
  return {
    check(value, path) {
      const checked = schema.check(value, path);
      if (reserved.includes(checked))
        throw new SchemaError(path, `${JSON.stringify(checked)} is reserved ${why}; choose another id`);
      return checked;
    },
    json: (context) => ({ allOf: [jsonOf(schema, context, undefined)], not: { enum: reserved } }),
  };
}

export function optional<T>(schema: Schema<T>): Schema<T> & { optional: true } {
  // Written as the schema it wraps, so a named shape stays a `$ref`.
  return { ...schema, optional: true, json: (context) => jsonOf(schema, context, context?.at) };
}

export function array<T>(item: Schema<T>, min: number, max: number): Schema<T[]> {
  return {
    check(value, path) {
      if (!Array.isArray(value)) return fail(path, 'an array', value);
      // Length first, so an absurd array is refused before any item is read.
      if (value.length < min || value.length > max) return fail(path, `${min} to ${max} items`, value);
      // By index, not map (which skips the holes of a sparse array and keeps them) nor the
      // array's own iterator (which page code can replace).
      return Array.from({ length: value.length }, (_, index) => part(() => item.check(value[index], [...path, index])) as T);
    },
    json: (context) => ({ type: 'array', items: jsonOf(item, context, context?.at), minItems: min, maxItems: max }),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<S extends Shape> = Simplify<
  { [K in keyof S as S[K] extends { optional: true } ? never : K]: Infer<S[K]> } & {
    [K in keyof S as S[K] extends { optional: true } ? K : never]?: Infer<S[K]>;
  }
>;

/** An object with exactly these properties: an unknown one is an error (usually a typo). */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return {
    check(value, path) {
      if (!isObject(value)) return fail(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        const present = Object.hasOwn(value, key) && value[key] !== undefined;
        part(() => {
          if (present) out[key] = schema.check(value[key], [...path, key]);
          else if (!schema.optional) throw new SchemaError([...path, key], 'is required but missing');
        });
      }
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) continue;
        const guess = nearest(
          key,
          Object.keys(shape).filter((name) => !Object.hasOwn(value, name)),
        );
        part(() => {
          throw new SchemaError(
            [...path, key],
            'is not a known property (check its spelling)',
            guess && `did you mean "${guess}"?`,
          );
        });
      }
      return out as ObjectOf<S>;
    },
    json: (context) => ({
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(shape).map(([key, schema]) => {
          const at = context?.at && `${context.at}.${key}`;
          const description = at && context?.docs[at];
          return [key, { ...jsonOf(schema, context, at), ...(description ? { description } : {}) }];
        }),
      ),
      required: Object.keys(shape).filter((key) => !shape[key].optional),
      additionalProperties: false,
    }),
  };
}

/** An object used as a map from keys to values, with at most `max` entries. */
export function record<T>(key: Schema<string>, item: Schema<T>, max: number): Schema<Record<string, T>> {
  return {
    check(value, path) {
      if (!isObject(value)) return fail(path, 'an object', value);
      const keys = Object.keys(value);
      if (keys.length > max) throw new SchemaError(path, `expected at most ${max} entries but got ${keys.length}`);
      const out: Record<string, T> = {};
      for (const name of keys) {
        part(() => {
          out[key.check(name, [...path, name])] = item.check(value[name], [...path, name]);
        });
      }
      return out;
    },
    json: (context) => ({
      type: 'object',
      propertyNames: jsonOf(key, context, undefined),
      additionalProperties: jsonOf(item, context, context?.at),
      maxProperties: max,
    }),
  };
}
