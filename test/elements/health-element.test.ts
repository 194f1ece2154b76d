/**
 * The base class every element shares (topic / src resolution, loading and error states,
 * heading level, language, health-error), seen through <health-symptom-checklist>.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defineElement } from '../../src/elements/health-element.js';
import { DEFAULT_TOPIC_ID, registerTopic, type HealthErrorEvent, type HealthSymptomChecklist } from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import {
  click,
  clonePack,
  control,
  expectOneWarning,
  headings,
  part,
  parts,
  recordEvents,
  root,
  route,
  shownText,
  sleep,
  spyFetch,
  spyWarn,
  uniqueId,
  whenError,
  whenReady,
  type WarnSpy,
} from './helpers.js';

type Checklist = HealthSymptomChecklist;

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

describe('HealthElement (base class)', () => {
  let warn: WarnSpy;
  beforeEach(() => {
    warn = spyWarn();
  });
  afterEach(() => {
    warn.restore();
  });

  describe('topic', () => {
    it(`defaults to the built-in pack "${DEFAULT_TOPIC_ID}" and shows it without a network request`, async () => {
      const fetches = spyFetch();
      try {
        const el = await fixture<Checklist>(html`<health-symptom-checklist></health-symptom-checklist>`);
        expect(el.topic).to.equal('b12-muscle-tightness');
        expect(el.getAttribute('topic')).to.equal('b12-muscle-tightness');
        expect(el.topicData?.id).to.equal('b12-muscle-tightness');
        expect(shownText(el)).to.include(en.checklistTitle);
        expect(parts(el, 'input[type="checkbox"]')).to.not.be.empty;
        expect(parts(el, '[aria-busy]')).to.be.empty;
        expect(fetches.calls).to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
      } finally {
        fetches.restore();
      }
    });

    it('shows any registered pack by its id', async () => {
      const pack = clonePack();
      pack.id = uniqueId('registered');
      pack.categories[0].label = 'Registered muscle signs';
      registerTopic(pack);
      const el = await fixture<Checklist>(html`<health-symptom-checklist topic=${pack.id}></health-symptom-checklist>`);
      expect(el.topicData?.id).to.equal(pack.id);
      expect(part(el, 'legend').textContent).to.equal('Registered muscle signs');
    });

    it('a pack registered after the element gave up on its topic is shown, without a reload', async () => {
      const id = uniqueId('late');
      const { el, stop } = await withErrors(html`<health-symptom-checklist topic=${id}></health-symptom-checklist>`);
      stop();
      expect(part(el, '[part="error"]')).to.exist;
      registerTopic({ ...clonePack(), id, title: 'A late pack' });
      await el.updateComplete;
      expect(el.topicData?.id).to.equal(id);
      expect(parts(el, 'input[type=checkbox]').length).to.be.greaterThan(10);
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
      expect(parts(el, '[part="error"]')).to.have.length(1);
      el.topic = DEFAULT_TOPIC_ID;
      await el.updateComplete;
      expect(parts(el, '[part="error"]')).to.be.empty;
      expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
      expect(parts(el, 'input[type="checkbox"]')).to.not.be.empty;
    });
  });

  describe('src', () => {
    it('loads a valid pack from a URL and shows it', async () => {
      const src = route('valid');
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${src}></health-symptom-checklist>`);
      await whenReady(el);
      expect(el.topicData?.id).to.equal('b12-muscle-tightness');
      expect(control(el, 'Muscle cramps').type).to.equal('checkbox');
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
      expect(b.topicData?.id).to.equal('b12-muscle-tightness');
      expect(a.topicData?.id, 'the late b12 pack must not replace the newer one').to.equal('hostile-pack');
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
        expect(fetches.calls[0].signal?.aborted, 'the request is aborted').to.equal(true);
        await sleep(500);
        expect(errors.events, 'an abort is not an error').to.deep.equal([]);
        expect(warn.messages).to.deep.equal([]);
        expect(el.topicData).to.equal(null);

        wrapper.append(el);
        await whenReady(el);
        expect(el.topicData?.id).to.equal('b12-muscle-tightness');
        expect(errors.events).to.deep.equal([]);
      } finally {
        errors.stop();
        fetches.restore();
      }
    });

    it('removing src goes back to the registered topic', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist src=${route('not-found')}></health-symptom-checklist>`);
      await whenError(el);
      el.src = null;
      await el.updateComplete;
      expect(parts(el, '[part="error"]')).to.be.empty;
      expect(el.topicData?.id).to.equal(DEFAULT_TOPIC_ID);
    });
  });

  describe('heading-level', () => {
    it('defaults to 2: main heading level 2, sub-headings level 3', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist></health-symptom-checklist>`);
      const all = headings(el);
      expect(all[0]).to.include({ level: 2, text: en.checklistTitle });
      expect(all.find((h) => h.text === en.patternsTitle)?.level).to.equal(3);
      expect(all.find((h) => h.text === en.sources)?.level).to.equal(3);
      expect(warn.messages).to.deep.equal([]);
    });

    it('3 gives aria-level 3 on the main heading and 4 on the sub-headings (5 inside care cards)', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist heading-level="3"></health-symptom-checklist>`);
      el.answers = { signs: ['balance'], patterns: {} };
      await el.updateComplete;
      await click(el, part(el, '.actions button'));
      const all = headings(el);
      expect(all.filter((h) => h.level === 3).map((h) => h.text)).to.deep.equal([en.checklistTitle]);
      expect(all.filter((h) => h.level === 4).map((h) => h.text)).to.have.members([
        en.patternsTitle,
        en.resultTitle,
        en.sources,
      ]);
      expect(all.filter((h) => h.level === 5).map((h) => h.text)).to.have.members([
        `${en.urgentPrefix.trim()} ${en.urgentTitle}`,
        `${en.infoPrefix.trim()} ${en.nextSteps}`,
      ]);
      expect(all.every((h) => h.level >= 3 && h.level <= 6)).to.equal(true);
      expect(warn.messages).to.deep.equal([]);
    });

    it('never goes deeper than 6', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist heading-level="6"></health-symptom-checklist>`);
      el.answers = { signs: ['balance'], patterns: {} };
      await el.updateComplete;
      await click(el, part(el, '.actions button'));
      expect(headings(el).map((h) => h.level)).to.satisfy((levels: number[]) => levels.every((l) => l === 6));
    });

    for (const bad of ['9', 'x', '1', '2.5']) {
      it(`"${bad}" falls back to level 2 and warns exactly once`, async () => {
        const el = await fixture<Checklist>(html`<health-symptom-checklist heading-level=${bad}></health-symptom-checklist>`);
        expect(headings(el)[0]).to.include({ level: 2, text: en.checklistTitle });
        expect(headings(el).find((h) => h.text === en.patternsTitle)?.level).to.equal(3);
        el.requestUpdate();
        await el.updateComplete;
        expectOneWarning(warn, '<health-symptom-checklist>', 'heading-level', 'from 2 to 6');
      });
    }

    it('follows a change of the attribute; removing it goes back to 2 without a warning', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist heading-level="4"></health-symptom-checklist>`);
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
    it('lang="es" shows the Spanish strings', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="es"></health-symptom-checklist>`);
      expect(part(el, '[part="base"]').lang).to.equal('es');
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
      expect(part(el, '.actions button').textContent?.trim()).to.equal(es.showResult);
      expect(parts(el, 'label').filter((label) => label.textContent === es.noneOfThese)).to.have.length(4);
      expect(shownText(el)).to.not.include(en.checklistTitle);
    });

    it('with a Spanish UI over an English pack, pack text is marked lang="en" and UI text is not', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="es"></health-symptom-checklist>`);
      const marked = parts(el, '[part="base"] [lang]');
      expect(marked.length).to.be.greaterThan(20);
      expect(marked.every((node) => node.getAttribute('lang') === 'en')).to.equal(true);
      const texts = marked.map((node) => node.textContent);
      expect(texts).to.include('Problems with balance');
      expect(texts).to.include('How did the tightness start?');
      expect(texts).to.not.include(es.noneOfThese);
    });

    it('when the UI and the pack speak one language, nothing is marked', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="en-GB"></health-symptom-checklist>`);
      expect(parts(el, '[part="base"] [lang]')).to.have.length(0);
    });

    it('a regional tag (es-MX) uses its language', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="es-MX"></health-symptom-checklist>`);
      expect(part(el, '[part="base"]').lang).to.equal('es');
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
    });

    it('is inherited from an ancestor with lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es"><section><health-symptom-checklist></health-symptom-checklist></section></div>`,
      );
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
    });

    it('is inherited across a shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('health-symptom-checklist');
      shadow.append(el);
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
    });

    it('an unknown language (fr) falls back to English', async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist lang="fr"></health-symptom-checklist>`);
      expect(part(el, '[part="base"]').lang).to.equal('en');
      expect(headings(el)[0].text).to.equal(en.checklistTitle);
      expect(warn.messages).to.deep.equal([]);
    });

    it("a change of an ancestor's lang is picked up on the next render", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><health-symptom-checklist></health-symptom-checklist></div>`);
      const el = wrapper.querySelector<Checklist>('health-symptom-checklist')!;
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(en.checklistTitle);
      wrapper.lang = 'es';
      el.requestUpdate();
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
      expect(part(el, '[part="base"]').lang).to.equal('es');
    });

    it("a change of the element's own lang attribute re-renders it", async () => {
      const el = await fixture<Checklist>(html`<health-symptom-checklist></health-symptom-checklist>`);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(es.checklistTitle);
      el.lang = 'en';
      await el.updateComplete;
      expect(headings(el)[0].text).to.equal(en.checklistTitle);
    });

    it('the in-place error and the loading status are translated too', async () => {
      const failed = await fixture<Checklist>(html`<health-symptom-checklist lang="es" topic="nope"></health-symptom-checklist>`);
      expect(shownText(failed)).to.include(es.errorTitle).and.include(es.errorUnknownTopic);
      const loading = await fixture<Checklist>(
        html`<health-symptom-checklist lang="es" src=${route('slow-valid')}></health-symptom-checklist>`,
      );
      expect(part(loading, '[aria-busy="true"]').textContent?.trim()).to.equal(es.loading);
      await whenReady(loading);
      expectOneWarning(warn, '"nope"');
    });
  });

  describe('several on one page', () => {
    it('two elements side by side pass axe together (no duplicate landmarks)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist></health-symptom-checklist>
        <health-symptom-checklist lang="es" heading-level="3"></health-symptom-checklist>
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
      const el = await fixture<Checklist>(html`<health-symptom-checklist></health-symptom-checklist>`);
      expect(root(el).mode).to.equal('open');
      expect(parts(el, '[part="base"]')).to.have.length(1);
    });
  });
});
