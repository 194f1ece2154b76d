import { expect, oneEvent } from '@open-wc/testing';
import type { HealthElement } from '../../src/elements/health-element.js';
import type { HealthSymptomChecklist } from '../../src/index.js';
import { en } from '../../src/i18n/strings.js';
import {
  answer,
  getAllByRole,
  headingTexts,
  PLANT,
  plantTopic,
  printMedia,
  recordEvents,
  registerVariant,
  screenMedia,
  settle,
  sleep,
  spyWarn,
  TAGS,
  textOf,
  widget,
} from '../harness/index.js';

describe('health-ready and the ready promise', () => {
  for (const tag of TAGS) {
    it(`<${tag}> fires health-ready once it has rendered its pack, and ready resolves alike`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const el = document.createElement(tag) as HealthElement;
      el.setAttribute('topic', PLANT);
      const fired = oneEvent(el, 'health-ready');
      host.append(el);
      const event = await fired;
      expect(event.detail).to.deep.equal({ topicId: PLANT, lang: plantTopic.lang });
      expect(event.bubbles && event.composed).to.equal(true);
      // Rendered when it fires: the pack's heading is there.
      expect(headingTexts(el).length).to.be.greaterThan(0);
      expect(await el.ready).to.deep.equal({ topicId: PLANT, lang: plantTopic.lang });
      host.remove();
    });
  }

  it('fires again when another pack is shown, not on other renders', async () => {
    const other = registerVariant();
    const el = await widget<HealthElement>(`<health-comparison-table topic=${PLANT}></health-comparison-table>`);
    await el.ready;
    const events = recordEvents(el, 'health-ready');
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect(events.events).to.have.length(0);
    el.topic = other.id;
    await settle(el);
    expect(events.events.map((event) => event.detail)).to.deep.equal([{ topicId: other.id, lang: other.lang }]);
    events.stop();
  });

  it('waits for a pack registered later', async () => {
    const id = `late-${Date.now()}`;
    const el = await widget<HealthElement>(`<health-treatment-explainer topic=${id}></health-treatment-explainer>`);
    let isReady = false;
    void el.ready.then(() => (isReady = true));
    await sleep(20);
    expect(isReady).to.equal(false);
    registerVariant((pack) => (pack.id = id));
    await el.ready;
    expect(isReady).to.equal(true);
  });
});

describe('health-checklist-update', () => {
  it('fires after every change of the assessment, whatever its cause, with the assessment shown', async () => {
    const checklist = await widget<HealthSymptomChecklist>(
      `<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`,
    );
    await checklist.ready;
    const events = recordEvents(checklist, 'health-checklist-update');
    await answer(checklist, 'brown-spots');
    await settle(checklist);
    checklist.answers = { signs: ['tiny-holes'], patterns: {} };
    await settle(checklist);
    checklist.reset();
    await settle(checklist);
    expect(events.events.map((event) => event.detail.answers.signs)).to.deep.equal([['brown-spots'], ['tiny-holes'], []]);
    expect(events.events.at(-1)!.detail.assessment).to.equal(checklist.assessment);
    // A render that changes nothing sends nothing.
    checklist.setAttribute('heading-level', '4');
    await settle(checklist);
    expect(events.events).to.have.length(3);
    events.stop();
  });
});

describe('languages without UI strings', () => {
  it('lang="fr" with no French strings or pack warns once and shows the pack in its own language', async () => {
    const warn = spyWarn();
    try {
      const el = await widget<HealthElement>(`<health-comparison-table topic=${PLANT} lang="fr"></health-comparison-table>`);
      await el.ready;
      el.setAttribute('heading-level', '3');
      await settle(el);
      const messages = warn.messages.filter((message) => message.includes('lang="fr"'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('registerStrings');
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal(plantTopic.lang);
    } finally {
      warn.restore();
    }
  });

  it('lang="es" has strings: no such warning', async () => {
    const warn = spyWarn();
    try {
      const el = await widget<HealthElement>(`<health-comparison-table topic=${PLANT} lang="es"></health-comparison-table>`);
      await el.ready;
      expect(warn.messages.filter((message) => message.includes('no UI strings and no pack'))).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });
});

describe('built when needed', () => {
  it("the About block's text is built when it is first opened, and is there in that first frame", async () => {
    const el = await widget<HealthElement>(`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
    await el.ready;
    const background = plantTopic.background[0].text;
    expect(textOf(el, { hidden: true })).not.to.contain(background);
    const summary = el.shadowRoot!.querySelector('summary')!;
    summary.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain(background);
    await expect(el).to.be.accessible();
  });

  it('the print summary is built for print (beforeprint) once there are answers, with the date', async () => {
    const checklist = await widget<HealthSymptomChecklist>(
      `<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`,
    );
    await checklist.ready;
    expect(textOf(checklist, { hidden: true })).not.to.contain(en.summaryTitle);
    await answer(checklist, 'brown-spots');
    expect(textOf(checklist, { hidden: true }), 'not before print').not.to.contain(en.summaryTitle);
    try {
      await printMedia();
      expect(textOf(checklist)).to.contain(en.summaryTitle);
      const dates = getAllByRole(checklist, 'time').map((time) => time.getAttribute('datetime'));
      const today = new Date();
      const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
      expect(dates).to.include(iso);
    } finally {
      await screenMedia();
    }
  });
});
