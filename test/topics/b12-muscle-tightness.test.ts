import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  assess,
  b12MuscleTightness as pack,
  parseTopic,
  planTreatment,
  registerTopic,
  type HealthElement,
  type HealthSymptomChecklist,
  type HealthTreatmentExplainer,
  type Statement,
} from '../../src/index.js';
import spanish from '../../src/topics/b12-muscle-tightness.es.json';
import {
  accessibleName,
  answer,
  getByPart,
  optionTitles,
  queryAllByPart,
  queryAllByRole,
  settle,
  textOf,
} from '../harness/index.js';
import { packShape } from '../fixtures/packs.js';
import { allPaths, at, type Key } from '../model/helpers.js';

/** Every `source` array in the pack, with where it is. */
function sourceArrays(): Array<{ path: Key[]; ids: unknown[] }> {
  return allPaths(pack)
    .filter((path) => path[path.length - 1] === 'source')
    .map((path) => ({ path, ids: at(pack, path) as unknown[] }));
}

/** Every statement (an object with `text`) in the pack. */
function statements(): Statement[] {
  return allPaths(pack)
    .map((path) => at(pack, path))
    .filter((value): value is Statement => typeof value === 'object' && value !== null && 'text' in value);
}

const packText = (): string => JSON.stringify(pack).toLowerCase();

