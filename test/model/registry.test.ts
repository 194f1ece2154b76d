// Imported first, as a page would: the built-in pack is registered before any other.
import { DEFAULT_TOPIC_ID } from '../../src/index.js';
import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  defaultTopicId,
  getTopic,
  loadTopic,
  onTopicRegistered,
  parseTopic,
  registerTopic,
  topicLanguages,
  TopicError,
  TopicLoadError,
  type LoadTopicOptions,
  type Topic,
  type TopicLoadReason,
} from '../../src/model/index.js';
import { changed, clonePack, edited } from './helpers.js';

type Registry = typeof import('../../src/model/registry.js');

let fresh = 0;
/** A topic id no other test has used, so registrations never leak between tests. */
const freshId = (name: string) => `test-${name}-${Date.now().toString(36)}-${++fresh}`;

/** The plant pack as topic `id` in language `lang`, with a title that says which one it is. */
const packIn = (id: string, lang: string, title = `Plant pack (${lang})`) =>
  edited((pack) => {
    pack.id = id;
    pack.lang = lang;
    pack.title = title;
  });

/** Registers the pack of topic `id` in each language, in order; returns them by language. */
function registerIn(id: string, ...langs: string[]): Record<string, Topic> {
  return Object.fromEntries(langs.map((lang) => [lang, registerTopic(packIn(id, lang))]));
}

