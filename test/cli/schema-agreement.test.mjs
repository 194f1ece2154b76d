// dist/topic.schema.json and checkTopic agree: on everything the schema can express they
// accept and refuse the same packs, and what it cannot express is listed in its description.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'dist/topic.schema.json'), 'utf8'));
const { checkTopic } = await import(pathToFileURL(join(root, 'lib/model/check.js')).href);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const base = read(join(root, 'src/topics/leg-cramps.en.json'));
const copy = () => structuredClone(base);

/** Packs the schema alone must refuse, as checkTopic does: one shape rule broken each. */
const shapeBroken = {
  'missing title': (p) => delete p.title,
  'unknown property': (p) => (p.lables = {}),
  'id with capitals': (p) => (p.symptoms[0].id = 'Calf'),
  'reserved condition id': (p) => (p.conditions[0].id = 'unclear'),
  'javascript: URL': (p) => (p.sources[0].url = 'javascript:alert(1)'),
  'URL in capitals is still a web address': null,
  'too few options': (p) => (p.patterns[0].options = p.patterns[0].options.slice(0, 1)),
  'weight out of range': (p) => (p.symptoms[0].suggests = { ordinary: 1000 }),
  'unknown urgency': (p) => (p.symptoms[0].urgency = 'asap'),
  'seven situation questions': (p) => (p.situation = Array.from({ length: 7 }, (_, i) => ({ ...p.situation[0], id: `q${i}` }))),
  'text too long in characters': (p) => (p.title = '😀'.repeat(2001)),
  'empty text': (p) => (p.title = ''),
  'bad date': (p) => (p.reviewed.date = '2026-13-01'),
  'bad language tag': (p) => (p.lang = 'english'),
};

/** Packs the schema accepts but checkTopic refuses: the rules listed in the schema's description. */
const referenceBroken = {
  'unknown category': (p) => (p.symptoms[0].category = 'nerves'),
  'duplicate id': (p) => (p.symptoms[1].id = p.symptoms[0].id),
  'unknown source': (p) => (p.steps[0].source = ['nowhere']),
  'unknown condition in suggests': (p) => (p.symptoms[1].suggests = { nothing: 1 }),
  'missing comparison value': (p) => delete p.comparison[0].values.ordinary,
  'weight without basis': (p) => delete p.symptoms[1].basis,
  'urgency without its card': (p) => delete p.careCards.soon,
  'unknown situation option in a rule': (p) => (p.treatments.find((t) => t.when).when[0].impact = ['never']),
};

test('every shipped pack is valid for both', () => {
  for (const file of readdirSync(join(root, 'src/topics')).filter((name) => name.endsWith('.json'))) {
    const pack = read(join(root, 'src/topics', file));
    assert.equal(validate(pack), true, `${file}: ${ajv.errorsText(validate.errors)}`);
    delete pack.$schema;
    assert.deepEqual(checkTopic(pack).errors, [], file);
  }
});

test('shape rules: the schema and checkTopic refuse the same packs', () => {
  for (const [name, edit] of Object.entries(shapeBroken)) {
    if (!edit) continue;
    const pack = copy();
    edit(pack);
    assert.equal(validate(pack), false, `${name}: the schema should refuse it`);
    assert.notDeepEqual(checkTopic(pack).errors, [], `${name}: checkTopic should refuse it`);
  }
  // Case does not matter in a URL's scheme, for either.
  const upper = copy();
  upper.sources[1].url = 'HTTPS://WWW.NHS.UK/';
  assert.equal(validate(upper), true, ajv.errorsText(validate.errors));
  assert.deepEqual(checkTopic(upper).errors, []);
  // Length is counted in characters by both: 2000 emoji are 4000 UTF-16 units.
  const emoji = copy();
  emoji.title = '😀'.repeat(2000);
  assert.equal(validate(emoji), true);
  assert.deepEqual(checkTopic(emoji).errors, []);
});

test('reference rules: the schema cannot express them, says so, and checkTopic refuses each', () => {
  for (const [name, edit] of Object.entries(referenceBroken)) {
    const pack = copy();
    edit(pack);
    assert.equal(validate(pack), true, `${name}: valid for the schema (${ajv.errorsText(validate.errors)})`);
    assert.notDeepEqual(checkTopic(pack).errors, [], `${name}: checkTopic refuses it`);
  }
  for (const rule of ['ids unique', 'reference', 'basis', 'care card', 'every condition']) {
    assert.match(schema.description, new RegExp(rule), rule);
  }
});

test('every property of the schema is described, and shared shapes live in $defs', () => {
  const undescribed = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!value.description) undescribed.push(`${path}.${key}`);
      walk(value, `${path}.${key}`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, `${path}/${key}`);
  };
  walk(schema, '');
  assert.deepEqual(undescribed, []);
  for (const name of ['Id', 'StatementSchema', 'SymptomSchema', 'CareCardSchema']) {
    assert.ok(schema.$defs[name]?.description, `${name} is a described $def`);
  }
});
