import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  getTopic,
  loadTopic,
  parseTopic,
  registerTopic,
  TopicError,
  TopicLoadError,
  type LoadTopicOptions,
  type Topic,
  type TopicLoadReason,
} from '../../src/model/index.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';
import { changed } from './helpers.js';

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
      const topic = registerTopic(changed(['id'], 'test-registered'));
      expect(topic.id).to.equal('test-registered');
      expect(getTopic('test-registered')).to.equal(topic);
      expect(topic.symptoms).to.deep.equal(b12MuscleTightness.symptoms);
    });

    it('validates first: an invalid pack throws a TopicError and is not registered', () => {
      const pack = changed(['symptoms', 0, 'category'], 'nerves') as { id: string };
      pack.id = 'test-invalid';
      let thrown: unknown;
      try {
        registerTopic(pack);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(TopicError);
      expect((thrown as TopicError).path).to.equal('symptoms[0].category');
      expect(getTopic('test-invalid')).to.equal(undefined);
    });

    it('an invalid pack does not replace a registered one with its id', () => {
      const first = registerTopic(changed(['id'], 'test-kept'));
      const bad = changed(['title'], '') as { id: string };
      bad.id = 'test-kept';
      expect(() => registerTopic(bad)).to.throw(TopicError);
      expect(getTopic('test-kept')).to.equal(first);
    });

    it('replaces a pack registered under the same id', () => {
      registerTopic(changed(['id'], 'test-replaced'));
      const second = parseTopic(changed(['id'], 'test-replaced'));
      const registered = registerTopic({ ...second, title: 'Second' });
      expect(getTopic('test-replaced')).to.equal(registered);
      expect(getTopic('test-replaced')?.title).to.equal('Second');
    });

    it('keeps its own copy: changing the input later changes nothing', () => {
      const pack = changed(['id'], 'test-copy') as { title: string };
      registerTopic(pack);
      pack.title = 'Changed';
      expect(getTopic('test-copy')?.title).to.equal(b12MuscleTightness.title);
    });

    it('getTopic gives undefined for an unknown id', () => {
      expect(getTopic('no-such-topic')).to.equal(undefined);
      expect(getTopic('constructor')).to.equal(undefined);
    });
  });

  describe('loadTopic', function () {
    this.timeout(10_000);

    it('has sensible defaults', () => {
      expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
      expect(DEFAULT_MAX_BYTES).to.equal(2 * 1024 * 1024);
    });

    it('resolves a valid pack (200) to a Topic', async () => {
      const topic = await load(route('valid'));
      expect(topic.id).to.equal('b12-muscle-tightness');
      const { $schema, ...rest } = topic;
      expect($schema).to.equal('../topic.schema.json');
      expect(rest).to.deep.equal(b12MuscleTightness);
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
      expect(first.id).to.equal('b12-muscle-tightness');
      expect(await hits('slow-valid')).to.equal(before + 1);
    });

    it('a failed load is forgotten, so it can be retried', async () => {
      const url = route('slow-valid');
      const before = await hits('slow-valid');
      await expectLoadError(load(url, { timeoutMs: 100 }), 'timeout');
      const topic = await load(url, { timeoutMs: 5000 });
      expect(topic.id).to.equal('b12-muscle-tightness');
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
      expect(topic.id).to.equal('b12-muscle-tightness');
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
      expect(topic.id).to.equal('b12-muscle-tightness');
      expect(await hits('slow-valid')).to.equal(before + 2);
    });
  });
});
