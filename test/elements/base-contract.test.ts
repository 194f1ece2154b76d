/**
 * The contract every element keeps, run against each of the three tags: the topic by id, by
 * `src` and by property, the loading state, every `health-error` reason, `heading-level`,
 * `lang`, a second definition, removal while loading, and axe in each of these states.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defineElement } from '../../src/elements/health-element.js';
import { en, es } from '../../src/i18n/strings.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/model/registry.js';
import {
  DEFAULT_TOPIC_ID,
  HealthElement,
  registerTopic,
  topicLanguages,
  type HealthErrorReason,
  type Strings,
  type Topic,
} from '../../src/index.js';
import { frenchPlantPack, hebrewPlantPack, spanishPlantPack } from '../fixtures/packs.js';
import {
  clonePack,
  control,
  errorOf,
  expectOneWarning,
  getByPart,
  getByRole,
  getByText,
  headings,
  headingTexts,
  hits,
  inOrder,
  isBusy,
  isHidden,
  packUrl,
  PLANT,
  plantTopic,
  queryAllByPart,
  queryAllByRole,
  recordEvents,
  registerVariant,
  route,
  sleep,
  spyFetch,
  watchWarnings,
  squash,
  TAGS,
  textOf,
  uniqueId,
  whenError,
  whenReady,
  widget,
  type Tag,
} from '../harness/index.js';

/** The Spanish plant pack, registered under the plant pack's id, after the English one. */
const plantEs = registerTopic(spanishPlantPack());

/**
 * For each tag, a UI heading that is not in the plant pack's labels (so it shows the UI string)
 * and a pack text the element shows, to tell which language each comes in.
 */
const SEEN: Record<Tag, { ui: (t: Strings) => string; pack: (topic: Topic) => string }> = {
  'health-symptom-checklist': { ui: (t) => t.patternsTitle, pack: (topic) => topic.categories[0].label },
  'health-comparison-table': { ui: (t) => t.tableTitle, pack: (topic) => topic.conditions[0].label },
  'health-treatment-explainer': { ui: (t) => t.explainerTitle, pack: (topic) => topic.situation[0].question },
};

/** What a person finds of the pack in each element: a sign's checkbox, a row of the table, a situation question. */
const CONTENT: Record<Tag, (el: HealthElement, topic: Topic) => HTMLElement> = {
  'health-symptom-checklist': (el, topic) => control(el, topic.symptoms[0].label),
  'health-comparison-table': (el, topic) => getByRole(el, 'rowheader', { name: topic.comparison[0].label }),
  'health-treatment-explainer': (el, topic) => getByRole(el, 'group', { name: topic.situation[0].question }),
};

/** The element shows `topic`, its UI speaks `t`, and its content is marked with `lang`. */
function expectShown(el: HealthElement, topic: Topic, t: Strings, lang: string): void {
  const tag = el.localName as Tag;
  const other = t === en ? es : en;
  expect(el.topicData, `<${tag}> shows the ${topic.lang} pack`).to.equal(topic);
  expect(getByPart(el, 'base').lang, `<${tag}> content lang`).to.equal(lang);
  const texts = headingTexts(el);
  expect(texts, `<${tag}> UI heading`).to.include(SEEN[tag].ui(t)).and.not.include(SEEN[tag].ui(other));
  expect(textOf(el), `<${tag}> pack text`).to.include(SEEN[tag].pack(topic));
}

/** The pack texts marked with a language of their own (inside the base part). */
const marked = (el: HealthElement): HTMLElement[] => [...getByPart(el, 'base').querySelectorAll<HTMLElement>('[lang]')];

/** Restores `<html lang>` after a test changes it. */
async function withPageLang(lang: string, run: () => Promise<void>): Promise<void> {
  const page = document.documentElement;
  const before = page.getAttribute('lang');
  page.lang = lang;
  try {
    await run();
  } finally {
    if (before === null) page.removeAttribute('lang');
    else page.setAttribute('lang', before);
  }
}

/** How each load failure shows: the route, the reason, and what the person and the developer are told. */
const FAILURES: Array<{
  route?: string;
  reason: HealthErrorReason;
  status?: number;
  fragment: string;
  shown: string;
  path?: string;
}> = [
  { route: 'not-found', reason: 'http', status: 404, fragment: 'HTTP 404', shown: en.errorLoad },
  { route: 'server-error', reason: 'http', status: 500, fragment: 'HTTP 500', shown: en.errorLoad },
  { route: 'not-json', reason: 'not-json', fragment: 'not JSON', shown: en.errorLoad },
  { route: 'too-large', reason: 'too-large', fragment: 'larger than', shown: en.errorLoad },
  {
    route: 'invalid',
    reason: 'invalid-pack',
    fragment: 'symptoms[0].category',
    shown: en.errorInvalid,
    path: 'symptoms[0].category',
  },
  { reason: 'network', fragment: 'could not be fetched', shown: en.errorLoad },
  { route: 'slow', reason: 'timeout', fragment: `no answer within ${DEFAULT_TIMEOUT_MS} ms`, shown: en.errorLoad },
];

