/**
 * The base class every element shares (topic / src resolution, the default pack, loading and
 * error states, heading level, language and UI strings, pack labels, the page-wide pack store,
 * health-error), seen through <health-symptom-checklist> and, where it is cheap, all three tags.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defineElement } from '../../src/elements/health-element.js';
import { PACK_FORMAT } from '../../src/model/index.js';
import {
  DEFAULT_TOPIC_ID,
  defaultTopicId,
  getTopic,
  HealthElement,
  registerStrings,
  registerTopic,
  topicLanguages,
  type HealthErrorEvent,
  type HealthSymptomChecklist,
  type Strings,
  type Topic,
} from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import {
  click,
  clonePack,
  control,
  expectOneWarning,
  headings,
  part,
  parts,
  PLANT,
  plantTopic,
  recordEvents,
  root,
  route,
  shownText,
  sleep,
  spyFetch,
  spyWarn,
  squash,
  uniqueId,
  whenError,
  whenReady,
  type WarnSpy,
} from './helpers.js';

type Checklist = HealthSymptomChecklist;

const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;
type Tag = (typeof TAGS)[number];

/**
 * The plant pack in Spanish under the given id (by default the plant pack's own id): the same
 * ids, with the texts each widget shows in Spanish. Cloned from the English pack, so whatever it
 * does not translate stays English: the texts every widget shows (the About block, the safety
 * frame) and the urgent card are translated here.
 */
function spanishPack(id = PLANT): Topic {
  const pack = clonePack();
  pack.id = id;
  pack.lang = 'es';
  pack.title = 'Manchas en las hojas de las plantas de interior';
  pack.summary.text = 'Las manchas en las hojas tienen unas pocas causas comunes.';
  pack.background[0].text = 'Casi todas las manchas vienen de la luz, del agua o de insectos pequeños.';
  pack.labels = { checklistTitle: '¿Qué ve en su planta?' };
  pack.careCards.urgent = {
    title: 'Aparte hoy la planta de las demás',
    text: 'Una planta que se marchita entera puede pasar un problema a las demás.',
    source: ['guide'],
  };
  pack.guidance.notDiagnosis.text = 'Esto es una guía, no un diagnóstico de su planta.';
  pack.guidance.confirm.text = 'En una tienda de plantas pueden mirar una hoja para estar seguros.';
  pack.guidance.safetyNet.text = 'Si muchas plantas enferman a la vez, pregunte hoy en una tienda de plantas.';
  pack.conditions[0].label = 'Un hongo';
  pack.conditions[1].label = 'Demasiado sol';
  pack.conditions[2].label = 'Insectos pequeños';
  pack.categories[0].label = 'En las hojas';
  pack.categories[1].label = 'En los tallos';
  pack.categories[2].label = 'En la tierra';
  pack.symptoms[0].label = 'Manchas marrones con un anillo amarillo';
  pack.symptoms[4].label = 'Toda la planta se marchita';
  pack.patterns[0].question = '¿Dónde está la planta?';
  pack.comparison[0].label = 'Cómo son las manchas';
  pack.situation[0].question = '¿Qué tamaño tiene la planta?';
  return pack;
}

/** The plant pack in French, a language with no UI strings until a test registers them. */
function frenchPack(id: string): Topic {
  const pack = clonePack();
  pack.id = id;
  pack.lang = 'fr';
  pack.categories[0].label = 'Sur les feuilles';
  pack.symptoms[0].label = 'Taches brunes avec un anneau jaune';
  pack.patterns[0].question = 'Où se trouve la plante ?';
  pack.conditions[0].label = 'Un champignon';
  pack.situation[0].question = 'Quelle est la taille de la plante ?';
  return pack;
}

/**
 * The plant pack in Hebrew, a language written right to left, with no UI strings in this file:
 * the texts each widget shows (SEEN) are translated.
 */
function hebrewPack(id: string): Topic {
  const pack = clonePack();
  pack.id = id;
  pack.lang = 'he';
  pack.categories[0].label = 'על העלים';
  pack.symptoms[0].label = 'כתמים חומים עם טבעת צהובה';
  pack.patterns[0].question = 'איפה עומד הצמח?';
  pack.conditions[0].label = 'פטרייה';
  pack.situation[0].question = 'מה גודל הצמח?';
  return pack;
}

/** The Spanish plant pack, registered under the plant pack's id, after the English one. */
const plantEs = registerTopic(spanishPack());

/** A pack as JSON at a URL of its own, for `src` (a blob URL: no server route serves test packs). */
function packUrl(pack: Topic): string {
  return URL.createObjectURL(new Blob([JSON.stringify(pack)], { type: 'application/json' }));
}

/**
 * For each tag, a UI heading that is not in the plant pack's labels (so it shows the UI
 * string) and a pack text the element shows, to tell which language each comes in.
 */
const SEEN: Record<Tag, { ui: (t: Strings) => string; pack: (topic: Topic) => string }> = {
  'health-symptom-checklist': { ui: (t) => t.patternsTitle, pack: (topic) => topic.categories[0].label },
  'health-comparison-table': { ui: (t) => t.tableTitle, pack: (topic) => topic.conditions[0].label },
  'health-treatment-explainer': { ui: (t) => t.explainerTitle, pack: (topic) => topic.situation[0].question },
};

/** The element shows `topic`, its UI speaks `t`, and its content is marked with `lang`. */
function expectShown(el: HealthElement, topic: Topic, t: Strings, lang: string): void {
  const tag = el.localName as Tag;
  const other = t === en ? es : en;
  expect(el.topicData, `<${tag}> shows the ${topic.lang} pack`).to.equal(topic);
  expect(part(el, '[part="base"]').lang, `<${tag}> content lang`).to.equal(lang);
  const texts = headings(el).map((heading) => heading.text);
  expect(texts, `<${tag}> UI heading`).to.include(SEEN[tag].ui(t));
  expect(texts, `<${tag}> UI heading`).to.not.include(SEEN[tag].ui(other));
  expect(shownText(el), `<${tag}> pack text`).to.include(SEEN[tag].pack(topic));
}

/** The button whose text is `name`. */
function button(el: Element, name: string): HTMLButtonElement {
  const found = parts<HTMLButtonElement>(el, 'button').find((b) => squash(b.textContent) === name);
  expect(found, `expected a button "${name}"`).to.exist;
  return found!;
}

/** Creates a checklist while recording the health-error events it fires (they fire during the first update). */
async function withErrors(template: ReturnType<typeof html>) {
  const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
  try {
    const el = await fixture<Checklist>(template);
    // health-error is dispatched after the task that found the problem.
    await aTimeout(0);
    return { el, errors: errors.events, stop: errors.stop };
  } catch (error) {
    errors.stop();
    throw error;
  }
}

/** How often the test server has answered a route of `/test-routes/` (by name, whatever the query). */
async function hits(name: string): Promise<number> {
  return (await (await fetch(`/test-routes/hits/${name}`)).json()) as number;
}

/** The urgent sign of the plant pack and the text of the urgent card's heading for `title`. */
const RED_FLAG = 'whole-plant-wilts';
const urgentHeading = (title: string, t: Strings = en) => `${t.urgentPrefix.trim()} ${title}`;