let unique = 0;
/** A test route under a query string no other load has used, so the cache never leaks between tests. */
const route = (name: string) => `/test-routes/${name}?t=${Date.now()}-${++unique}`;
/** How many requests the test server has had for a route. */
const hits = async (name: string): Promise<number> => (await fetch(`/test-routes/hits/${name}`)).json() as Promise<number>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Awaits a load that must fail for `reason`; returns its error. */
async function expectLoadError(load: Promise<Topic>, reason: TopicLoadReason): Promise<TopicLoadError> {
  let thrown: unknown;
  try {
    await load;
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected the load to fail').to.be.instanceOf(TopicLoadError);
  const error = thrown as TopicLoadError;
  expect(error.name).to.equal('TopicLoadError');
  expect(error.reason, error.message).to.equal(reason);
  expect(error.message).to.include(error.url);
  return error;
}

const load = (url: string, options?: LoadTopicOptions) => loadTopic(url, options);

describe('registry', () => {
  describe('registerTopic and getTopic', () => {
    it('registers a valid pack under its id', () => {
      const id = freshId('registered');
      const topic = registerTopic(changed(['id'], id));
      expect(topic.id).to.equal(id);
      expect(getTopic(id)).to.equal(topic);
      expect(topic.symptoms).to.deep.equal(clonePack().symptoms);
    });

    it('validates first: an invalid pack throws a TopicError and is not registered', () => {
      const id = freshId('invalid');
      const pack = changed(['symptoms', 0, 'category'], 'nerves') as { id: string };
      pack.id = id;
      let thrown: unknown;
      try {
        registerTopic(pack);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TopicError);
      expect((thrown as TopicError).path).to.equal('symptoms[0].category');
      expect(getTopic(id)).to.equal(undefined);
      expect(topicLanguages(id)).to.deep.equal([]);
    });

    it('an invalid pack does not replace a registered one with its id and language', () => {
      const id = freshId('kept');
      const first = registerTopic(changed(['id'], id));
      const bad = changed(['title'], '') as { id: string };
      bad.id = id;
      expect(() => registerTopic(bad)).to.throw(TopicError);
      expect(getTopic(id)).to.equal(first);
      expect(getTopic(id, 'en')).to.equal(first);
    });

    it('replaces a pack registered under the same id (and language)', () => {
      const id = freshId('replaced');
      registerTopic(changed(['id'], id));
      const second = parseTopic(changed(['id'], id));
      const registered = registerTopic({ ...second, title: 'Second' });
      expect(getTopic(id)).to.equal(registered);
      expect(getTopic(id)?.title).to.equal('Second');
      expect(topicLanguages(id)).to.deep.equal(['en']);
    });

    it('keeps its own copy: changing the input later changes nothing', () => {
      const id = freshId('copy');
      const pack = changed(['id'], id) as { title: string };
      registerTopic(pack);
      pack.title = 'Changed';
      expect(getTopic(id)?.title).to.equal(clonePack().title);
    });

    it('getTopic gives undefined for an unknown id, in any language', () => {
      expect(getTopic('no-such-topic')).to.equal(undefined);
      expect(getTopic('no-such-topic', 'es')).to.equal(undefined);
      expect(getTopic('constructor')).to.equal(undefined);
      expect(getTopic('__proto__', 'en')).to.equal(undefined);
    });
  });

  describe('packs by language', () => {
    it('registering one id in `en` and `es` keeps both', () => {
      const id = freshId('two-langs');
      const { en, es } = registerIn(id, 'en', 'es');
      expect(en).to.not.equal(es);
      expect(getTopic(id, 'en')).to.equal(en);
      expect(getTopic(id, 'es')).to.equal(es);
      expect(getTopic(id, 'es')?.title).to.equal('Plant pack (es)');
      expect(topicLanguages(id)).to.deep.equal(['en', 'es']);
    });

    it('gives the Spanish pack for `es` and `es-MX`, the first registered for `fr` and for no language', () => {
      const id = freshId('pick');
      const { en, es } = registerIn(id, 'en', 'es');
      expect(getTopic(id, 'es')).to.equal(es);
      expect(getTopic(id, 'es-MX')).to.equal(es);
      expect(getTopic(id, 'fr')).to.equal(en);
      expect(getTopic(id)).to.equal(en);
      expect(getTopic(id, '')).to.equal(en);
    });

    it('the default language is the first registered, whichever it is', () => {
      const id = freshId('spanish-first');
      const { es } = registerIn(id, 'es', 'en');
      expect(getTopic(id)).to.equal(es);
      expect(getTopic(id, 'fr')).to.equal(es);
      expect(getTopic(id, 'en-GB')?.lang).to.equal('en');
    });

    it('matches language tags whatever their case', () => {
      const id = freshId('case');
      const { es } = registerIn(id, 'en', 'es');
      expect(getTopic(id, 'ES')).to.equal(es);
      expect(getTopic(id, 'es-mx')).to.equal(es);
      expect(getTopic(id, 'ES-MX')).to.equal(es);
    });

    it('prefers the exact tag, then another of the same base language', () => {
      const id = freshId('regional');
      const packs = registerIn(id, 'en', 'es', 'es-MX', 'pt-BR');
      expect(getTopic(id, 'es-MX')).to.equal(packs['es-MX']);
      expect(getTopic(id, 'es')).to.equal(packs.es);
      expect(getTopic(id, 'es-AR')).to.equal(packs.es);
      expect(getTopic(id, 'pt')).to.equal(packs['pt-BR']);
      expect(getTopic(id, 'pt-PT')).to.equal(packs['pt-BR']);
    });

    it('registering again in the same language replaces only that one', () => {
      const id = freshId('replace-one');
      const { en, es } = registerIn(id, 'en', 'es');
      const newer = registerTopic(packIn(id, 'en', 'Plant pack, second edition'));
      expect(getTopic(id, 'en')).to.equal(newer);
      expect(getTopic(id, 'en')).to.not.equal(en);
      expect(getTopic(id, 'es')).to.equal(es);
      // It keeps its place: it is still the first language, so still the default.
      expect(topicLanguages(id)).to.deep.equal(['en', 'es']);
      expect(getTopic(id)).to.equal(newer);
    });

    it('a tag in another case is the same language', () => {
      const id = freshId('same-lang');
      registerIn(id, 'es-MX');
      const upper = registerTopic(packIn(id, 'ES-mx', 'Upper case'));
      expect(topicLanguages(id)).to.deep.equal(['ES-mx']);
      expect(getTopic(id, 'es-MX')).to.equal(upper);
    });

    it('topicLanguages lists the languages of an id in registration order, as the packs write them', () => {
      const id = freshId('languages');
      expect(topicLanguages(id)).to.deep.equal([]);
      registerIn(id, 'es-MX', 'en', 'fr');
      expect(topicLanguages(id)).to.deep.equal(['es-MX', 'en', 'fr']);
      expect(topicLanguages('no-such-topic')).to.deep.equal([]);
    });

    it('topicLanguages returns a new array each time', () => {
      const id = freshId('languages-copy');
      registerIn(id, 'en');
      const languages = topicLanguages(id);
      languages.push('xx');
      expect(topicLanguages(id)).to.deep.equal(['en']);
    });
  });

  describe('defaultTopicId', () => {
    it('is the first pack registered on the page: here the built-in pack, from importing the library', () => {
      expect(DEFAULT_TOPIC_ID).to.be.a('string').that.is.not.empty;
      expect(defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
      expect(getTopic(DEFAULT_TOPIC_ID)?.id).to.equal(DEFAULT_TOPIC_ID);
    });

    it('does not change when other packs register, in any language', () => {
      const id = freshId('later');
      registerIn(id, 'es', 'en');
      expect(defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
      expect(defaultTopicId()).to.not.equal(id);
    });
  });

  describe('onTopicRegistered', () => {
    it('listeners hear every language of every pack registered after they listen', () => {
      const id = freshId('heard');
      const heard: Topic[] = [];
      const stop = onTopicRegistered((topic) => heard.push(topic));
      try {
        const { en, es } = registerIn(id, 'en', 'es');
        const newer = registerTopic(packIn(id, 'es', 'Replaced'));
        expect(heard).to.deep.equal([en, es, newer]);
        expect(heard[1]).to.equal(es);
        expect(heard.map((topic) => topic.lang)).to.deep.equal(['en', 'es', 'es']);
      } finally {
        stop();
      }
    });

    it('do not hear a pack that was refused', () => {
      const heard: Topic[] = [];
      const stop = onTopicRegistered((topic) => heard.push(topic));
      try {
        const bad = changed(['title'], '') as { id: string };
        bad.id = freshId('refused');
        expect(() => registerTopic(bad)).to.throw(TopicError);
        expect(heard).to.deep.equal([]);
      } finally {
        stop();
      }
    });

    it('stop hearing once the returned function is called', () => {
      const id = freshId('stopped');
      const heard: string[] = [];
      const stop = onTopicRegistered((topic) => heard.push(topic.lang));
      registerIn(id, 'en');
      stop();
      registerIn(id, 'es');
      expect(heard).to.deep.equal(['en']);
    });

    it('every listener hears each pack', () => {
      const id = freshId('two-listeners');
      const first: string[] = [];
      const second: string[] = [];
      const stops = [onTopicRegistered((t) => first.push(t.lang)), onTopicRegistered((t) => second.push(t.lang))];
      try {
        registerIn(id, 'en', 'es');
        expect(first).to.deep.equal(['en', 'es']);
        expect(second).to.deep.equal(['en', 'es']);
      } finally {
        for (const stop of stops) stop();
      }
    });
  });

  describe('one store per page', () => {
    const STORE_KEY = Symbol.for('health-widgets.topics');
    let copies = 0;
    /** A second copy of the registry module (another bundle, or another version, on the page). */
    const anotherCopy = async (): Promise<Registry> =>
      (await import(new URL(`../../src/model/registry.ts?copy=${++copies}`, import.meta.url).href)) as Registry;

    it('lives on globalThis[Symbol.for("health-widgets.topics")]', () => {
      const store = (globalThis as Record<symbol, unknown>)[STORE_KEY];
      expect(store).to.be.an('object');
    });

    it('a pack registered by another copy of the library is found by getTopic, in its language', async () => {
      const other = await anotherCopy();
      expect(other.registerTopic).to.not.equal(registerTopic);
      const id = freshId('other-copy');
      const en = other.registerTopic(packIn(id, 'en'));
      const es = other.registerTopic(packIn(id, 'es'));
      expect(getTopic(id)).to.equal(en);
      expect(getTopic(id, 'es-MX')).to.equal(es);
      expect(topicLanguages(id)).to.deep.equal(['en', 'es']);
    });

    it('a pack registered here is found by another copy, which agrees on the default topic', async () => {
      const other = await anotherCopy();
      const id = freshId('this-copy');
      const { en, es } = registerIn(id, 'en', 'es');
      expect(other.getTopic(id)).to.equal(en);
      expect(other.getTopic(id, 'es')).to.equal(es);
      expect(other.topicLanguages(id)).to.deep.equal(['en', 'es']);
      expect(other.defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
    });

    it("one copy's listeners hear packs registered through another", async () => {
      const other = await anotherCopy();
      const id = freshId('heard-across');
      const heard: string[] = [];
      const stop = onTopicRegistered((topic) => heard.push(`${topic.id}.${topic.lang}`));
      try {
        other.registerTopic(packIn(id, 'es'));
        expect(heard).to.deep.equal([`${id}.es`]);
      } finally {
        stop();
      }
    });
  });

  describe('loadTopic', function () {
    this.timeout(10_000);

    /** The pack the test server sends for `valid` and `slow-valid`, as parseTopic reads it. */
    let served: Topic;
    before(async () => {
      served = parseTopic(await (await fetch(route('valid'))).json());
    });

    it('has sensible defaults', () => {
      expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
      expect(DEFAULT_MAX_BYTES).to.equal(2 * 1024 * 1024);
    });

    it('resolves a valid pack (200) to a Topic', async () => {
      const topic = await load(route('valid'));
      expect(topic).to.deep.equal(served);
      expect(topic.$schema).to.equal('../topic.schema.json');
    });

    it('remembers a success: the same URL again makes no request', async () => {
      const url = route('valid');
      const first = await load(url);
      const before = await hits('valid');
      const second = await load(url);
      expect(second).to.equal(first);
      expect(await hits('valid')).to.equal(before);
    });

    it('resolves relative URLs against the page, and names the absolute URL in errors', async () => {
      const url = route('not-found');
      const error = await expectLoadError(load(url), 'http');
      expect(error.url).to.equal(new URL(url, location.href).href);
    });

    it('not found: reason "http", status 404', async () => {
      const error = await expectLoadError(load(route('not-found')), 'http');
      expect(error.status).to.equal(404);
      expect(error.message).to.include('404');
    });

    it('server error: reason "http", status 500', async () => {
      const error = await expectLoadError(load(route('server-error')), 'http');
      expect(error.status).to.equal(500);
    });

    it('too slow: reason "timeout"', async () => {
      const error = await expectLoadError(load(route('slow'), { timeoutMs: 200 }), 'timeout');
      expect(error.message).to.include('200 ms');
    });

    it('not JSON: reason "not-json"', async () => {
      await expectLoadError(load(route('not-json')), 'not-json');
    });

    it('too large: reason "too-large"', async () => {
      await expectLoadError(load(route('too-large')), 'too-large');
    });

    it('larger than a smaller maxBytes: reason "too-large"', async () => {
      await expectLoadError(load(route('valid'), { maxBytes: 1000 }), 'too-large');
    });

    it('an invalid pack: reason "invalid-pack", with the JSON path', async () => {
      const error = await expectLoadError(load(route('invalid')), 'invalid-pack');
      expect(error.path).to.equal('symptoms[0].category');
      expect(error.message).to.include('symptoms[0].category');
      expect(error.message).to.include('"nerves"');
    });

    it('a network error: reason "network"', async () => {
      await expectLoadError(load(`http://127.0.0.1:1/x?t=${++unique}`), 'network');
    });

    it('aborted through an AbortController: reason "aborted"', async () => {
      const controller = new AbortController();
      const loading = load(route('slow'), { signal: controller.signal });
      await sleep(50);
      controller.abort();
      await expectLoadError(loading, 'aborted');
    });

    it('an already-aborted signal rejects at once, without a request', async () => {
      const before = await hits('valid');
      const controller = new AbortController();
      controller.abort();
      const loading = load(route('valid'), { signal: controller.signal });
      let rejected = false;
      loading.catch(() => (rejected = true));
      // Rejected within a couple of microtasks: before any timer or network event could run.
      for (let i = 0; i < 3; i++) await Promise.resolve();
      expect(rejected).to.equal(true);
      await expectLoadError(loading, 'aborted');
      expect(await hits('valid')).to.equal(before);
    });

    it('two concurrent loads of one URL make one request and resolve to the same object', async () => {
      const url = route('slow-valid');
      const before = await hits('slow-valid');
      const [first, second] = await Promise.all([load(url), load(url)]);
      expect(first).to.equal(second);
      expect(first).to.deep.equal(served);
      expect(await hits('slow-valid')).to.equal(before + 1);
    });

    it('a failed load is forgotten, so it can be retried', async () => {
      const url = route('slow-valid');
      const before = await hits('slow-valid');
      await expectLoadError(load(url, { timeoutMs: 100 }), 'timeout');
      const topic = await load(url, { timeoutMs: 5000 });
      expect(topic).to.deep.equal(served);
      expect(await hits('slow-valid')).to.equal(before + 2);
    });

    it('one caller aborting does not abort another caller sharing the load', async () => {
      const url = route('slow-valid');
      const before = await hits('slow-valid');
      const controller = new AbortController();
      const leaving = load(url, { signal: controller.signal });
      const staying = load(url);
      await sleep(50);
      controller.abort();
      await expectLoadError(leaving, 'aborted');
      const topic = await staying;
      expect(topic).to.deep.equal(served);
      expect(await hits('slow-valid')).to.equal(before + 1);
    });

    it('one caller timing out does not fail another caller sharing the load', async () => {
      const url = route('slow-valid');
      const [short, long] = await Promise.allSettled([load(url, { timeoutMs: 100 }), load(url)]);
      expect(short.status).to.equal('rejected');
      expect((short as PromiseRejectedResult).reason).to.be.instanceOf(TopicLoadError);
      expect(((short as PromiseRejectedResult).reason as TopicLoadError).reason).to.equal('timeout');
      expect(long.status).to.equal('fulfilled');
    });

    it('when the last caller leaves, a new load starts afresh', async () => {
      const url = route('slow-valid');
      const before = await hits('slow-valid');
      const controller = new AbortController();
      const leaving = load(url, { signal: controller.signal });
      await sleep(50);
      controller.abort();
      await expectLoadError(leaving, 'aborted');
      const topic = await load(url);
      expect(topic).to.deep.equal(served);
      expect(await hits('slow-valid')).to.equal(before + 2);
    });
  });
});
