import type { Topic } from './topic.js';
import { parseTopic, TopicError } from './validate.js';

interface Store {
  /** The pack format the store's packs follow; copies with another format keep their own store. */
  format: number;
  /** Packs by id, then by language tag (lower case), in the order they were registered. */
  topics: Map<string, Map<string, Topic>>;
  listeners: Set<(topic: Topic) => void>;
}

/**
 * The version of the pack format (the `Topic` type). Raise it whenever that type changes, so a
 * copy of the library never reads packs it cannot render.
 */
export const PACK_FORMAT = 3;

// One store per page, shared by every copy of the library on it (the module and the classic
// script, or two versions), so a pack registered through one copy reaches the elements of all.
// The first copy on the page creates it; a copy that reads another pack format keeps a store of
// its own and says so.
const STORE_KEY = Symbol.for('health-widgets.topics');
const newStore = (): Store => ({ format: PACK_FORMAT, topics: new Map(), listeners: new Set() });
const store: Store = (() => {
  const page = globalThis as { [STORE_KEY]?: Store };
  const found = page[STORE_KEY];
  if (!found) return (page[STORE_KEY] = newStore());
  if (found.format === PACK_FORMAT) return found;
  console.warn(
    `health-widgets: another copy on this page reads ${typeof found.format === 'number' ? `pack format ${found.format}` : 'an older pack format'}, this one pack format ${PACK_FORMAT}; ` +
      'packs registered through one are not seen by the elements of the other. Load one version only.',
  );
  return newStore();
})();

/**
 * Validates a pack and makes it available by its id and language (replacing any pack with
 * that id and language).
 * @throws {TopicError} when the pack is invalid; nothing is registered then.
 */
export function registerTopic(pack: unknown): Topic {
  return addTopic(parseTopic(pack));
}

/**
 * Registers a pack that is already valid: the output of `parseTopic`, or a pack the build
 * validated (the built-in one, so the first paint does not pay for checking it again).
 * @internal
 */
export function addTopic(topic: Topic): Topic {
  let byLang = store.topics.get(topic.id);
  if (!byLang) store.topics.set(topic.id, (byLang = new Map()));
  byLang.set(topic.lang.toLowerCase(), topic);
  for (const listener of store.listeners) listener(topic);
  return topic;
}

/**
 * Runs `work`, then puts the registry back as it was: packs registered or replaced meanwhile are
 * forgotten. Pre-rendering uses it so that each call sees only its own packs.
 * @internal
 */
export function withRegistrySnapshot<T>(work: () => T): T {
  const saved = [...store.topics].map(([id, byLang]) => [id, new Map(byLang)] as const);
  try {
    return work();
  } finally {
    store.topics.clear();
    for (const [id, byLang] of saved) store.topics.set(id, byLang);
  }
}

/**
 * Calls `listener` with every pack registered from now on (so a widget on the page can show
 * a pack that a later script registers). Returns the function that stops it.
 */
