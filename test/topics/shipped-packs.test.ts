/** Checks every pack that ships, in every language, and how it ships. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import {
  getTopic,
  parseTopic,
  type HealthElement,
  type HealthSymptomChecklist,
  type HealthTreatmentExplainer,
  type Topic,
} from '../../src/index.js';
import b12En from '../../src/topics/b12-muscle-tightness.en.json';
import b12Es from '../../src/topics/b12-muscle-tightness.es.json';
import legCrampsEn from '../../src/topics/leg-cramps.en.json';
import legCrampsEs from '../../src/topics/leg-cramps.es.json';
import { readingGrade } from '../../src/model/readability.js';
import { displayedStatements } from '../../src/model/statements.js';
import { answer, getByPart, optionTitles, settle, textOf } from '../harness/index.js';
import { LABEL_KEYS, packShape } from '../fixtures/packs.js';

const strip = ({ $schema: _, ...pack }: { $schema?: string }) => pack;
const packs: Record<string, Topic> = {
  'b12-muscle-tightness.en': parseTopic(strip(b12En)),
  'b12-muscle-tightness.es': parseTopic(strip(b12Es)),
  'leg-cramps.en': parseTopic(strip(legCrampsEn)),
  'leg-cramps.es': parseTopic(strip(legCrampsEs)),
};

describe('shipped packs', () => {
  for (const [name, pack] of Object.entries(packs)) {
    describe(name, () => {
      it('is named by its id and language', () => {
        expect(name).to.equal(`${pack.id}.${pack.lang}`);
      });

      it('is shipped as dist/topics JSON for src, unchanged', async () => {
        const response = await fetch(`/dist/topics/${name}.json`);
        expect(response.ok).to.equal(true);
        const { $schema, ...shipped } = parseTopic(await response.json());
        expect($schema).to.equal('../topic.schema.json');
        expect(shipped).to.deep.equal(pack);
      });

      it('words every heading of the three widgets itself', () => {
        for (const key of LABEL_KEYS) expect(pack.labels?.[key], key).to.be.a('string').that.is.not.empty;
      });

      it('cites every source it lists (the schema makes every statement cite one it lists)', () => {
        const used = new Set(
          JSON.stringify(pack)
            .match(/"source":\[[^\]]*\]/g)!
            .flatMap((refs) => JSON.parse(refs.slice(9)) as string[]),
        );
        expect([...used].sort()).to.deep.equal(pack.sources.map((source) => source.id).sort());
      });

      it('never tells the reader they have a condition', () => {
        const text = JSON.stringify(pack);
        expect(text).to.not.match(/\byou have (a |an )?(deficiency|condition|b12|anaemia|secondary)/i);
        expect(text).to.not.match(/\busted tiene (una )?(deficiencia|anemia|calambres secundarios)/i);
      });

      if (pack.lang === 'en') {
        it('reads at grade 6 or lower: no displayed statement above grade 6.5', () => {
          const over = displayedStatements(pack)
            .map(({ path, text }) => ({ path, grade: Math.round(readingGrade(text) * 10) / 10 }))
            .filter(({ grade }) => grade > 6.5);
          expect(over).to.deep.equal([]);
        });
      }

      it('cites the publisher, not the article, for its safety sentences', () => {
        expect(pack.sources.some((source) => source.id === 'editorial')).to.equal(true);
        for (const statement of [pack.guidance.notDiagnosis, pack.guidance.safetyNet]) {
          expect(statement.source, statement.text).to.include('editorial');
        }
        expect(pack.reviewed.by).to.match(/clinical reviewer|revisor clínico/i);
        expect(pack.reviewed.against).to.be.a('string').that.is.not.empty;
      });

      it('says it is not a diagnosis, and how the cause is confirmed', () => {
        expect(pack.guidance.notDiagnosis.text).to.match(pack.lang === 'es' ? /no es un diagnóstico/i : /not a diagnosis/i);
        expect(pack.guidance.confirm.text).to.not.be.empty;
      });

      it('has answers that call for care, each tier with its card, and answers that lean to each condition', () => {
        const tiers = new Set(pack.symptoms.map((symptom) => symptom.urgency).filter(Boolean));
        expect(tiers.size).to.be.greaterThan(0);
        for (const tier of tiers) expect(pack.careCards[tier!], tier).to.exist;
        expect(tiers.has('emergency'), 'no emergency the article does not name').to.equal(false);
        for (const condition of pack.conditions) {
          const answers = [...pack.symptoms, ...pack.patterns.flatMap((pattern) => pattern.options)];
          expect(
            answers.some((item) => (item.suggests[condition.id] ?? 0) > 0),
            condition.id,
          ).to.equal(true);
        }
      });
    });
  }

  for (const topic of ['b12-muscle-tightness', 'leg-cramps']) {
    it(`${topic}: the Spanish pack has the same ids, numbers and structure as the English one`, () => {
      const english = packs[`${topic}.en`];
      const spanish = packs[`${topic}.es`];
      expect(packShape({ ...spanish, lang: 'en' })).to.deep.equal(packShape(english));
      expect(spanish.title).to.not.equal(english.title);
    });
  }

  it('the leg-cramps pack says nothing about vitamin B12, in either language', () => {
    for (const name of ['leg-cramps.en', 'leg-cramps.es']) {
      expect(JSON.stringify(packs[name]), name).to.not.match(/b12|vitamin|cobalamin/i);
    }
  });

  it('the Spanish packs speak to the patient as usted', () => {
    for (const name of ['b12-muscle-tightness.es', 'leg-cramps.es']) {
      const text = JSON.stringify(packs[name]);
      expect(text, name).to.not.match(/\b(tú|tienes|puedes|debes|hazlo)\b/i);
      expect(text, name).to.match(/\b(usted|su|sus)\b/i);
    }
  });
});

describe('shipping a pack as a module', () => {
  it('dist/topics/<id>.<lang>.js registers the pack for the widgets already on the page, through any copy of the library', async () => {
    expect(getTopic('leg-cramps', 'es')).to.equal(undefined);
    const el = await fixture<HealthSymptomChecklist>(
      html`<health-symptom-checklist topic="leg-cramps" lang="es"></health-symptom-checklist>`,
    );
    // The module imports the built drop-in: a second copy of the library beside the one under test.
    await import(/* @vite-ignore */ `${location.origin}/dist/topics/leg-cramps.es.js`);
    await settle(el);
    expect(getTopic('leg-cramps', 'es')?.lang).to.equal('es');
    const text = textOf(el);
    expect(text).to.include(packs['leg-cramps.es'].labels!.checklistTitle!).and.include(es.showResult);
    expect(text).to.not.include(en.showResult);
  });

  it('a leg-cramps page reads as leg cramps in all three widgets, with its own urgent advice', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/topics/leg-cramps.en.js`);
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <health-symptom-checklist id="cramps" topic="leg-cramps"></health-symptom-checklist>
        <health-comparison-table for="cramps" topic="leg-cramps"></health-comparison-table>
        <health-treatment-explainer
          for="cramps"
          topic="leg-cramps"
          situation="impact=disturbing&exercises=not-helped"
        ></health-treatment-explainer>
      </div>`,
    );
    const [checklist, table, explainer] = [...page.children] as [HealthSymptomChecklist, HealthElement, HealthTreatmentExplainer];
    const redFlag = packs['leg-cramps.en'].symptoms.find((symptom) => symptom.urgency === 'urgent')!;
    await answer(checklist, redFlag.id);
    await settle(checklist, table, explainer);
    for (const el of [checklist, table, explainer]) {
      expect(textOf(el, { hidden: true }), el.localName).to.not.match(/b12|vitamin/i);
    }
    expect(optionTitles(explainer).join(' | ')).to.match(/quinine/i);
    const card = getByPart(explainer, 'urgent-card');
    expect(textOf(card)).to.include(packs['leg-cramps.en'].careCards.urgent!.title).and.include(redFlag.label);
    await expect(explainer).to.be.accessible();
  });
});