/** A URL whose fetch fails as a network error does: a blob URL already revoked. */
function unreachable(): string {
  const url = packUrl({});
  URL.revokeObjectURL(url);
  return url;
}

/** Runs `run` with the registry's load timeout (10 s) cut to 50 ms, so a slow route times out at once. */
async function withShortTimeout<T>(run: () => Promise<T>): Promise<T> {
  const original = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
    original(handler, ms === DEFAULT_TIMEOUT_MS ? 50 : ms, ...rest)) as typeof window.setTimeout;
  try {
    return await run();
  } finally {
    window.setTimeout = original;
  }
}

describe('the base contract of every element', () => {
  const warn = watchWarnings();
  let errors: ReturnType<typeof recordEvents<'health-error'>>;
  beforeEach(() => {
    errors = recordEvents(document, 'health-error');
  });
  afterEach(() => errors.stop());

  /**
   * Elements of `tags` loading one slow `src`, which `move` moves about while it loads (between
   * three places, all of them in the first); then every one shows the pack, and the server
   * answered one request for them all.
   */
  async function oneLoadFor(
    tags: readonly Tag[],
    move: (elements: HealthElement[], places: Element[], requests: () => Array<{ signal: AbortSignal | null }>) => Promise<void>,
  ): Promise<void> {
    const fetches = spyFetch();
    try {
      const src = route('slow-valid');
      const before = await hits('slow-valid');
      const wrapper = await fixture<HTMLDivElement>(`<div>
        <div>${tags.map((tag) => `<${tag} src="${src}"></${tag}>`).join('')}</div><div></div><div></div>
      </div>`);
      const places = [...wrapper.children];
      const elements = [...places[0].children] as HealthElement[];
      const requests = () => fetches.calls.filter((call) => call.url.includes(src));
      await waitUntil(() => requests().length === 1, 'the load to start');
      await move(elements, places, requests);
      for (const el of elements) await whenReady(el);
      for (const el of elements) expect(el.topicData?.id, el.localName).to.equal(DEFAULT_TOPIC_ID);
      expect(requests()).to.have.length(1);
      expect((await hits('slow-valid')) - before, 'requests the server saw').to.equal(1);
      expect(errors.events).to.deep.equal([]);
      expect(warn.messages).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  }

  /** The reasons of the health-error events heard so far. */
  const reasons = () => errors.events.map((event) => event.detail.reason);

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      describe('topic', () => {
        it(`with no topic, shows the default pack "${DEFAULT_TOPIC_ID}" without a network request`, async () => {
          const fetches = spyFetch();
          try {
            const el = await widget(`<${tag}></${tag}>`);
            expect(el.topic).to.equal(null);
            expect(el.hasAttribute('topic')).to.equal(false);
            expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
            expect(isBusy(el)).to.equal(false);
            expect(errorOf(el)).to.equal(null);
            expect(queryAllByPart(el, 'sources')).to.have.length(1);
            expect(fetches.calls).to.deep.equal([]);
            expect(warn.messages).to.deep.equal([]);
          } finally {
            fetches.restore();
          }
        });

        it('has an open shadow root and one base part', async () => {
          const el = await widget(`<${tag} topic="${PLANT}"></${tag}>`);
          expect(el.shadowRoot?.mode).to.equal('open');
          expect(queryAllByPart(el, 'base')).to.have.length(1);
        });

        it('shows a registered pack named by the attribute, and by the property', async () => {
          const pack = registerVariant((variant) => {
            variant.symptoms[0].label = 'A sign of the registered pack';
            variant.conditions[0].label = 'A condition of the registered pack';
            variant.situation[0].question = 'A question of the registered pack?';
            variant.comparison[0].label = 'A row of the registered pack';
          }, 'registered');
          const el = await widget(`<${tag} topic="${pack.id}"></${tag}>`);
          expect(el.topicData).to.equal(pack);
          shows(el, pack);
          el.topic = PLANT;
          await el.updateComplete;
          expect(el.getAttribute('topic'), 'reflected').to.equal(PLANT);
          shows(el, plantTopic);
          // No topic: the default pack again.
          el.removeAttribute('topic');
          await el.updateComplete;
          expect(el.topic).to.equal(null);
          expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
          expect(warn.messages).to.deep.equal([]);
        });

        it('an unknown topic waits, busy and quiet, then shows a polite error in place, fires one health-error and warns once', async () => {
          const id = uniqueId('unknown');
          const started = performance.now();
          const el = await widget(`<${tag} topic="${id}"></${tag}>`);
          expect(squash(getByRole(el, 'status').textContent)).to.equal(en.loading);
          expect(isBusy(el)).to.equal(true);
          expect(el.topicData).to.equal(null);
          await sleep(HealthElement.topicWaitMs / 2);
          expect(isBusy(el), 'still loading half-way').to.equal(true);
          expect(errorOf(el)).to.equal(null);
          expect(errors.events).to.deep.equal([]);
          expect(warn.messages).to.deep.equal([]);

          await whenError(el);
          expect(performance.now() - started, 'not before the wait is over').to.be.at.least(HealthElement.topicWaitMs);
          expect(isBusy(el)).to.equal(false);
          expect(getByRole(el, 'status')).to.equal(errorOf(el));
          expect(textOf(el)).to.include(en.errorTitle).and.include(en.errorUnknownTopic);
          expect(el.topicData).to.equal(null);
          expect(errors.events).to.have.length(1);
          const [event] = errors.events;
          expect(event.target).to.equal(el);
          expect(event.bubbles && event.composed).to.equal(true);
          expect(event.detail).to.deep.equal({ reason: 'unknown-topic', message: `No topic pack is registered as "${id}".` });
          expectOneWarning(warn, `<${tag}>`, `"${id}"`);
        });

        it('recovers from its error in place: a topic that is registered, or src taken away', async () => {
          const recoveries: Array<[string, (el: HealthElement) => void]> = [
            ['topic="no-such-topic"', (el) => (el.topic = PLANT)],
            [`topic="${PLANT}" src="${route('not-found')}"`, (el) => (el.src = null)],
          ];
          for (const [attributes, recover] of recoveries) {
            const el = await widget(`<${tag} ${attributes}></${tag}>`);
            await whenError(el);
            recover(el);
            await el.updateComplete;
            expect(errorOf(el), attributes).to.equal(null);
            shows(el, plantTopic);
          }
        });

        it('a pack registered after the element gave up is shown, without a reload', async () => {
          const id = uniqueId('late');
          const el = await widget(`<${tag} topic="${id}"></${tag}>`);
          await whenError(el);
          const late = registerTopic({ ...clonePack(), id, title: 'A late pack' });
          await el.updateComplete;
          expect(el.topicData).to.equal(late);
          shows(el, late);
          expect(errorOf(el)).to.equal(null);
        });

        it('a pack registered during the wait is shown, and no error comes, then or later', async () => {
          const id = uniqueId('in-time');
          const el = await widget(`<${tag} topic="${id}"></${tag}>`);
          await sleep(HealthElement.topicWaitMs / 2);
          expect(isBusy(el)).to.equal(true);
          const pack = registerTopic({ ...clonePack(), id });
          await el.updateComplete;
          expect(isBusy(el)).to.equal(false);
          shows(el, pack);
          await sleep(HealthElement.topicWaitMs * 2);
          expect(el.topicData).to.equal(pack);
          expect(errors.events).to.deep.equal([]);
          expect(warn.messages).to.deep.equal([]);
        });

        it('a new topic during the wait starts the wait again, for that topic only', async () => {
          const [first, second] = [uniqueId('first'), uniqueId('second')];
          const started = performance.now();
          const el = await widget(`<${tag} topic="${first}"></${tag}>`);
          await sleep(HealthElement.topicWaitMs / 2);
          el.topic = second;
          await el.updateComplete;
          await sleep(HealthElement.topicWaitMs * 0.75);
          expect(performance.now() - started).to.be.at.least(HealthElement.topicWaitMs);
          expect(isBusy(el), 'the second wait still runs').to.equal(true);
          expect(errors.events).to.deep.equal([]);
          await whenError(el);
          expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
            `No topic pack is registered as "${second}".`,
          ]);
          expectOneWarning(warn, `"${second}"`);
        });

        it('registering a new version of the pack it shows updates it; once removed, it stops listening', async () => {
          const first = registerVariant(() => {}, 'versioned');
          const el = await widget(`<${tag} topic="${first.id}"></${tag}>`);
          const second = registerTopic({ ...clonePack(), id: first.id, version: '1.0.1' });
          await el.updateComplete;
          expect(el.topicData).to.equal(second);
          el.remove();
          registerTopic({ ...clonePack(), id: first.id, version: '1.0.2' });
          expect(el.topicData?.version).to.equal('1.0.1');
        });
      });

      describe('src', () => {
        it('loads a pack from a URL and shows it; set as a property, too', async () => {
          const served = (await (await fetch(route('valid'))).json()) as Topic;
          const el = await widget(`<${tag} src="${route('valid')}"></${tag}>`);
          await whenReady(el);
          expect(el.topicData?.id).to.equal(served.id);
          shows(el, el.topicData!);
          el.src = packUrl(plantTopic);
          await el.updateComplete;
          await whenReady(el);
          expect(el.topicData?.id).to.equal(PLANT);
          shows(el, el.topicData!);
          expect(warn.messages).to.deep.equal([]);
        });

        it('shows a loading status (role=status, aria-busy) until the pack arrives, and passes axe meanwhile', async () => {
          const el = await widget(`<${tag} src="${route('slow-valid')}"></${tag}>`);
          const status = getByRole(el, 'status');
          expect(status.getAttribute('aria-busy')).to.equal('true');
          expect(squash(status.textContent)).to.equal(en.loading);
          expect(queryAllByRole(el, 'heading')).to.be.empty;
          expect(el.topicData).to.equal(null);
          await expect(el).to.be.accessible();
          await whenReady(el);
          expect(isBusy(el)).to.equal(false);
          shows(el, el.topicData!);
        });

        for (const failure of FAILURES) {
          const { reason, status, fragment, shown, path } = failure;
          it(`${failure.route ?? 'an unreachable URL'}: shows the error in place, fires health-error {reason: '${reason}'} and warns once`, async () => {
            const src = failure.route ? route(failure.route) : unreachable();
            const load = async () => {
              const created = await widget(`<${tag} src="${src}"></${tag}>`);
              await whenError(created);
              return created;
            };
            const el = await (reason === 'timeout' ? withShortTimeout(load) : load());
            expect(textOf(el)).to.include(en.errorTitle).and.include(shown);
            expect(el.topicData).to.equal(null);
            expect(errors.events).to.have.length(1);
            const { detail } = errors.events[0];
            expect(detail.reason).to.equal(reason);
            expect(detail.src).to.equal(src);
            expect(detail.message).to.include(fragment);
            if (status === undefined) expect(detail).to.not.have.property('status');
            else expect(detail.status).to.equal(status);
            if (path === undefined) expect(detail).to.not.have.property('path');
            else expect(detail.path).to.equal(path);
            expectOneWarning(warn, `<${tag}>`, fragment);
          });
        }

        it('changing src aborts the old load', async () => {
          const fetches = spyFetch();
          try {
            const el = await widget(`<${tag} src="${route('slow-valid')}"></${tag}>`);
            await waitUntil(() => fetches.calls.length === 1, 'the slow load to start');
            el.src = route('not-found');
            await el.updateComplete;
            expect(fetches.calls[0].signal?.aborted, 'the old request is aborted').to.equal(true);
            await whenError(el);
            expect(reasons()).to.deep.equal(['http']);
            expectOneWarning(warn, 'HTTP 404');
          } finally {
            fetches.restore();
          }
        });

        // The slow routes serve the built-in pack: a pack they load has the default id.
        it('a late response for an older src overwrites neither a newer pack nor a newer error', async () => {
          // A second element keeps the shared request for the slow URL alive, so its answer
          // does arrive after the first elements have moved on.
          const slow = route('slow-valid');
          const wrapper = await fixture<HTMLDivElement>(`<div>
            <${tag} src="${slow}"></${tag}><${tag} src="${slow}"></${tag}><${tag} src="${slow}"></${tag}>
          </div>`);
          const [toPack, toError, keeper] = [...wrapper.children] as HealthElement[];
          toPack.src = route('hostile');
          toError.src = route('not-found');
          await whenReady(toPack);
          await whenError(toError);
          await whenReady(keeper, 'the slow pack to arrive');
          await sleep(20);
          expect(keeper.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
          expect(toPack.topicData?.id, 'the late pack must not replace the newer one').to.equal('hostile-pack');
          shows(toPack, toPack.topicData!);
          expect(toError.topicData).to.equal(null);
          expect(errorOf(toError)).to.not.equal(null);
          expectOneWarning(warn, 'HTTP 404');
        });

        it('removed while loading: the load is aborted quietly, no event comes after; put back, it loads again', async () => {
          const fetches = spyFetch();
          const ready = recordEvents(document, 'health-ready');
          try {
            const wrapper = await fixture<HTMLDivElement>(`<div><${tag} src="${route('slow-valid')}"></${tag}></div>`);
            const el = wrapper.firstElementChild as HealthElement;
            await waitUntil(() => fetches.calls.length === 1, 'the load to start');
            el.remove();
            // Not at once: a move (removal and insertion in one task) keeps the load.
            expect(fetches.calls[0].signal?.aborted, 'not aborted within the task').to.equal(false);
            await Promise.resolve();
            expect(fetches.calls[0].signal?.aborted, 'the request is aborted').to.equal(true);
            await sleep(600);
            expect(errors.events, 'an abort is not an error').to.deep.equal([]);
            expect(ready.events, 'nor is anything ready').to.deep.equal([]);
            expect(warn.messages).to.deep.equal([]);
            expect(el.topicData).to.equal(null);

            wrapper.append(el);
            await whenReady(el);
            expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
            expect(ready.events.length === 1 && ready.events[0].target === el, 'ready once, when shown').to.equal(true);
            expect(errors.events).to.deep.equal([]);
          } finally {
            ready.stop();
            fetches.restore();
          }
        });

        it('moved while its src loads, it keeps its load: one request, never aborted', async () => {
          await oneLoadFor([tag], async ([el], [from, to], requests) => {
            // A move is a removal and an insertion in one task.
            to.append(el);
            await sleep(0);
            expect(requests()[0].signal?.aborted, 'a move does not abort the request').to.equal(false);
            from.append(el);
          });
        });
      });

      describe('heading-level', () => {
        it('defaults to 2: the main heading at level 2, every other one deeper, the sources at 3', async () => {
          const el = await widget(`<${tag} topic="${PLANT}"></${tag}>`);
          const [main, ...rest] = headings(el);
          expect(main.level).to.equal(2);
          expect(rest.every((h) => h.level > 2 && h.level <= 6)).to.equal(true);
          expect(rest.find((h) => h.text === en.sources)?.level).to.equal(3);
          expect(warn.messages).to.deep.equal([]);
        });

        for (const level of [3, 4, 5, 6]) {
          it(`${level}: the main heading at ${level}, the sections below it, never deeper than 6`, async () => {
            const el = await widget(`<${tag} topic="${PLANT}" heading-level="${level}"></${tag}>`);
            const [main, ...rest] = headings(el);
            expect(main.level).to.equal(level);
            expect(rest.find((h) => h.text === en.sources)?.level).to.equal(Math.min(6, level + 1));
            expect(rest.every((h) => h.level >= Math.min(6, level + 1) && h.level <= 6)).to.equal(true);
            expect(warn.messages).to.deep.equal([]);
          });
        }

        for (const bad of ['9', 'x', '1', '2.5']) {
          it(`"${bad}" falls back to level 2 and warns exactly once`, async () => {
            const el = await widget(`<${tag} topic="${PLANT}" heading-level="${bad}"></${tag}>`);
            expect(headings(el)[0].level).to.equal(2);
            expect(headings(el).find((h) => h.text === en.sources)?.level).to.equal(3);
            el.requestUpdate();
            await el.updateComplete;
            expectOneWarning(warn, `<${tag}>`, 'heading-level', 'from 2 to 6');
          });
        }

        it('follows a change of the attribute; removing it goes back to 2 without a warning', async () => {
          const el = await widget(`<${tag} topic="${PLANT}" heading-level="4"></${tag}>`);
          expect(headings(el)[0].level).to.equal(4);
          el.setAttribute('heading-level', '5');
          await el.updateComplete;
          expect(headings(el)[0].level).to.equal(5);
          el.removeAttribute('heading-level');
          await el.updateComplete;
          expect(headings(el)[0].level).to.equal(2);
          expect(warn.messages).to.deep.equal([]);
        });
      });

      describe('lang', () => {
        it('lang="es" shows the Spanish pack with the Spanish UI; no lang, the English one; a change of lang switches both', async () => {
          const spanish = await widget(`<${tag} topic="${PLANT}" lang="es"></${tag}>`);
          expectShown(spanish, plantEs, es, 'es');
          const english = await widget(`<${tag} topic="${PLANT}"></${tag}>`);
          expectShown(english, plantTopic, en, 'en');
          english.setAttribute('lang', 'es');
          await english.updateComplete;
          expectShown(english, plantEs, es, 'es');
          english.lang = 'en';
          await english.updateComplete;
          expectShown(english, plantTopic, en, 'en');
          // Pack text in the language of the UI is not marked again.
          expect(marked(spanish)).to.deep.equal([]);
          expect(marked(english)).to.deep.equal([]);
          expect(warn.messages).to.deep.equal([]);
        });

        it('lang="es" shows the Spanish safety frame and About block, with no English left in them', async () => {
          const el = await widget(`<${tag} topic="${PLANT}" lang="es"></${tag}>`);
          const frame = textOf(getByPart(el, 'safety'));
          for (const statement of [plantEs.guidance.notDiagnosis, plantEs.guidance.confirm, plantEs.guidance.safetyNet]) {
            expect(frame).to.include(statement.text);
          }
          for (const statement of Object.values(plantTopic.guidance)) expect(frame).to.not.include(statement.text);
          const about = queryAllByPart(el, 'about');
          if (tag === 'health-comparison-table') expect(about, 'the table has no About block').to.have.length(0);
          else {
            expect(textOf(about[0]), 'closed, only its line shows').to.equal(es.aboutTitle);
            getByText(about[0], es.aboutTitle).click();
            await el.updateComplete;
            const text = textOf(about[0]);
            expect(text)
              .to.include(plantEs.summary.text)
              .and.include(plantEs.background[0].text)
              .and.not.include(plantTopic.summary.text);
          }
        });

        it('a regional tag (es-MX) picks the Spanish pack; a language the topic lacks (fr) its first one, English', async () => {
          expect(topicLanguages(PLANT)).to.deep.equal(['en', 'es']);
          expectShown(await widget(`<${tag} topic="${PLANT}" lang="es-MX"></${tag}>`), plantEs, es, 'es');
          expect(warn.messages).to.deep.equal([]);
          const french = await widget(`<${tag} topic="${PLANT}" lang="fr"></${tag}>`);
          expectShown(french, plantTopic, en, 'en');
          expect(marked(french)).to.deep.equal([]);
          // No French strings nor pack: it says so, once.
          expectOneWarning(warn, `<${tag}>`, 'lang="fr"', 'registerStrings');
        });

        it("is inherited from an ancestor's lang, across a shadow root, and follows a change of it", async () => {
          const wrapper = await fixture<HTMLDivElement>(
            `<div lang="es"><section><${tag} topic="${PLANT}"></${tag}></section></div>`,
          );
          const el = wrapper.querySelector(tag) as HealthElement;
          await el.updateComplete;
          expectShown(el, plantEs, es, 'es');
          wrapper.lang = 'en';
          el.requestUpdate();
          await el.updateComplete;
          expectShown(el, plantTopic, en, 'en');

          const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
          const inner = document.createElement(tag);
          inner.topic = PLANT;
          host.attachShadow({ mode: 'open' }).append(inner);
          await inner.updateComplete;
          expectShown(inner, plantEs, es, 'es');
        });

        it("without any lang around it, follows the document's lang, also when a script changes it", async () => {
          await withPageLang('es', async () => {
            const el = await widget(`<${tag} topic="${PLANT}"></${tag}>`);
            expectShown(el, plantEs, es, 'es');
            document.documentElement.lang = 'en-GB';
            await waitUntil(() => el.topicData === plantTopic, 'the widget to follow <html lang="en-GB">');
            await el.updateComplete;
            expectShown(el, plantTopic, en, 'en');
          });
        });

        it('removed from the page, it does not follow <html lang>; put back, it speaks the new language', async () => {
          await withPageLang('en', async () => {
            const wrapper = await fixture<HTMLDivElement>(`<div><${tag} topic="${PLANT}"></${tag}></div>`);
            const el = wrapper.firstElementChild as HealthElement;
            el.remove();
            document.documentElement.lang = 'es';
            await sleep(20);
            await el.updateComplete;
            expect(el.topicData, 'a removed widget is left alone').to.equal(plantTopic);
            wrapper.append(el);
            await waitUntil(() => el.topicData === plantEs, 'the widget put back to speak the page language');
            await el.updateComplete;
            expectShown(el, plantEs, es, 'es');
          });
        });

        it('a Spanish pack loaded by src shows the Spanish UI on an English page', async () => {
          const src = packUrl(spanishPlantPack(uniqueId('src-es')));
          try {
            const wrapper = await fixture<HTMLDivElement>(`<div lang="en"><${tag} src="${src}"></${tag}></div>`);
            const el = wrapper.firstElementChild as HealthElement;
            await whenReady(el);
            expectShown(el, el.topicData!, es, 'es');
            expect(marked(el)).to.deep.equal([]);
            expect(warn.messages).to.deep.equal([]);
          } finally {
            URL.revokeObjectURL(src);
          }
        });

        it('its loading status and its error speak the language asked for, left to right', async () => {
          const loading = await widget(`<${tag} lang="es" src="${route('slow-valid')}"></${tag}>`);
          expect(squash(getByRole(loading, 'status').textContent)).to.equal(es.loading);
          expect([getByPart(loading, 'base').lang, getByPart(loading, 'base').dir]).to.deep.equal(['es', 'ltr']);
          const failed = await widget(`<${tag} lang="es" topic="nope"></${tag}>`);
          await whenError(failed);
          expect(textOf(failed)).to.include(es.errorTitle).and.include(es.errorUnknownTopic);
          expect([getByPart(failed, 'base').lang, getByPart(failed, 'base').dir]).to.deep.equal(['es', 'ltr']);
          await expect(failed).to.be.accessible();
          await whenReady(loading);
          expectOneWarning(warn, '"nope"');
        });

        it('on a right-to-left page (dir="rtl" lang="ar", no Arabic pack or UI), an English widget is left to right', async () => {
          const wrapper = await fixture<HTMLDivElement>(`<div dir="rtl" lang="ar"><${tag} topic="${PLANT}"></${tag}></div>`);
          const el = wrapper.firstElementChild as HealthElement;
          await el.updateComplete;
          expectShown(el, plantTopic, en, 'en');
          const base = getByPart(el, 'base');
          expect(base.dir).to.equal('ltr');
          expect(getComputedStyle(base).direction).to.equal('ltr');
          expect(getComputedStyle(wrapper).direction, 'the page stays right to left').to.equal('rtl');
          const loading = await fixture<HTMLDivElement>(
            `<div dir="rtl" lang="ar"><${tag} src="${route('slow-valid')}"></${tag}></div>`,
          );
          const busy = loading.firstElementChild as HealthElement;
          expect(squash(getByRole(busy, 'status').textContent), 'English loading text').to.equal(en.loading);
          expect(getByPart(busy, 'base').dir).to.equal('ltr');
          await whenReady(busy);
          // Neither Arabic strings nor an Arabic pack: each widget says so, once.
          expect(warn.messages).to.have.length(2);
          for (const message of warn.messages) expect(message).to.include(`<${tag}>`).and.include('lang="ar"');
        });

        it('a pack in a language without UI strings (fr): the English UI, its text marked lang="fr", one warning', async () => {
          const french = registerTopic(frenchPlantPack(uniqueId('fr')));
          const el = await widget(`<${tag} topic="${french.id}"></${tag}>`);
          expect(el.topicData).to.equal(french);
          expect(getByPart(el, 'base').lang).to.equal('en');
          expect(headingTexts(el)).to.include(SEEN[tag].ui(en));
          expect(marked(el).every((node) => node.lang === 'fr')).to.equal(true);
          const texts = marked(el).map((node) => squash(node.textContent));
          expect(texts).to.include(SEEN[tag].pack(french)).and.not.include(SEEN[tag].ui(en));
          el.requestUpdate();
          await el.updateComplete;
          expectOneWarning(warn, `<${tag}>`, '"fr"', 'registerStrings');
          await expect(el).to.be.accessible();
        });

        it('a right-to-left pack (he) without UI strings: the English UI left to right, its text in spans with lang="he" dir="rtl"', async () => {
          const hebrew = registerTopic(hebrewPlantPack(uniqueId('he')));
          const el = await widget(`<${tag} topic="${hebrew.id}"></${tag}>`);
          expect(el.topicData).to.equal(hebrew);
          const base = getByPart(el, 'base');
          expect([base.lang, base.dir]).to.deep.equal(['en', 'ltr']);
          expect(headingTexts(el)).to.include(SEEN[tag].ui(en));
          expect(marked(el)).to.not.be.empty;
          for (const node of marked(el)) {
            expect([node.lang, node.dir], squash(node.textContent)).to.deep.equal(['he', 'rtl']);
            expect(getComputedStyle(node).direction).to.equal('rtl');
          }
          expect(marked(el).map((node) => squash(node.textContent))).to.include(SEEN[tag].pack(hebrew));
          el.requestUpdate();
          await el.updateComplete;
          expectOneWarning(warn, `<${tag}>`, '"he"', 'registerStrings');
        });
      });

      describe('safety frame', () => {
        it('alone on a page, it ends with it: not a diagnosis, how it is confirmed, where to get help; then the sources', async () => {
          const wrapper = await fixture<HTMLElement>(`<main><${tag} topic="${PLANT}"></${tag}></main>`);
          const el = wrapper.firstElementChild as HealthElement;
          await el.updateComplete;
          const frame = getByPart(el, 'safety');
          const { notDiagnosis, confirm, safetyNet } = plantTopic.guidance;
          // The guide is source 1, the plant club source 2.
          expect(queryAllByRole(frame, 'paragraph').map((p) => textOf(p))).to.deep.equal([
            `${notDiagnosis.text} ${en.source} [1]`,
            `${confirm.text} ${en.source} [2]`,
            `${safetyNet.text} ${en.source} [2]`,
          ]);
          const sources = getByPart(el, 'sources');
          const everything = [...getByPart(el, 'base').querySelectorAll('*')];
          expect(inOrder(frame, sources), 'the sources follow it').to.equal(true);
          expect(sources.contains(everything.at(-1)!), 'nothing after the sources').to.equal(true);
          const controls = ['checkbox', 'radio', 'button', 'table'].flatMap((role) => queryAllByRole(el, role));
          for (const control of controls) expect(inOrder(control, frame), `after ${control.localName}`).to.equal(true);
          expect(isHidden(frame)).to.equal(false);
          expect(warn.messages).to.deep.equal([]);
        });
      });

      describe('defined twice', () => {
        it('defining the taken tag again (a second copy of the script) does not throw and keeps the first class', async () => {
          const original = customElements.get(tag);
          expect(original).to.exist;
          expect(() => defineElement(tag, class extends HTMLElement {})).to.not.throw();
          expect(customElements.get(tag)).to.equal(original);
          shows(await widget(`<${tag} topic="${PLANT}"></${tag}>`), plantTopic);
        });
      });

      describe('accessibility (axe)', () => {
        it('showing its pack, in English and in Spanish', async () => {
          await expect(await widget(`<${tag} topic="${PLANT}"></${tag}>`)).to.be.accessible();
          await expect(await widget(`<${tag} topic="${PLANT}" lang="es"></${tag}>`)).to.be.accessible();
        });

        it('showing its error', async () => {
          const el = await widget(`<${tag} topic="nope"></${tag}>`);
          await whenError(el);
          expect(reasons()).to.deep.equal(['unknown-topic']);
          await expect(el).to.be.accessible();
        });
      });
    });
  }

  describe('all three together', () => {
    it('three elements with one src, moved around in several tasks, make one request between them', async () => {
      await oneLoadFor(TAGS, async (elements, [a, b, c]) => {
        // What a site's script might do while the pack loads: spread them out, reorder, gather them.
        b.append(elements[0]);
        c.prepend(elements[2]);
        await sleep(20);
        a.prepend(elements[2]);
        elements[0].before(elements[1]);
        await sleep(20);
        c.append(...elements);
      });
    });

    it('removing one of three for good lets the others finish; put back later, it costs no request', async () => {
      await oneLoadFor(TAGS, async ([removed, ...kept], [place], requests) => {
        removed.remove();
        await sleep(0);
        expect(requests()[0].signal?.aborted, 'the others still wait for it').to.equal(false);
        for (const el of kept) await whenReady(el);
        expect(removed.topicData).to.equal(null);
        place.prepend(removed);
      });
    });

    it('a Spanish pack registered after the elements showed the English one switches them to Spanish, quietly, keeping answers', async () => {
      const english = registerVariant(() => {}, 'late-es');
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="es">${TAGS.map((tag) => `<${tag} topic="${english.id}"></${tag}>`).join('')}</div>`,
      );
      const elements = [...wrapper.children] as HealthElement[];
      await Promise.all(elements.map((el) => el.updateComplete));
      // Until a Spanish pack exists, the English one is shown, with the English UI.
      for (const el of elements) expectShown(el, english, en, 'en');
      control(elements[0], english.symptoms[0].label).click();
      await elements[0].updateComplete;

      const spanish = registerTopic(spanishPlantPack(english.id));
      await Promise.all(elements.map((el) => el.updateComplete));
      for (const el of elements) expectShown(el, spanish, es, 'es');
      // The same topic in another language keeps the person's answers.
      expect(control(elements[0], spanish.symptoms[0].label).checked).to.equal(true);
      await aTimeout(0);
      expect(errors.events).to.deep.equal([]);
      expect(warn.messages).to.deep.equal([]);
    });

    it('a change of <html lang> re-renders the widgets that inherit it, keeping answers, and not the others', async () => {
      await withPageLang('en', async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div>
          ${TAGS.map((tag) => `<${tag} topic="${PLANT}"></${tag}>`).join('')}
          <health-symptom-checklist topic="${PLANT}" lang="en"></health-symptom-checklist>
        </div>`);
        const elements = [...wrapper.children] as HealthElement[];
        await Promise.all(elements.map((el) => el.updateComplete));
        const inheriting = elements.slice(0, 3);
        control(elements[0], plantTopic.symptoms[0].label).click();
        await elements[0].updateComplete;
        // No requestUpdate, no event: the page's script only changes the attribute.
        document.documentElement.lang = 'es';
        await waitUntil(() => inheriting.every((el) => el.topicData === plantEs), 'the widgets to follow <html lang="es">');
        await Promise.all(elements.map((el) => el.updateComplete));
        for (const el of inheriting) expectShown(el, plantEs, es, 'es');
        expect(control(elements[0], plantEs.symptoms[0].label).checked, 'the answer stays').to.equal(true);
        expectShown(elements[3], plantTopic, en, 'en');
        expect(warn.messages).to.deep.equal([]);
      });
    });

    it('a second copy of the library (the built drop-in) on the page throws nothing and leaves the elements working', async () => {
      const uncaught: string[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.message);
      window.addEventListener('error', onError);
      try {
        const classes = TAGS.map((tag) => customElements.get(tag));
        await import(/* @vite-ignore */ `${location.origin}/dist/health-widgets.js`);
        expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(classes);
        for (const tag of TAGS) shows(await widget(`<${tag} topic="${PLANT}"></${tag}>`), plantTopic);
        expect(uncaught).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  });
});

/** The element's own content check, for the tests outside a tag's describe. */
function shows(el: HealthElement, topic: Topic): void {
  expect(CONTENT[el.localName as Tag](el, topic), `${el.localName} shows ${topic.id}`).to.exist;
}