export function onTopicRegistered(listener: (topic: Topic) => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/**
 * A registered pack, or `undefined`. With `lang`, the pack in that language (`es-MX` takes an
 * `es-MX` pack, else an `es` or other `es-*` one); when the topic has none in that language,
 * the pack registered first for the id (its default language).
 */
export function getTopic(id: string, lang?: string): Topic | undefined {
  const byLang = store.topics.get(id);
  if (!byLang) return undefined;
  const wanted = (lang ?? '').toLowerCase();
  const base = wanted.split('-')[0];
  if (wanted) {
    const exact = byLang.get(wanted);
    if (exact) return exact;
    for (const [tag, topic] of byLang) if (tag.split('-')[0] === base) return topic;
  }
  return byLang.values().next().value;
}

/**
 * The id of the topic elements show when they name none: the first pack registered on the
 * page (the drop-in script registers its built-in pack before any other can be).
 */
export function defaultTopicId(): string | undefined {
  return store.topics.keys().next().value;
}

/** The languages a topic is registered in, in registration order. */
export function topicLanguages(id: string): string[] {
  return [...(store.topics.get(id)?.values() ?? [])].map((topic) => topic.lang);
}

/** Why a load failed. `aborted` only ever reaches the caller whose signal aborted. */
export type TopicLoadReason = 'http' | 'network' | 'timeout' | 'not-json' | 'too-large' | 'invalid-pack' | 'aborted';

/** Rejection of {@link loadTopic}, saying which step failed. */
export class TopicLoadError extends Error {
  override name = 'TopicLoadError';
  constructor(
    readonly reason: TopicLoadReason,
    /** The absolute URL that was loaded. */
    readonly url: string,
    message: string,
    /** HTTP status, for `http`. */
    readonly status?: number,
    /** JSON path of the invalid field, for `invalid-pack`. */
    readonly path?: string,
  ) {
    super(message);
  }
}

export interface LoadTopicOptions {
  /** Aborts this caller's wait; the request itself stops once no caller waits for it. */
  signal?: AbortSignal;
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** Largest accepted body; default 2 MB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

interface SharedLoad {
  promise: Promise<Topic>;
  controller: AbortController;
  waiters: number;
}

const loads = new Map<string, SharedLoad>();

async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new TopicLoadError('too-large', url, `${url}: the pack is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchTopic(url: string, signal: AbortSignal, maxBytes: number): Promise<Topic> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new TopicLoadError('network', url, `${url}: the pack could not be fetched (network error)`);
  }
  if (!response.ok) {
    throw new TopicLoadError('http', url, `${url}: the server answered HTTP ${response.status}`, response.status);
  }
  let body: string;
  try {
    body = await readBody(response, url, maxBytes);
  } catch (error) {
    if (error instanceof TopicLoadError) throw error;
    throw new TopicLoadError('network', url, `${url}: the pack download was interrupted`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TopicLoadError('not-json', url, `${url}: the response is not JSON`);
  }
  try {
    return parseTopic(json);
  } catch (error) {
    const problem = error as TopicError;
    throw new TopicLoadError('invalid-pack', url, `${url}: invalid pack: ${problem.message}`, undefined, problem.path);
  }
}

function absolute(url: string): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Fetches, validates and caches a pack. Each URL is fetched once: concurrent callers share one
 * request, a success is remembered, a failure is forgotten so the next call retries.
 * @throws {TopicLoadError} with the reason: `http`, `network`, `timeout`, `not-json`,
 *   `too-large`, `invalid-pack` (with `path`), or `aborted`.
 */
export function loadTopic(url: string, options: LoadTopicOptions = {}): Promise<Topic> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const href = absolute(url);
  if (signal?.aborted) {
    return Promise.reject(new TopicLoadError('aborted', href, `${href}: the load was aborted`));
  }

  let load = loads.get(href);
  if (!load) {
    const controller = new AbortController();
    const promise = fetchTopic(href, controller.signal, maxBytes);
    const created: SharedLoad = { promise, controller, waiters: 0 };
    promise.catch(() => {
      if (loads.get(href) === created) loads.delete(href);
    });
    loads.set(href, created);
    load = created;
  }
  const shared = load;
  shared.waiters++;

  return new Promise<Topic>((resolve, reject) => {
    let settled = false;
    const leave = (error: TopicLoadError) => {
      if (settled) return;
      finish();
      // The last caller to leave stops the request, which no one needs any more.
      if (--shared.waiters === 0 && loads.get(href) === shared) {
        loads.delete(href);
        shared.controller.abort();
      }
      reject(error);
    };
    const onAbort = () => leave(new TopicLoadError('aborted', href, `${href}: the load was aborted`));
    const timer = setTimeout(
      () => leave(new TopicLoadError('timeout', href, `${href}: no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (topic) => {
        if (settled) return;
        finish();
        shared.waiters--;
        resolve(topic);
      },
      (error: TopicLoadError) => {
        if (settled) return;
        finish();
        shared.waiters--;
        reject(error);
      },
    );
  });
}
