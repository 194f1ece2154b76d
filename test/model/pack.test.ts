import { expect } from '@open-wc/testing';
import { parseTopic, type Statement } from '../../src/model/index.js';
import { b12MuscleTightness as pack } from '../../src/topics/b12-muscle-tightness.js';
import { allPaths, at, type Key } from './helpers.js';

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

  it('is emitted as dist/topics/b12-muscle-tightness.json, which validates too', async () => {
    const response = await fetch('/dist/topics/b12-muscle-tightness.json');
    expect(response.ok).to.equal(true);
    const { $schema, ...rest } = parseTopic(await response.json());
    expect($schema).to.equal('../topic.schema.json');
    expect(rest).to.deep.equal(pack);
  });

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
      ...pack.foods,
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
      expect(pack.symptoms.some((symptom) => symptom.category === category), category).to.equal(true);
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
    expect(pack.guidance.earlyTreatment.text).to.match(/permanent/i);
    expect(pack.guidance.bloodTest.text).to.match(/blood test/i);
    expect(pack.guidance.bloodTest.text).to.match(/healthcare provider/i);
  });

  it('was reviewed on a real date', () => {
    const { date } = pack.reviewed;
    expect(date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const time = Date.parse(`${date}T00:00:00Z`);
    expect(Number.isNaN(time)).to.equal(false);
    expect(new Date(time).toISOString().slice(0, 10)).to.equal(date);
  });

  it('flags balance, coordination and vision as red flags, and nothing else', () => {
    const flagged = pack.symptoms.filter((symptom) => symptom.redFlag).map((symptom) => symptom.id);
    expect(flagged).to.deep.equal(['balance', 'coordination', 'vision']);
  });

  it('has oral supplements and injections, and foods for each diet', () => {
    expect(pack.treatments.map((treatment) => treatment.id)).to.deep.equal(['oral', 'injections']);
    for (const diet of ['omnivore', 'vegetarian', 'vegan'] as const) {
      expect(pack.foods.some((food) => food.diets.includes(diet)), diet).to.equal(true);
      expect(pack.guidance.diet[diet].text).to.not.be.empty;
    }
  });

  it('links only to http(s) addresses', () => {
    for (const source of pack.sources) if (source.url) expect(source.url).to.match(/^https:\/\//);
  });
});