describe('the built-in pack (b12-muscle-tightness)', () => {
  it('validates with parseTopic, unchanged', () => {
    expect(parseTopic(pack)).to.deep.equal(pack);
  });

  it('validates after a JSON round trip', () => {
    const json: unknown = JSON.parse(JSON.stringify(pack));
    expect(parseTopic(json)).to.deep.equal(pack);
  });

  for (const file of ['b12-muscle-tightness.en.json', 'b12-muscle-tightness.json']) {
    it(`is emitted as dist/topics/${file}, which validates too`, async () => {
      const response = await fetch(`/dist/topics/${file}`);
      expect(response.ok).to.equal(true);
      const { $schema, ...rest } = parseTopic(await response.json());
      expect($schema).to.equal('../topic.schema.json');
      const { $schema: _, ...builtIn } = pack;
      expect(rest).to.deep.equal(builtIn);
    });
  }

  it('has id, version, language and title', () => {
    expect(pack.id).to.equal('b12-muscle-tightness');
    expect(pack.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(pack.lang).to.equal('en');
    expect(pack.title.toLowerCase()).to.include('b12');
  });

  it('names only sources it lists, in every `source` array', () => {
    const known = new Set(pack.sources.map((source) => source.id));
    const arrays = sourceArrays();
    // Statements, symptoms, pattern options, comparison rows and foods all carry sources.
    expect(arrays.length).to.be.greaterThan(60);
    for (const { path, ids } of arrays) {
      expect(ids, path.join('.')).to.be.an('array').that.is.not.empty;
      for (const id of ids) expect(known.has(id as string), `${path.join('.')}: ${String(id)}`).to.equal(true);
    }
  });

  it('gives every statement, sign, option, row and food a source', () => {
    const things: Array<{ source?: unknown }> = [
      ...statements(),
      ...pack.symptoms,
      ...pack.patterns.flatMap((pattern) => pattern.options),
      ...pack.comparison,
      ...pack.lists.flatMap((list) => list.items),
    ];
    for (const thing of things) expect(thing.source, JSON.stringify(thing)).to.be.an('array').that.is.not.empty;
  });

  it('lists every source it names and names every source it lists', () => {
    const used = new Set(sourceArrays().flatMap(({ ids }) => ids));
    expect([...used].sort()).to.deep.equal(pack.sources.map((source) => source.id).sort());
  });

  it('has the four symptom categories, and each symptom is in one of them', () => {
    const categories = pack.categories.map((category) => category.id);
    expect(categories).to.deep.equal(['muscle', 'neurological', 'physical', 'psychological']);
    for (const symptom of pack.symptoms) expect(categories, symptom.id).to.include(symptom.category);
    for (const category of categories) {
      expect(
        pack.symptoms.some((symptom) => symptom.category === category),
        category,
      ).to.equal(true);
    }
  });

  it('has the two conditions, each with a leaning and a next step', () => {
    expect(pack.conditions.map((condition) => condition.id)).to.deep.equal(['b12', 'everyday']);
    for (const condition of pack.conditions) {
      expect(condition.leaning.text).to.not.match(/\byou have\b/i);
      expect(condition.nextStep.text).to.not.be.empty;
    }
  });

  it('has the differential table: cause, signs, onset, areas, response; a value per condition in each row', () => {
    expect(pack.comparison.map((row) => row.id)).to.deep.equal(['cause', 'associated', 'onset', 'areas', 'response']);
    for (const row of pack.comparison) {
      expect(Object.keys(row.values).sort(), row.id).to.deep.equal(['b12', 'everyday']);
      for (const condition of pack.conditions) expect(row.values[condition.id], row.id).to.be.a('string').that.is.not.empty;
    }
  });

  it('only names real answers as comparison evidence', () => {
    const answers = new Set([
      ...pack.symptoms.map((symptom) => symptom.id),
      ...pack.patterns.flatMap((pattern) => pattern.options.map((option) => option.id)),
    ]);
    for (const row of pack.comparison) for (const id of row.evidence) expect(answers.has(id), `${row.id}: ${id}`).to.equal(true);
  });

  it('asks the pattern questions that separate the causes (onset, area, what preceded it)', () => {
    const patterns = pack.patterns.map((pattern) => pattern.id);
    expect(patterns).to.include.members(['onset', 'area', 'preceded']);
    for (const pattern of pack.patterns) expect(pattern.options.length).to.be.at.least(2);
  });

  it('gives the clinical terms paresthesia, ataxia and glossitis', () => {
    const terms = pack.symptoms.map((symptom) => symptom.clinicalTerm);
    expect(terms).to.include.members(['paresthesia', 'ataxia', 'glossitis']);
    expect(pack.symptoms.find((symptom) => symptom.clinicalTerm === 'paresthesia')?.label).to.match(/tingling/i);
    expect(pack.symptoms.find((symptom) => symptom.clinicalTerm === 'ataxia')?.label).to.match(/coordination/i);
    expect(pack.symptoms.find((symptom) => symptom.clinicalTerm === 'glossitis')?.label).to.match(/tongue/i);
  });

  it('mentions megaloblastic anaemia and pernicious anaemia', () => {
    expect(packText()).to.include('megaloblastic anaemia');
    expect(packText()).to.include('pernicious anaemia');
  });

  it('mentions the myelin sheath, permanent nerve damage and the blood test', () => {
    expect(packText()).to.include('myelin sheath');
    expect(pack.steps.some((step) => /permanent/i.test(step.text))).to.equal(true);
    expect(pack.guidance.confirm.text).to.match(/blood test/i);
    expect(pack.guidance.confirm.text).to.match(/doctor/i);
  });

  it('was reviewed on a real date', () => {
    const { date } = pack.reviewed;
    expect(date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const time = Date.parse(`${date}T00:00:00Z`);
    expect(Number.isNaN(time)).to.equal(false);
    expect(new Date(time).toISOString().slice(0, 10)).to.equal(date);
  });

  it('gives balance, coordination and vision problems the urgent tier, and nothing else an urgency', () => {
    const flagged = pack.symptoms.filter((symptom) => symptom.urgency).map((symptom) => [symptom.id, symptom.urgency]);
    expect(flagged).to.deep.equal([
      ['balance', 'urgent'],
      ['coordination', 'urgent'],
      ['vision', 'urgent'],
    ]);
    expect(pack.careCards.urgent?.title).to.match(/doctor/i);
  });

  it('says "doctor" for the professional throughout, in British spelling', () => {
    const text = JSON.stringify(pack);
    expect(text).to.not.match(/healthcare provider|\bGP\b/i);
    expect(text).to.not.match(/\banemia\b|\bcolor\b/i);
    expect(text).to.match(/\bdoctor\b/);
  });

  it('leans only when two answers point the same way', () => {
    expect(assess(pack, { signs: ['tingling'], patterns: {} }).unclearReason).to.equal('too-few');
    expect(assess(pack, { signs: ['tingling', 'memory'], patterns: { onset: 'onset-slow' } }).leaning).to.equal('b12');
  });

  it('asks severity, cause and diet, the ids of the attributes pages already use', () => {
    expect(pack.situation.map((question) => question.id)).to.deep.equal(['severity', 'cause', 'diet']);
    const options = (id: string) => pack.situation.find((question) => question.id === id)!.options.map((option) => option.id);
    expect(options('severity')).to.deep.equal(['mild', 'severe', 'unknown']);
    expect(options('cause')).to.deep.equal(['diet', 'absorption', 'unknown']);
    expect(options('diet').slice(0, 3)).to.deep.equal(['omnivore', 'vegetarian', 'vegan']);
    // Every question offers "not known yet".
    for (const question of pack.situation)
      expect(
        question.options.some((option) => option.unknown),
        question.id,
      ).to.equal(true);
  });

  it('has oral supplements and injections, and foods for each diet', () => {
    expect(pack.treatments.map((treatment) => treatment.id)).to.deep.equal(['oral', 'injections']);
    const [foods] = pack.lists;
    for (const diet of ['omnivore', 'vegetarian', 'vegan']) {
      expect(
        foods.items.some((food) => food.when?.includes(diet)),
        diet,
      ).to.equal(true);
      expect(foods.advice?.[diet]?.text, diet).to.not.be.empty;
    }
  });

  describe('treatment plans (the article: severity and cause decide; food by diet)', () => {
    const options = (situation: Record<string, string>) => planTreatment(pack, situation).options.map((option) => option.id);
    const foods = (situation: Record<string, string>) => planTreatment(pack, situation).lists[0].items.map((item) => item.id);

    it('oral supplements for a mild deficiency from diet; injections when severe or not absorbed', () => {
      expect(options({ severity: 'mild', cause: 'diet' })).to.deep.equal(['oral']);
      expect(options({ severity: 'severe', cause: 'diet' })).to.deep.equal(['injections']);
      expect(options({ severity: 'mild', cause: 'absorption' })).to.deep.equal(['injections']);
      expect(options({ severity: 'severe' })).to.deep.equal(['injections']);
    });

    it('nothing is offered as fitting until severity and cause are known', () => {
      expect(options({})).to.deep.equal([]);
      expect(planTreatment(pack, {}).pending.map((pending) => pending.questionId)).to.deep.equal(['severity', 'cause']);
      expect(options({ severity: 'unknown', cause: 'unknown' })).to.deep.equal([]);
      expect(options({ severity: 'mild', cause: 'unknown' })).to.deep.equal([]);
    });

    it('vegetarians are shown eggs and dairy as well as fortified foods; vegans no animal foods', () => {
      expect(foods({ diet: 'omnivore' })).to.deep.equal(['meat', 'fish', 'eggs', 'dairy']);
      expect(foods({ diet: 'vegetarian' })).to.deep.equal([
        'eggs',
        'dairy',
        'fortified-cereals',
        'nutritional-yeast',
        'supplements',
      ]);
      expect(foods({ diet: 'vegan' })).to.deep.equal(['fortified-cereals', 'nutritional-yeast', 'supplements']);
      expect(foods({})).to.deep.equal([]);
    });
  });

  it('links only to http(s) addresses', () => {
    for (const source of pack.sources) if (source.url) expect(source.url).to.match(/^https:\/\//);
  });
});

describe('the Spanish B12 pack', () => {
  const es = parseTopic({ ...spanish, $schema: undefined });

  it('validates and has the same ids, numbers and structure as the English pack', () => {
    const { $schema: _, ...english } = pack;
    expect(packShape(es)).to.deep.equal(packShape({ ...english, lang: 'es' }));
  });

  it('uses the standard Spanish medical terms and speaks to the patient as usted', () => {
    const text = JSON.stringify(es).toLowerCase();
    for (const term of [
      'anemia perniciosa',
      'anemia megaloblástica',
      'parestesia',
      'glositis',
      'ataxia',
      'levadura nutricional',
      'cereales fortificados',
    ]) {
      expect(text, term).to.include(term);
    }
    expect(text).to.include('síntomas');
    expect(text).to.not.match(/\btú\b|\btienes\b|usted tiene (deficiencia|anemia)/);
    expect(es.careCards.urgent?.title).to.match(/médico/i);
    expect(es.situation.find((question) => question.id === 'diet')?.question).to.equal('¿Cómo es su alimentación?');
  });
});

describe('pages written for the B12 widgets before packs had their own questions', () => {
  before(() => registerTopic(spanish));

  it('severity, cause and diet attributes still set the explainer, and its event reports them', async () => {
    const el = await fixture<HealthTreatmentExplainer>(
      html`<health-treatment-explainer severity="mild" cause="diet" diet="vegan"></health-treatment-explainer>`,
    );
    expect(el.situation).to.deep.equal({ severity: 'mild', cause: 'diet', diet: 'vegan' });
    expect(optionTitles(el)).to.deep.equal(['B12 by mouth (oral supplements)']);
    const text = textOf(el);
    expect(text).to.include('Nutritional yeast').and.include('If you are vegan');
    expect(text).to.include('Treating low B12 early is important');
  });

  it('categories="muscle" still shows the signs that call for urgent care, and ticking one shows its card at once', async () => {
    const checklist = await fixture<HealthSymptomChecklist>(
      html`<health-symptom-checklist categories="muscle"></health-symptom-checklist>`,
    );
    await settle(checklist);
    // The signs shown, by the pack ids of their names.
    const names = queryAllByRole(checklist, 'checkbox').map(accessibleName);
    const shown = pack.symptoms.filter((sign) => names.some((name) => name.startsWith(sign.label))).map((sign) => sign.id);
    expect(shown).to.include.members(['balance', 'coordination', 'vision']);
    expect(shown).to.not.include('tingling');
    await answer(checklist, 'balance');
    expect(textOf(getByPart(checklist, 'urgent-card'))).to.include(pack.careCards.urgent!.title);
    expect(queryAllByPart(checklist, 'result'), 'no result asked for yet').to.deep.equal([]);
  });

  it('the checklist submits the same form data as before', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><health-symptom-checklist name="signs"></health-symptom-checklist></form>`,
    );
    const checklist = form.querySelector<HealthSymptomChecklist>('health-symptom-checklist')!;
    await settle(checklist);
    await answer(checklist, 'tingling', 'balance', 'onset-slow');
    expect([...new FormData(form)]).to.deep.equal([
      ['signs', 'tingling'],
      ['signs', 'balance'],
      ['signs.onset', 'onset-slow'],
    ]);
    expect(checklist.assessment?.leaning).to.equal('b12');
    expect(checklist.assessment?.redFlags.map((flag) => flag.id)).to.deep.equal(['balance']);
  });

  it('lang="es" shows the B12 widgets in Spanish throughout: UI and medical text', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <health-symptom-checklist id="b12-es"></health-symptom-checklist>
        <health-comparison-table for="b12-es"></health-comparison-table>
        <health-treatment-explainer for="b12-es" severity="severe"></health-treatment-explainer>
      </div>`,
    );
    const elements = [...page.children] as HealthElement[];
    await settle(...elements);
    const [checklist, table, explainer] = elements.map((el) => textOf(el));
    expect(checklist).to.include('¿Cuáles de estos síntomas ha notado?').and.include('parestesia').and.not.include('Tingling');
    expect(table).to.include('Característica').and.not.include('Underlying cause');
    expect(explainer).to.include('¿Cómo es su alimentación?').and.include('Inyecciones').and.not.include('Treatment options');
    for (const el of elements) expect(getByPart(el, 'base').lang).to.equal('es');
    await expect(page.querySelector('health-treatment-explainer')).to.be.accessible();
  });
});
