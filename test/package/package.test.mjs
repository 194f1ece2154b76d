// Packs the package as npm would publish it, checks what it holds, installs it into a scratch
// project and compiles a TypeScript and a React consumer against the shipped types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'health-widgets-pack-'));
let files = [];

before(() => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }),
  );
  files = packed.files.map((file) => file.path);
  const installed = join(scratch, 'node_modules', 'health-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);
  // The consumer resolves the package's own dependencies and React's types from this checkout.
  for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit', '@types', 'csstype', 'typescript']) {
    const target = join(scratch, 'node_modules', dependency);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), target);
  }
  cpSync(join(root, 'test/package/consumer'), join(scratch, 'consumer'), { recursive: true });
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the package holds the drop-in bundles, lib with types and maps, the manifest and framework types', () => {
  for (const file of [
    'package.json',
    'README.md',
    'custom-elements.json',
    'dist/health-widgets.js',
    'dist/health-widgets.iife.js',
    'dist/topic.schema.json',
    'dist/topics/b12-muscle-tightness.json',
    'dist/topics/b12-muscle-tightness.es.json',
    'dist/topics/b12-muscle-tightness.es.js',
    'dist/topics/leg-cramps.en.json',
    'dist/topics/leg-cramps.en.js',
    'dist/topics/leg-cramps.es.json',
    'dist/topics/leg-cramps.es.js',
    'lib/topics/b12-muscle-tightness.js',
    'lib/topics/leg-cramps.js',
    'lib/topics/leg-cramps.d.ts',
    'lib/topics/leg-cramps.es.js',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/index.js.map',
    'lib/model/index.js',
    'lib/model/index.d.ts',
    'lib/elements/symptom-checklist/symptom-checklist.js',
    'lib/elements/symptom-checklist/symptom-checklist.d.ts',
    'types/jsx.d.ts',
    'types/react.d.ts',
    'types/preact.d.ts',
    'types/vue.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  for (const file of files) {
    assert.doesNotMatch(file, /^(test|bench|demo|scripts|node_modules)\//, `${file} does not belong in the package`);
  }
});

test('package.json points at files that are in the package', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = [pkg.main, pkg.types, pkg.customElements, pkg.unpkg];
  for (const entry of Object.values(pkg.exports)) {
    if (typeof entry === 'string') continue;
    targets.push(...Object.values(entry));
  }
  // A wildcard export (`./topics/*`) must resolve for a pack that ships.
  for (const target of targets) {
    const file = target.replace(/^\.\//, '').replace('*', 'leg-cramps');
    assert.ok(files.includes(file), `${target} is packed (as ${file})`);
  }
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit'], 'lit is the only runtime dependency');
});

test('topic modules register every language of their pack on import, in Node too', async () => {
  const lib = join(scratch, 'node_modules', 'health-widgets', 'lib');
  const { getTopic, topicLanguages } = await import(pathToFileURL(join(lib, 'model/index.js')).href);
  const { default: packs } = await import(pathToFileURL(join(lib, 'topics/leg-cramps.js')).href);
  assert.deepEqual(packs.map((pack) => pack.lang), ['en', 'es']);
  assert.deepEqual(topicLanguages('leg-cramps'), ['en', 'es']);
  assert.equal(getTopic('leg-cramps', 'es-MX')?.lang, 'es');
  const { default: spanishB12 } = await import(pathToFileURL(join(lib, 'topics/b12-muscle-tightness.es.js')).href);
  assert.equal(getTopic('b12-muscle-tightness', 'es'), spanishB12);
});

test('the manifest documents every element with attributes, events, CSS properties and parts', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [
    'health-comparison-table',
    'health-symptom-checklist',
    'health-treatment-explainer',
  ]);
  for (const element of elements) {
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['topic', 'src', 'heading-level', 'lang']) assert.ok(attributes.includes(name), `${element.tagName} ${name}`);
    assert.ok(element.events.some((e) => e.name === 'health-error'), `${element.tagName} fires health-error`);
    assert.ok(element.cssProperties.length > 3, `${element.tagName} documents CSS properties`);
    assert.ok(element.cssParts.length > 3, `${element.tagName} documents parts`);
    assert.ok(element.events.every((e) => e.name && e.type?.text), `${element.tagName} events are named and typed`);
  }
});

test('a TypeScript and a React 19 consumer compile against the shipped types, and misuse is an error', () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(scratch, 'consumer/tsconfig.json')], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`the consumers do not compile:\n${error.stdout}`);
  }
});