describe('HealthElement (base class)', () => {
  let warn: WarnSpy;
  beforeEach(() => {
    warn = spyWarn();
  });
  afterEach(() => {
    warn.restore();
  });

  describe('topic', () => {
    for (const tag of TAGS) {
      it(`<${tag}> with no topic shows the default pack "${DEFAULT_TOPIC_ID}" without a network request`, async () => {
        const fetches = spyFetch();
        try {
          const el = await fixture<HealthElement>(`<${tag}></${tag}>`);
          expect(el.topic).to.equal(null);
          expect(el.hasAttribute('topic')).to.equal(false);
          expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
          expect(parts(el, '[aria-busy]')).to.be.empty;
          expect(parts(el, '[part="error"]')).to.be.empty;
          expect(parts(el, '[part="sources"]')).to.have.length(1);
          expect(fetches.calls).to.deep.equal([]);
          expect(warn.messages).to.deep.equal([]);
        } finally {
          fetches.restore();
        }
      });
    }

    it('the default pack is the first one registered on the page, even after others', () => {
      expect(defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
      expect(getTopic(PLANT)).to.equal(plantTopic);
    });

    it('shows any registered pack by its id', async () => {
      const pack = clonePack();
      pack.id = uniqueId('registered');
      pack.categories[0].label = 'Registered leaf signs';
      registerTopic(pack);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${pack.id}></health-symptom-checklist>`);
      expect(el.topicData?.id).to.equal(pack.id);
      expect(part(el, 'legend').textContent).to.equal('Registered leaf signs');
    });

    it('a pack registered after the element gave up on its topic is shown, without a reload', async () => {
      const id = uniqueId('late');
      const { el, stop } = await withErrors(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      // It gives up once the wait for a pack on its way (topicWaitMs) is over.
      await whenError(el);
      stop();
      expect(part(el, '[part="error"]')).to.exist;
      registerTopic({ ...clonePack(), id, title: 'A late pack' });
      await el.updateComplete;
      expect(el.topicData?.id).to.equal(id);
      expect(control(el, 'Brown spots with a yellow ring').type).to.equal('checkbox');
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });

    it('registering a new version of the pack it shows updates the element', async () => {
      const id = uniqueId('versioned');
      registerTopic({ ...clonePack(), id });
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      const changed = clonePack();
      changed.symptoms[0].label = 'A relabelled sign';
      registerTopic({ ...changed, id, version: '1.0.1' });
      await el.updateComplete;
      expect(shownText(el)).to.include('A relabelled sign');
      el.remove();
      // A removed element stops listening: registering again must not touch it.
      registerTopic({ ...changed, id, version: '1.0.2' });
      expect(el.topicData?.version).to.equal('1.0.1');
    });

    it('an unknown topic shows a polite error in place, fires one health-error and warns once', async () => {
      const { el, errors, stop } = await withErrors(
        html`<health-symptom-checklist topic="no-such-topic"></health-symptom-checklist>`,
      );
      // Only once the wait for a pack on its way (topicWaitMs) is over.
      await whenError(el);
      stop();
      const status = part(el, '[part="error"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(shownText(el)).to.include(en.errorTitle).and.include(en.errorUnknownTopic);
      expect(parts(el, 'input')).to.be.empty;
      expect(el.topicData).to.equal(null);
      expect(el.assessment).to.equal(null);

      expect(errors).to.have.length(1);
      const [event] = errors;
      expect(event.target).to.equal(el);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        reason: 'unknown-topic',
        message: 'No topic pack is registered as "no-such-topic".',
      });
      expectOneWarning(warn, '<health-symptom-checklist>', '"no-such-topic"');
    });

    it('recovers when the topic is changed to a registered one', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic="no-such-topic"></health-symptom-checklist>`);
      await whenError(el);
      expect(parts(el, '[part="error"]')).to.have.length(1);
      el.topic = PLANT;
      await el.updateComplete;
      expect(parts(el, '[part="error"]')).to.be.empty;
      expect(el.topicData?.id).to.equal(PLANT);
      expect(control(el, 'Tiny holes').type).to.equal('checkbox');
    });

    it('removing the topic goes back to the default pack', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
      expect(el.topicData?.id).to.equal(PLANT);
      el.removeAttribute('topic');
      await el.updateComplete;
      expect(el.topic).to.equal(null);
      expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
      expect(warn.messages).to.deep.equal([]);
    });
  });

  describe('a topic that is not registered yet', () => {
    // helpers.ts sets 200 ms for the element tests (3 s on a page).
    const waitMs = () => HealthElement.topicWaitMs;

    for (const tag of TAGS) {
      it(`<${tag}> waits in its loading state (aria-busy) with no error, event or warning, then reports unknown-topic once`, async () => {
        const id = uniqueId('awaited');
        const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
        try {
          const started = performance.now();
          const el = await fixture<HealthElement>(`<${tag} topic="${id}"></${tag}>`);
          const status = part(el, '[role="status"][aria-busy="true"]');
          expect(squash(status.textContent)).to.equal(en.loading);
          expect(el.topicData).to.equal(null);
          await sleep(waitMs() / 2);
          expect(parts(el, '[aria-busy="true"]'), 'still loading half-way').to.have.length(1);
          expect(parts(el, '[part="error"]')).to.be.empty;
          expect(errors.events).to.deep.equal([]);
          expect(warn.messages).to.deep.equal([]);

          await whenError(el);
          expect(performance.now() - started, 'not before the wait is over').to.be.at.least(waitMs());
          expect(parts(el, '[aria-busy]')).to.be.empty;
          expect(shownText(el)).to.include(en.errorUnknownTopic);
          expect(errors.events.map((event) => event.detail.reason)).to.deep.equal(['unknown-topic']);
          expect(errors.events[0].target).to.equal(el);
          expectOneWarning(warn, `<${tag}>`, `"${id}"`);
        } finally {
          errors.stop();
        }
      });
    }

    it('a pack registered during the wait is shown, and no error comes, then or later', async () => {
      const id = uniqueId('in-time');
      const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      try {
        const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
        await sleep(waitMs() / 2);
        expect(parts(el, '[aria-busy="true"]')).to.have.length(1);
        registerTopic({ ...clonePack(), id });
        await el.updateComplete;
        expect(el.topicData?.id).to.equal(id);
        expect(parts(el, '[aria-busy]')).to.be.empty;
        expect(control(el, plantTopic.symptoms[0].label).type).to.equal('checkbox');
        // Well past the end of the wait: still no error.
        await sleep(waitMs() * 2);
        expect(el.topicData?.id).to.equal(id);
        expect(parts(el, '[part="error"]')).to.be.empty;
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });

    it('waits HealthElement.topicWaitMs (set to 400 ms here)', async () => {
      const before = HealthElement.topicWaitMs;
      HealthElement.topicWaitMs = 400;
      const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      try {
        const id = uniqueId('waited');
        const started = performance.now();
        const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
        await sleep(300);
        expect(parts(el, '[aria-busy="true"]'), 'still waiting at 300 ms').to.have.length(1);
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
        await whenError(el);
        const elapsed = performance.now() - started;
        expect(elapsed).to.be.at.least(400);
        expect(elapsed, 'and not much longer').to.be.below(2000);
        expect(errors.events).to.have.length(1);
        expectOneWarning(warn, `"${id}"`);
      } finally {
        HealthElement.topicWaitMs = before;
        errors.stop();
      }
    });

    it('a new topic during the wait starts the wait again, for that topic only', async () => {
      const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      try {
        const [first, second] = [uniqueId('first'), uniqueId('second')];
        const started = performance.now();
        const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${first}></health-symptom-checklist>`);
        await sleep(waitMs() / 2);
        el.topic = second;
        await el.updateComplete;
        // Past the end of the first wait: the second still runs.
        await sleep(waitMs() * 0.75);
        expect(performance.now() - started).to.be.at.least(waitMs());
        expect(parts(el, '[aria-busy="true"]')).to.have.length(1);
        expect(errors.events).to.deep.equal([]);
        await whenError(el);
        expect(errors.events.map((event) => event.detail.message)).to.deep.equal([`No topic pack is registered as "${second}".`]);
        expectOneWarning(warn, `"${second}"`);
      } finally {
        errors.stop();
      }
    });

    it('answers set on a checklist while it waits are applied when the pack arrives', async () => {
      const id = uniqueId('answers-early');
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      el.answers = { signs: ['brown-spots'], patterns: { light: 'light-shade' } };
      registerTopic({ ...clonePack(), id });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ signs: ['brown-spots'], patterns: { light: 'light-shade' } });
      expect(control(el, plantTopic.symptoms[0].label).checked).to.equal(true);
      expect(warn.messages).to.deep.equal([]);
    });
  });

  describe('src', () => {
    it('loads a valid pack from a URL and shows it', async () => {
      const src = route('valid');
      const served = (await (await fetch(route('valid'))).json()) as Topic;
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${src}></health-symptom-checklist>`);
      await whenReady(el);
      expect(el.topicData?.id).to.equal(served.id);
      expect(control(el, served.symptoms[0].label).type).to.equal('checkbox');
      expect(warn.messages).to.deep.equal([]);
    });

    it('shows a loading status (role=status, aria-busy) until the pack arrives', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist src=${route('slow-valid')}></health-symptom-checklist>`,
      );
      const status = part(el, '[role="status"][aria-busy="true"]');
      expect(status.textContent?.trim()).to.equal(en.loading);
      expect(parts(el, 'input')).to.be.empty;
      expect(el.topicData).to.equal(null);
      expect(el.assessment).to.equal(null);
      await whenReady(el);
      expect(parts(el, '[aria-busy]')).to.be.empty;
      expect(parts(el, 'input[type="checkbox"]')).to.not.be.empty;
    });

    const failures: Array<{ name: string; reason: string; status?: number; fragment: string; shown: string }> = [
      { name: 'not-found', reason: 'http', status: 404, fragment: 'HTTP 404', shown: en.errorLoad },
      { name: 'server-error', reason: 'http', status: 500, fragment: 'HTTP 500', shown: en.errorLoad },
      { name: 'not-json', reason: 'not-json', fragment: 'not JSON', shown: en.errorLoad },
      { name: 'too-large', reason: 'too-large', fragment: 'larger than', shown: en.errorLoad },
    ];
    for (const { name, reason, status, fragment, shown } of failures) {
      it(`${name}: shows an error in place, fires health-error {reason: '${reason}'} and warns once`, async () => {
        const src = route(name);
        const { el, errors, stop } = await withErrors(
          html`<health-symptom-checklist src=${src}></health-symptom-checklist>`,
        );
        await whenError(el);
        stop();
        expect(shownText(el)).to.include(en.errorTitle).and.include(shown);
        expect(parts(el, 'input')).to.be.empty;
        expect(errors).to.have.length(1);
        const { detail } = errors[0];
        expect(detail.reason).to.equal(reason);
        expect(detail.src).to.equal(src);
        expect(detail.status).to.equal(status);
        if (status === undefined) expect(detail).to.not.have.property('status');
        expect(detail).to.not.have.property('path');
        expect(detail.message).to.include(fragment);
        expectOneWarning(warn, '<health-symptom-checklist>', fragment);
      });
    }

    it("an invalid pack fires health-error {reason: 'invalid-pack'} with the JSON path of the bad field", async () => {
      const src = route('invalid');
      const { el, errors, stop } = await withErrors(html`<health-symptom-checklist src=${src}></health-symptom-checklist>`);
      await whenError(el);
      stop();
      expect(shownText(el)).to.include(en.errorTitle).and.include(en.errorInvalid);
      expect(errors).to.have.length(1);
      const { detail } = errors[0];
      expect(detail.reason).to.equal('invalid-pack');
      expect(detail.path).to.equal('symptoms[0].category');
      expect(detail.src).to.equal(src);
      expect(detail).to.not.have.property('status');
      expect(detail.message).to.include('symptoms[0].category').and.include('nerves');
      expectOneWarning(warn, 'symptoms[0].category');
    });

    it('changing src aborts the old load', async () => {
      const fetches = spyFetch();
      try {
        const slow = route('slow-valid');
        const el = await fixture<Checklist>(html`<health-symptom-checklist src=${slow}></health-symptom-checklist>`);
        await waitUntil(() => fetches.calls.length === 1, 'the slow load to start');
        const first = fetches.calls[0];
        expect(first.url).to.include('/test-routes/slow-valid');
        el.src = route('not-found');
        await el.updateComplete;
        expect(first.signal?.aborted, 'the old request is aborted').to.equal(true);
        await whenError(el);
        expect(el.topicData).to.equal(null);
        expectOneWarning(warn, 'HTTP 404');
      } finally {
        fetches.restore();
      }
    });

    // The slow routes serve the built-in pack, so a pack they load has the default id.
    it('a late response for an older src never overwrites the newer one', async () => {
      // A second element keeps the shared request for the slow URL alive, so its answer
      // does arrive after the first element has moved on.
      const slow = route('slow-valid');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id="a" src=${slow}></health-symptom-checklist>
        <health-symptom-checklist id="b" src=${slow}></health-symptom-checklist>
      </div>`);
      const a = wrapper.querySelector<Checklist>('#a')!;
      const b = wrapper.querySelector<Checklist>('#b')!;
      a.src = route('hostile');
      await whenReady(a);
      expect(a.topicData?.id).to.equal('hostile-pack');
      await whenReady(b, 'the slow pack to arrive');
      await sleep(20);
      await a.updateComplete;
      expect(b.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
      expect(a.topicData?.id, 'the late pack must not replace the newer one').to.equal('hostile-pack');
      expect(control(a, '<script>').type).to.equal('checkbox');
      expect(warn.messages).to.deep.equal([]);
    });

    it('a late response never overwrites a newer error either', async () => {
      const slow = route('slow-valid');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id="a" src=${slow}></health-symptom-checklist>
        <health-symptom-checklist id="b" src=${slow}></health-symptom-checklist>
      </div>`);
      const a = wrapper.querySelector<Checklist>('#a')!;
      const b = wrapper.querySelector<Checklist>('#b')!;
      a.src = route('not-found');
      await whenError(a);
      await whenReady(b, 'the slow pack to arrive');
      await sleep(20);
      expect(a.topicData).to.equal(null);
      expect(parts(a, '[part="error"]')).to.have.length(1);
      expectOneWarning(warn, 'HTTP 404');
    });

    it('removing the element during a load aborts it quietly; putting it back loads again', async () => {
      const fetches = spyFetch();
      const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      try {
        const slow = route('slow-valid');
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><health-symptom-checklist src=${slow}></health-symptom-checklist></div>`,
        );
        const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
        await waitUntil(() => fetches.calls.length === 1, 'the load to start');
        el.remove();
        // Not at once: a move (removal and insertion in one task) keeps the load.
        expect(fetches.calls[0].signal?.aborted, 'not aborted within the task').to.equal(false);
        await Promise.resolve();
        expect(fetches.calls[0].signal?.aborted, 'the request is aborted').to.equal(true);
        await sleep(500);
        expect(errors.events, 'an abort is not an error').to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
        expect(el.topicData).to.equal(null);

        wrapper.append(el);
        await whenReady(el);
        expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
        expect(errors.events).to.deep.equal([]);
      } finally {
        errors.stop();
        fetches.restore();
      }
    });

    it('removing src goes back to the registered topic', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} src=${route('not-found')}></health-symptom-checklist>`,
      );
      await whenError(el);
      el.src = null;
      await el.updateComplete;
      expect(parts(el, '[part="error"]')).to.be.empty;
      expect(el.topicData?.id).to.equal(PLANT);
    });

    describe('moving an element while its src loads', () => {
      let fetches: ReturnType<typeof spyFetch>;
      let errors: ReturnType<typeof recordEvents<HealthErrorEvent>>;
      beforeEach(() => {
        fetches = spyFetch();
        errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      });
      afterEach(() => {
        fetches.restore();
        errors.stop();
      });
      /** The requests for `src` the page made (the spy also sees the hit counter's). */
      const requests = (src: string) => fetches.calls.filter((call) => call.url.includes(src));

      it('keeps its load: one request, never aborted', async () => {
        const src = route('slow-valid');
        const before = await hits('slow-valid');
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <section id="from"><health-symptom-checklist src=${src}></health-symptom-checklist></section>
          <section id="to"></section>
        </div>`);
        const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
        await waitUntil(() => requests(src).length === 1, 'the load to start');
        // A move is a removal and an insertion in one task.
        wrapper.querySelector('#to')!.append(el);
        await sleep(0);
        expect(requests(src)[0].signal?.aborted, 'a move does not abort the request').to.equal(false);
        wrapper.querySelector('#from')!.append(el);
        await whenReady(el);
        expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
        expect(el.parentElement?.id).to.equal('from');
        expect(requests(src)).to.have.length(1);
        expect((await hits('slow-valid')) - before, 'requests the server saw').to.equal(1);
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      });

      it('three elements with the same src, moved around in several tasks, make one request between them', async () => {
        const src = route('slow-valid');
        const before = await hits('slow-valid');
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <div id="a">
            <health-symptom-checklist src=${src}></health-symptom-checklist>
            <health-comparison-table src=${src}></health-comparison-table>
            <health-treatment-explainer src=${src}></health-treatment-explainer>
          </div>
          <div id="b"></div>
          <div id="c"></div>
        </div>`);
        const [a, b, c] = ['#a', '#b', '#c'].map((selector) => wrapper.querySelector(selector)!);
        const elements = [...a.children] as HealthElement[];
        await waitUntil(() => requests(src).length === 1, 'the load to start');
        // What a site's script might do while the pack loads: spread them out, reorder, gather them.
        b.append(elements[0]);
        c.prepend(elements[2]);
        await sleep(20);
        a.prepend(elements[2]);
        elements[0].before(elements[1]);
        await sleep(20);
        c.append(...elements);
        for (const el of elements) await whenReady(el);
        for (const el of elements) expect(el.topicData?.id, el.localName).to.equal(DEFAULT_TOPIC_ID);
        expect([...c.children].every((node, i) => node === elements[i]), 'gathered in order').to.equal(true);
        expect(requests(src)).to.have.length(1);
        expect((await hits('slow-valid')) - before, 'requests the server saw').to.equal(1);
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      });

      it('removing one of three for good lets the others finish; put back later, it costs no request', async () => {
        const src = route('slow-valid');
        const before = await hits('slow-valid');
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <health-symptom-checklist src=${src}></health-symptom-checklist>
          <health-comparison-table src=${src}></health-comparison-table>
          <health-treatment-explainer src=${src}></health-treatment-explainer>
        </div>`);
        const elements = [...wrapper.children] as HealthElement[];
        await waitUntil(() => requests(src).length === 1, 'the load to start');
        const [removed, ...kept] = elements;
        removed.remove();
        await sleep(0);
        expect(requests(src)[0].signal?.aborted, 'the others still wait for it').to.equal(false);
        for (const el of kept) await whenReady(el);
        expect(removed.topicData).to.equal(null);
        wrapper.prepend(removed);
        await whenReady(removed);
        expect(removed.topicData).to.equal(kept[0].topicData);
        expect(requests(src)).to.have.length(1);
        expect((await hits('slow-valid')) - before, 'requests the server saw').to.equal(1);
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      });
    });
  });

  describe('heading-level', () => {
    const title = plantTopic.labels!.checklistTitle!;

    it('defaults to 2: main heading level 2, sub-headings level 3', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
      const all = headings(el);
      expect(all[0]).to.include({ level: 2, text: title });
      expect(all.find((h) => h.text === en.patternsTitle)?.level).to.equal(3);
      expect(all.find((h) => h.text === en.sources)?.level).to.equal(3);
      expect(warn.messages).to.deep.equal([]);
    });

    it('3 gives aria-level 3 on the main heading and 4 on the sub-headings and the card shown as answered (5 inside the result)', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} heading-level="3"></health-symptom-checklist>`,
      );
      el.answers = { signs: [RED_FLAG], patterns: {} };
      await el.updateComplete;
      await click(el, button(el, en.showResult));
      const all = headings(el);
      expect(all.filter((h) => h.level === 3).map((h) => h.text)).to.deep.equal([title]);
      const card = urgentHeading(plantTopic.careCards.urgent!.title);
      // The card shown as the person answers sits below the title; its repeat in the result below
      // the result heading; no "What to do next" card beside it.
      expect(all.filter((h) => h.level === 4).map((h) => h.text)).to.have.members([
        en.patternsTitle,
        card,
        en.resultTitle,
        en.sources,
      ]);
      expect(all.filter((h) => h.level === 5).map((h) => h.text)).to.deep.equal([card]);
      expect(all.every((h) => h.level >= 3 && h.level <= 6)).to.equal(true);
      expect(warn.messages).to.deep.equal([]);
    });

    it('never goes deeper than 6', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} heading-level="6"></health-symptom-checklist>`,
      );
      el.answers = { signs: [RED_FLAG], patterns: {} };
      await el.updateComplete;
      await click(el, button(el, en.showResult));
      expect(headings(el).map((h) => h.level)).to.satisfy((levels: number[]) => levels.every((l) => l === 6));
    });

    for (const bad of ['9', 'x', '1', '2.5']) {
      it(`"${bad}" falls back to level 2 and warns exactly once`, async () => {
        const el = await fixture<Checklist>(
          html`<health-symptom-checklist topic=${PLANT} heading-level=${bad}></health-symptom-checklist>`,
        );
        expect(headings(el)[0]).to.include({ level: 2, text: title });
        expect(headings(el).find((h) => h.text === en.patternsTitle)?.level).to.equal(3);
        el.requestUpdate();
        await el.updateComplete;
        expectOneWarning(warn, '<health-symptom-checklist>', 'heading-level', 'from 2 to 6');
      });
    }

    it('follows a change of the attribute; removing it goes back to 2 without a warning', async () => {
      const el = await fixture<Checklist>(
        html`<health-symptom-checklist topic=${PLANT} heading-level="4"></health-symptom-checklist>`,
      );
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
    it('the plant pack is registered in English, then Spanish, under one id', () => {
      expect(topicLanguages(PLANT)).to.deep.equal(['en', 'es']);
    });

    it('lang="es" picks the Spanish pack, and the UI speaks Spanish too', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      expectShown(el, plantEs, es, 'es');
      expect(headings(el)[0].text).to.equal(plantEs.labels!.checklistTitle);
      expect(button(el, es.showResult)).to.exist;
      expect(parts(el, 'label').filter((label) => label.textContent === es.noneOfThese)).to.have.length(3);
      expect(control(el, 'Manchas marrones con un anillo amarillo').type).to.equal('checkbox');
      expect(shownText(el)).to.not.include(en.showResult).and.not.include(plantTopic.symptoms[0].label);
    });

    for (const tag of TAGS) {
      it(`<${tag}>: lang="es" shows the Spanish pack with Spanish UI; no lang shows the English one`, async () => {
        const spanish = await fixture<HealthElement>(`<${tag} topic="${PLANT}" lang="es"></${tag}>`);
        expectShown(spanish, plantEs, es, 'es');
        const english = await fixture<HealthElement>(`<${tag} topic="${PLANT}"></${tag}>`);
        expectShown(english, plantTopic, en, 'en');
        expect(warn.messages).to.deep.equal([]);
      });
    }

    for (const tag of TAGS) {
      it(`<${tag}>: lang="es" shows the Spanish safety frame (and About block), with no English left in them`, async () => {
        const el = await fixture<HealthElement>(`<${tag} topic="${PLANT}" lang="es"></${tag}>`);
        const { notDiagnosis, confirm, safetyNet } = plantEs.guidance;
        const frame = squash(part(el, '[part="safety"]').textContent);
        for (const statement of [notDiagnosis, confirm, safetyNet]) expect(frame).to.include(statement.text);
        for (const statement of Object.values(plantTopic.guidance)) expect(frame).to.not.include(statement.text);
        const about = root(el).querySelector('[part="about"]');
        if (tag === 'health-comparison-table') expect(about).to.equal(null);
        else {
          expect(squash(about?.querySelector('summary')?.textContent)).to.equal(es.aboutTitle);
          expect(squash(about?.textContent)).to.include(plantEs.summary.text).and.include(plantEs.background[0].text);
          expect(squash(about?.textContent)).to.not.include(plantTopic.summary.text);
        }
      });
    }

    it('when the UI and the pack speak one language, nothing is marked', async () => {
      const english = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="en-GB"></health-symptom-checklist>`);
      expect(parts(english, '[part="base"] [lang]')).to.have.length(0);
      const spanish = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      expect(parts(spanish, '[part="base"] [lang]')).to.have.length(0);
    });

    it('a regional tag (es-MX) picks the Spanish pack', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es-MX"></health-symptom-checklist>`);
      expectShown(el, plantEs, es, 'es');
      expect(headings(el)[0].text).to.equal(plantEs.labels!.checklistTitle);
    });

    it('is inherited from an ancestor with lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es"><section><health-symptom-checklist topic=${PLANT}></health-symptom-checklist></section></div>`,
      );
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expectShown(el, plantEs, es, 'es');
    });

    it('is inherited across a shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('health-symptom-checklist');
      el.topic = PLANT;
      shadow.append(el);
      await el.updateComplete;
      expectShown(el, plantEs, es, 'es');
    });

    it("without any lang around it, follows the document's lang", async () => {
      const page = document.documentElement;
      const before = page.getAttribute('lang');
      page.lang = 'es';
      try {
        const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
        expectShown(el, plantEs, es, 'es');
      } finally {
        if (before === null) page.removeAttribute('lang');
        else page.setAttribute('lang', before);
      }
    });

    it('a language the topic has no pack in (fr) falls back to its first language, English, with English UI', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="fr"></health-symptom-checklist>`);
      expectShown(el, plantTopic, en, 'en');
      expect(headings(el)[0].text).to.equal(plantTopic.labels!.checklistTitle);
      expect(parts(el, '[part="base"] [lang]')).to.have.length(0);
      expect(warn.messages).to.deep.equal([]);
    });

    it("a change of an ancestor's lang is picked up on the next render", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><health-symptom-checklist topic=${PLANT}></health-symptom-checklist></div>`,
      );
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expectShown(el, plantTopic, en, 'en');
      wrapper.lang = 'es';
      el.requestUpdate();
      await el.updateComplete;
      expectShown(el, plantEs, es, 'es');
    });

    for (const tag of TAGS) {
      it(`<${tag}>: a change of its own lang attribute switches the pack and the UI`, async () => {
        const el = await fixture<HealthElement>(`<${tag} topic="${PLANT}"></${tag}>`);
        expectShown(el, plantTopic, en, 'en');
        el.setAttribute('lang', 'es');
        await el.updateComplete;
        expectShown(el, plantEs, es, 'es');
        el.lang = 'en';
        await el.updateComplete;
        expectShown(el, plantTopic, en, 'en');
        expect(warn.messages).to.deep.equal([]);
      });
    }

    it('a Spanish pack registered after the elements showed the English one switches them to Spanish, quietly', async () => {
      const id = uniqueId('late-es');
      const english = registerTopic({ ...clonePack(), id });
      const errors = recordEvents<HealthErrorEvent>(document, 'health-error');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="es">
          <health-symptom-checklist topic=${id}></health-symptom-checklist>
          <health-comparison-table topic=${id}></health-comparison-table>
          <health-treatment-explainer topic=${id}></health-treatment-explainer>
        </div>`);
        const elements = [...wrapper.children] as HealthElement[];
        // Until a Spanish pack exists, the English one is shown, with the English UI.
        for (const el of elements) expectShown(el, english, en, 'en');
        const checklist = elements[0] as Checklist;
        await click(checklist, control(checklist, english.symptoms[0].label));

        const spanish = registerTopic(spanishPack(id));
        await Promise.all(elements.map((el) => el.updateComplete));
        for (const el of elements) expectShown(el, spanish, es, 'es');
        // The same topic in another language keeps the person's answers.
        expect(control(checklist, spanish.symptoms[0].label).checked).to.equal(true);
        await aTimeout(0);
        expect(errors.events).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });

    for (const tag of TAGS) {
      it(`<${tag}>: a Spanish pack loaded by src shows the Spanish UI on an English page`, async () => {
        const src = packUrl(spanishPack(uniqueId('src-es')));
        try {
          const wrapper = await fixture<HTMLDivElement>(`<div lang="en"><${tag} src="${src}"></${tag}></div>`);
          const el = wrapper.firstElementChild as HealthElement;
          await whenReady(el);
          expect(el.topicData?.lang).to.equal('es');
          expectShown(el, el.topicData!, es, 'es');
          expect(SEEN[tag].pack(el.topicData!)).to.equal(SEEN[tag].pack(plantEs));
          expect(parts(el, '[part="base"] [lang]')).to.have.length(0);
          expect(warn.messages).to.deep.equal([]);
        } finally {
          URL.revokeObjectURL(src);
        }
      });
    }

    it('the in-place error and the loading status follow the language asked for', async () => {
      const failed = await fixture<Checklist>(html`<health-symptom-checklist lang="es" topic="nope"></health-symptom-checklist>`);
      // While it waits for the pack, it says it is loading, in Spanish.
      expect(part(failed, '[aria-busy="true"]').textContent?.trim()).to.equal(es.loading);
      await whenError(failed);
      expect(shownText(failed)).to.include(es.errorTitle).and.include(es.errorUnknownTopic);
      expect(part(failed, '[part="base"]').lang).to.equal('es');
      const loading = await fixture<Checklist>(
        html`<health-symptom-checklist lang="es" src=${route('slow-valid')}></health-symptom-checklist>`,
      );
      expect(part(loading, '[aria-busy="true"]').textContent?.trim()).to.equal(es.loading);
      await whenReady(loading);
      expectOneWarning(warn, '"nope"');
    });

    for (const tag of ['health-comparison-table', 'health-treatment-explainer'] as const) {
      it(`<${tag}>: a pack in a language without UI strings (fr) uses the English UI, marks its text lang="fr" and warns once`, async () => {
        const french = registerTopic(frenchPack(uniqueId('fr')));
        const el = await fixture<HealthElement>(`<${tag} topic="${french.id}"></${tag}>`);
        expect(el.topicData).to.equal(french);
        expect(part(el, '[part="base"]').lang).to.equal('en');
        expect(headings(el).map((h) => h.text)).to.include(SEEN[tag].ui(en));
        const marked = parts(el, '[part="base"] [lang]');
        expect(marked.every((node) => node.getAttribute('lang') === 'fr')).to.equal(true);
        expect(marked.map((node) => squash(node.textContent))).to.include(SEEN[tag].pack(french));
        el.requestUpdate();
        await el.updateComplete;
        expectOneWarning(warn, `<${tag}>`, '"fr"', 'registerStrings');
      });
    }

    it('a change of <html lang> at runtime re-renders the widgets that inherit it, keeping answers, and not the others', async () => {
      const page = document.documentElement;
      const before = page.getAttribute('lang');
      page.lang = 'en';
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
          <health-comparison-table topic=${PLANT}></health-comparison-table>
          <health-treatment-explainer topic=${PLANT}></health-treatment-explainer>
          <health-symptom-checklist topic=${PLANT} lang="en"></health-symptom-checklist>
        </div>`);
        const elements = [...wrapper.children] as HealthElement[];
        const inheriting = elements.slice(0, 3);
        const ownLang = elements[3];
        for (const el of elements) expectShown(el, plantTopic, en, 'en');
        const checklist = inheriting[0] as Checklist;
        await click(checklist, control(checklist, plantTopic.symptoms[0].label));

        // No requestUpdate, no event: the page's script only changes the attribute.
        page.lang = 'es';
        await waitUntil(() => inheriting.every((el) => el.topicData === plantEs), 'the widgets to follow <html lang="es">');
        await Promise.all(elements.map((el) => el.updateComplete));
        for (const el of inheriting) expectShown(el, plantEs, es, 'es');
        expect(control(checklist, plantEs.symptoms[0].label).checked, 'the answer stays').to.equal(true);
        expectShown(ownLang, plantTopic, en, 'en');

        page.setAttribute('lang', 'en-GB');
        await waitUntil(() => inheriting.every((el) => el.topicData === plantTopic), 'the widgets to follow <html lang="en-GB">');
        await Promise.all(elements.map((el) => el.updateComplete));
        for (const el of elements) expectShown(el, plantTopic, en, 'en');
        expect(warn.messages).to.deep.equal([]);
      } finally {
        if (before === null) page.removeAttribute('lang');
        else page.setAttribute('lang', before);
      }
    });

    it('a widget removed from the page does not follow <html lang> (nothing holds on to it)', async () => {
      const page = document.documentElement;
      const before = page.getAttribute('lang');
      page.lang = 'en';
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div><health-comparison-table topic=${PLANT}></health-comparison-table></div>`);
        const el = wrapper.firstElementChild as HealthElement;
        el.remove();
        page.lang = 'es';
        await sleep(20);
        await el.updateComplete;
        expect(el.topicData, 'a removed widget is left alone').to.equal(plantTopic);
      } finally {
        if (before === null) page.removeAttribute('lang');
        else page.setAttribute('lang', before);
      }
    });

    it('a widget put back after <html lang> changed speaks the new language', async () => {
      const page = document.documentElement;
      const before = page.getAttribute('lang');
      page.lang = 'en';
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div><health-comparison-table topic=${PLANT}></health-comparison-table></div>`);
        const el = wrapper.firstElementChild as HealthElement;
        el.remove();
        page.lang = 'es';
        await sleep(20);
        wrapper.append(el);
        await waitUntil(() => el.topicData === plantEs, 'the widget put back to speak the page language');
        await el.updateComplete;
        expectShown(el, plantEs, es, 'es');
      } finally {
        if (before === null) page.removeAttribute('lang');
        else page.setAttribute('lang', before);
      }
    });

    for (const tag of TAGS) {
      it(`<${tag}>: an English widget on a right-to-left page (dir="rtl" lang="ar", no Arabic pack or UI) is left to right`, async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div dir="rtl" lang="ar"><${tag} topic="${PLANT}"></${tag}></div>`);
        const el = wrapper.firstElementChild as HealthElement;
        await el.updateComplete;
        expectShown(el, plantTopic, en, 'en');
        const base = part(el, '[part="base"]');
        expect(base.dir).to.equal('ltr');
        expect(getComputedStyle(base).direction).to.equal('ltr');
        // The page stays right to left around it.
        expect(getComputedStyle(wrapper).direction).to.equal('rtl');
        expect(parts(el, '[part="base"] [lang]')).to.have.length(0);
        expect(warn.messages).to.deep.equal([]);
      });
    }

    it('a widget in Spanish, and its loading and error states, are left to right', async () => {
      const spanish = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT} lang="es"></health-symptom-checklist>`);
      expect(part(spanish, '[part="base"]').dir).to.equal('ltr');
      const loading = await fixture<Checklist>(html`<health-symptom-checklist lang="ar" src=${route('slow-valid')}></health-symptom-checklist>`);
      expect(part(loading, '[aria-busy="true"]').textContent?.trim()).to.equal(en.loading);
      expect(part(loading, '[part="base"]').dir, 'English loading text on an Arabic page').to.equal('ltr');
      await whenReady(loading);
      expect(warn.messages).to.deep.equal([]);
    });

    for (const tag of TAGS) {
      it(`<${tag}>: a right-to-left pack (he) without UI strings: English UI left to right, its text in spans with lang="he" dir="rtl"`, async () => {
        const hebrew = registerTopic(hebrewPack(uniqueId('he')));
        const el = await fixture<HealthElement>(`<${tag} topic="${hebrew.id}"></${tag}>`);
        expect(el.topicData).to.equal(hebrew);
        const base = part(el, '[part="base"]');
        expect([base.lang, base.dir]).to.deep.equal(['en', 'ltr']);
        expect(headings(el).map((h) => h.text)).to.include(SEEN[tag].ui(en));
        const marked = parts(el, '[part="base"] [lang]');
        expect(marked).to.not.be.empty;
        for (const node of marked) {
          expect([node.getAttribute('lang'), node.getAttribute('dir')], squash(node.textContent)).to.deep.equal(['he', 'rtl']);
          expect(getComputedStyle(node).direction).to.equal('rtl');
        }
        expect(marked.map((node) => squash(node.textContent))).to.include(SEEN[tag].pack(hebrew));
        el.requestUpdate();
        await el.updateComplete;
        expectOneWarning(warn, `<${tag}>`, '"he"', 'registerStrings');
      });
    }

    // Runs last in this block: it registers UI strings for French.
    it('a pack in a language without UI strings (fr) uses the English UI, marks its text lang="fr" and warns once; registerStrings adds the UI', async () => {
      const id = uniqueId('fr');
      const french = registerTopic(frenchPack(id));
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      expect(el.topicData).to.equal(french);
      expect(part(el, '[part="base"]').lang).to.equal('en');
      expect(headings(el).map((h) => h.text)).to.include(en.patternsTitle);
      expect(button(el, en.showResult)).to.exist;
      const marked = parts(el, '[part="base"] [lang]');
      expect(marked.every((node) => node.getAttribute('lang') === 'fr')).to.equal(true);
      const texts = marked.map((node) => squash(node.textContent));
      expect(texts).to.include('Sur les feuilles');
      expect(texts).to.include('Taches brunes avec un anneau jaune');
      expect(texts).to.include('Où se trouve la plante ?');
      // The UI's own words are English and not marked as French.
      expect(texts).to.not.include(en.noneOfThese);
      expect(texts).to.not.include(en.patternsTitle);
      el.requestUpdate();
      await el.updateComplete;
      expectOneWarning(warn, '<health-symptom-checklist>', '"fr"', 'registerStrings');
      // French pack text inside an English UI is still one accessible widget.
      await expect(el).to.be.accessible();

      registerStrings('fr', {
        patternsTitle: 'Plus sur ce que vous voyez',
        showResult: 'Voir le résultat',
        noneOfThese: 'Aucun de ceux-ci',
      });
      const after = await fixture<Checklist>(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      expect(part(after, '[part="base"]').lang).to.equal('fr');
      expect(headings(after).map((h) => h.text)).to.include('Plus sur ce que vous voyez');
      expect(button(after, 'Voir le résultat')).to.exist;
      expect(parts(after, 'label').filter((label) => label.textContent === 'Aucun de ceux-ci')).to.have.length(3);
      // Strings it was not given stay English.
      expect(headings(after).map((h) => h.text)).to.include(en.sources);
      expect(parts(after, '[part="base"] [lang]')).to.have.length(0);
      expect(warn.messages, 'no new warning').to.have.length(1);
    });
  });

  describe('labels', () => {
    /** A checklist, a table and an explainer following it, on one topic; the urgent sign ticked and the result shown. */
    async function widgets(topicId: string) {
      const id = uniqueId('labels');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id} topic=${topicId}></health-symptom-checklist>
        <health-comparison-table topic=${topicId}></health-comparison-table>
        <health-treatment-explainer for=${id} topic=${topicId}></health-treatment-explainer>
      </div>`);
      const [checklist, table, explainer] = [...wrapper.children] as [Checklist, HealthElement, HealthElement];
      const topic = checklist.topicData!;
      await click(checklist, control(checklist, topic.symptoms.find((s) => s.id === RED_FLAG)!.label));
      await click(checklist, button(checklist, en.showResult));
      await aTimeout(0);
      await Promise.all([table.updateComplete, explainer.updateComplete]);
      return { checklist, table, explainer };
    }

    const urgentTitles = (el: Element) =>
      parts(el, '[part="urgent-card"] [role="heading"]').map((heading) => squash(heading.textContent));
    /** The summary line of the About block, or null when the widget has none. */
    const aboutTitle = (el: Element) => {
      const summary = root(el).querySelector('[part="about"] > summary');
      return summary ? squash(summary.textContent) : null;
    };

    it("a pack's labels replace the default headings of each widget", async () => {
      const pack = clonePack();
      pack.id = uniqueId('labelled');
      pack.labels = {
        checklistTitle: 'Look at your plant',
        patternsTitle: 'About its place',
        tableTitle: 'Three causes side by side',
        explainerTitle: 'Caring for your plant',
        situationTitle: 'About your plant',
        treatmentsTitle: 'What you can do',
        stepsTitle: 'What happens next',
        aboutTitle: 'About plant spots',
      };
      pack.careCards.urgent!.title = 'Act today';
      registerTopic(pack);
      const { checklist, table, explainer } = await widgets(pack.id);

      const checklistHeadings = headings(checklist).map((h) => h.text);
      expect(checklistHeadings).to.include('Look at your plant').and.include('About its place');
      expect(checklistHeadings).to.not.include(en.checklistTitle).and.not.include(en.patternsTitle);
      // The card shown as the person answered, and its repeat in the result: both titled by the pack.
      expect(urgentTitles(checklist)).to.deep.equal([urgentHeading('Act today'), urgentHeading('Act today')]);
      expect(aboutTitle(checklist)).to.equal('About plant spots');
      expect(shownText(checklist)).to.not.include(en.aboutTitle);

      expect(headings(table)[0].text).to.equal('Three causes side by side');
      expect(squash(part(table, 'caption').textContent)).to.equal('Three causes side by side');
      expect(shownText(table)).to.not.include(en.tableTitle);

      const explainerHeadings = headings(explainer).map((h) => h.text);
      expect(explainerHeadings[0]).to.equal('Caring for your plant');
      expect(explainerHeadings).to.include('About your plant').and.include('What you can do').and.include('What happens next');
      expect(explainerHeadings).to.not.include(en.explainerTitle).and.not.include(en.situationTitle);
      // The explainer follows the checklist: its urgent card carries the pack's title too.
      expect(urgentTitles(explainer)).to.deep.equal([urgentHeading('Act today')]);
      expect(aboutTitle(explainer)).to.equal('About plant spots');
      // The table has no About block.
      expect(aboutTitle(table)).to.equal(null);
      expect(warn.messages).to.deep.equal([]);
    });

    it('a pack without labels gets the neutral UI headings', async () => {
      const pack = clonePack();
      pack.id = uniqueId('unlabelled');
      delete pack.labels;
      registerTopic(pack);
      const { checklist, table, explainer } = await widgets(pack.id);

      expect(headings(checklist)[0].text).to.equal(en.checklistTitle);
      expect(headings(checklist).map((h) => h.text)).to.include(en.patternsTitle);
      expect(shownText(checklist)).to.include(en.checklistIntro);
      expect(aboutTitle(checklist)).to.equal(en.aboutTitle);
      // A card's title is always the pack's (careCards): there is no UI default for it.
      const title = urgentHeading(pack.careCards.urgent!.title);
      expect(urgentTitles(checklist)).to.deep.equal([title, title]);

      expect(headings(table)[0].text).to.equal(en.tableTitle);
      expect(squash(part(table, 'caption').textContent)).to.equal(en.tableTitle);

      const explainerHeadings = headings(explainer).map((h) => h.text);
      expect(explainerHeadings[0]).to.equal(en.explainerTitle);
      expect(explainerHeadings).to.include(en.situationTitle).and.include(en.treatmentsTitle).and.include(en.stepsTitle);
      expect(urgentTitles(explainer)).to.deep.equal([title]);
      expect(aboutTitle(explainer)).to.equal(en.aboutTitle);
      expect(aboutTitle(table)).to.equal(null);
    });

    it('a Spanish pack without labels gets the Spanish UI headings', async () => {
      const pack = spanishPack(uniqueId('sin-etiquetas'));
      delete pack.labels;
      registerTopic(pack);
      const el = await fixture<HealthElement>(html`<health-comparison-table topic=${pack.id}></health-comparison-table>`);
      expect(headings(el)[0].text).to.equal(es.tableTitle);
      const checklist = await fixture<Checklist>(html`<health-symptom-checklist topic=${pack.id}></health-symptom-checklist>`);
      expect(headings(checklist)[0].text).to.equal(es.checklistTitle);
      expect(aboutTitle(checklist)).to.equal(es.aboutTitle);
      const explainer = await fixture<HealthElement>(html`<health-treatment-explainer topic=${pack.id}></health-treatment-explainer>`);
      expect(aboutTitle(explainer)).to.equal(es.aboutTitle);
    });

    it('no-about removes the About block from the checklist and the explainer', async () => {
      for (const tag of ['health-symptom-checklist', 'health-treatment-explainer'] as const) {
        const el = await fixture<HealthElement>(`<${tag} topic="${PLANT}" no-about></${tag}>`);
        expect(aboutTitle(el), `<${tag}>`).to.equal(null);
        expect(shownText(el), `<${tag}>`).to.not.include(plantTopic.background[0].text);
        el.removeAttribute('no-about');
        await el.updateComplete;
        expect(aboutTitle(el), `<${tag}>`).to.equal(plantTopic.labels?.aboutTitle ?? en.aboutTitle);
        expect(part<HTMLDetailsElement>(el, '[part="about"]').open, `<${tag}> closed`).to.equal(false);
      }
    });
  });

  describe('one pack store per page', () => {
    const STORE = Symbol.for('health-widgets.topics');

    it('lives on globalThis under Symbol.for("health-widgets.topics")', () => {
      const store = (globalThis as Record<symbol, { topics: Map<string, Map<string, Topic>> } | undefined>)[STORE];
      expect(store, 'the shared store').to.exist;
      expect(store!.topics.get(PLANT)?.get('en')).to.equal(plantTopic);
      expect(store!.topics.get(DEFAULT_TOPIC_ID)).to.exist;
    });

    it('a pack registered by another copy of the library reaches the elements of this one', async () => {
      // A second copy of the registry module (another URL is another module instance), as a
      // second script of the library on the page would have.
      // The computed URL is not resolved by the dev server, so it names the TypeScript source.
      const url = new URL('../../src/model/registry.ts', import.meta.url);
      url.searchParams.set('copy', uniqueId('other'));
      const other = (await import(/* @vite-ignore */ url.href)) as typeof import('../../src/model/registry.js');
      expect(other.registerTopic, 'a separate module instance').to.not.equal(registerTopic);

      const id = uniqueId('other-copy');
      const { el, stop } = await withErrors(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      await whenError(el);
      stop();
      expect(part(el, '[part="error"]')).to.exist;
      warn.messages.length = 0;

      const pack = clonePack();
      pack.symptoms[0].label = 'A sign from the other copy';
      const registered = other.registerTopic({ ...pack, id });
      await el.updateComplete;
      expect(el.topicData?.id).to.equal(id);
      expect(control(el, 'A sign from the other copy').type).to.equal('checkbox');
      expect(getTopic(id), 'this copy finds it too').to.equal(registered);
      // And the other way round: this copy's packs are the other copy's too.
      expect(other.getTopic(PLANT)).to.equal(plantTopic);
      expect(other.defaultTopicId()).to.equal(DEFAULT_TOPIC_ID);
      expect(warn.messages).to.deep.equal([]);
    });

    describe('versioned by pack format', () => {
      type Store = { format: unknown; topics: Map<string, Map<string, Topic>>; listeners: Set<(topic: Topic) => void> };
      const page = globalThis as Record<symbol, Store | undefined>;
      let ours: Store | undefined;
      beforeEach(() => {
        ours = page[STORE];
      });
      afterEach(() => {
        page[STORE] = ours;
      });

      /** A fresh copy of the registry module, as another script of the library on the page would bring. */
      async function anotherCopy(): Promise<typeof import('../../src/model/registry.js')> {
        const url = new URL('../../src/model/registry.ts', import.meta.url);
        url.searchParams.set('copy', uniqueId('format'));
        return (await import(/* @vite-ignore */ url.href)) as typeof import('../../src/model/registry.js');
      }

      it('the store says the pack format it holds', () => {
        expect(PACK_FORMAT).to.be.a('number');
        expect(ours?.format).to.equal(PACK_FORMAT);
      });

      it('a copy that finds a store of the same format shares it, quietly', async () => {
        const planted: Store = { format: PACK_FORMAT, topics: new Map(), listeners: new Set() };
        page[STORE] = planted;
        const other = await anotherCopy();
        const id = uniqueId('same-format');
        const registered = other.registerTopic({ ...clonePack(), id });
        expect(planted.topics.get(id)?.get('en')).to.equal(registered);
        expect(other.getTopic(PLANT), "the planted store has only the other copy's pack").to.equal(undefined);
        expect(warn.messages).to.deep.equal([]);
      });

      it('a copy that finds a store of another format keeps its own, and warns once', async () => {
        const planted: Store = { format: 2, topics: new Map(), listeners: new Set() };
        page[STORE] = planted;
        const other = await anotherCopy();
        expectOneWarning(warn, 'health-widgets:', 'pack format 2', `this one pack format ${PACK_FORMAT}`, 'Load one version only');
        expect(page[STORE], 'the first store stays the page store').to.equal(planted);
        page[STORE] = ours;

        // Neither sees the other's packs, nor tells the other's listeners.
        const id = uniqueId('other-format');
        const heard: string[] = [];
        planted.listeners.add((topic) => heard.push(topic.id));
        other.registerTopic({ ...clonePack(), id });
        expect(other.getTopic(id)?.id).to.equal(id);
        expect(getTopic(id), 'not in this copy').to.equal(undefined);
        expect(planted.topics.size, 'not in the store of the other format').to.equal(0);
        expect(heard).to.deep.equal([]);
        expect(other.getTopic(PLANT), "this copy's packs are not the other's").to.equal(undefined);
        expect(warn.messages, 'no second warning').to.have.length(1);
      });
    });
  });

  describe('several on one page', () => {
    it('two elements side by side pass axe together (no duplicate landmarks)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist topic=${PLANT}></health-symptom-checklist>
        <health-symptom-checklist topic=${PLANT} lang="es" heading-level="3"></health-symptom-checklist>
      </div>`);
      for (const el of wrapper.querySelectorAll<Checklist>('health-symptom-checklist')) await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

  });

  describe('definition', () => {
    it('defining a taken tag again (a second copy of the script) does not throw', () => {
      const original = customElements.get('health-symptom-checklist');
      expect(original).to.exist;
      expect(() => defineElement('health-symptom-checklist', class extends HTMLElement {})).to.not.throw();
      expect(customElements.get('health-symptom-checklist')).to.equal(original);
    });

    it('the element has an open shadow root and the base part', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
      expect(root(el).mode).to.equal('open');
      expect(parts(el, '[part="base"]')).to.have.length(1);
    });
  });
});
