// Packs the package as npm would publish it and checks what it holds: the files, the entry
// points, the licence notices and source maps, the manifest and what is generated from it, and
// what publint and Are the Types Wrong? say. The framework apps that use it are in
// test/consumers/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'health-widgets-pack-'));
const installed = join(scratch, 'node_modules', 'health-widgets');
const execFileAsync = promisify(execFile);
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
let tarball = '';
let files = [];

before(async () => {
  const [packed] = JSON.parse(
    (await execFileAsync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root })).stdout,
  );
  tarball = join(scratch, packed.filename);
  files = packed.files.map((file) => file.path);
  mkdirSync(installed, { recursive: true });
  await execFileAsync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the package holds the bundles with their maps, lib with types and maps, the manifest, framework types and editor data', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'web-types.json',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'dist/health-widgets.js',
    'dist/health-widgets.js.map',
    'dist/health-widgets.iife.js',
    'dist/health-widgets.iife.js.map',
    'dist/topic.schema.json',
    'dist/topics/b12-muscle-tightness.json',
    'dist/topics/b12-muscle-tightness.es.json',
    'dist/topics/b12-muscle-tightness.es.js',
    'dist/topics/leg-cramps.en.json',
    'dist/topics/leg-cramps.en.js',
    'lib/topics/b12-muscle-tightness.js',
    'lib/topics/leg-cramps.js',
    'lib/topics/leg-cramps.d.ts',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/index.js.map',
    'lib/model/index.js',
    'lib/model/index.d.ts',
    'lib/elements/symptom-checklist/symptom-checklist.js',
    'lib/elements/symptom-checklist/symptom-checklist.d.ts',
    ...['jsx', 'react', 'preact', 'vue', 'svelte', 'solid'].flatMap((name) => [`types/${name}.d.ts`, `types/${name}.js`]),
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  // Nothing test-only, no TypeScript sources (the maps carry them), no pages built for the demo.
  const shipped =
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|web-types\.json|vscode\.(html|css)-custom-data\.json|lib\/.+|types\/[a-z]+\.(d\.ts|js)|dist\/(health-widgets[a-z.-]*\.js(\.map)?|integrity\.json|topic\.schema\.json|topics\/[a-z0-9.-]+\.(js|json)))$/;
  for (const file of files) assert.match(file, shipped, `${file} does not belong in the package`);
  assert.ok(!files.some((file) => file.endsWith('.d.ts.map')), 'no declaration maps pointing at sources that are not shipped');
});

test('package.json: every entry point is in the package, lit takes any 3.x, and the project is named', () => {
  const targets = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], pkg.unpkg, ...Object.values(pkg.bin)];
  for (const entry of Object.values(pkg.exports)) targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
  for (const target of targets) {
    const file = target.replace(/^\.\//, '').replace('topics/*', 'topics/leg-cramps').replace('types/*', 'types/react');
    if (file === 'dist/*') continue;
    assert.ok(files.includes(file), `${target} is packed (as ${file})`);
  }
  for (const name of ['symptom-checklist', 'comparison-table', 'treatment-explainer']) {
    assert.equal(pkg.exports[`./${name}`].default, `./lib/elements/${name}/${name}.js`);
  }
  // Lit for the elements; Lit SSR and the HTML parser for health-widgets/ssr.
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit-labs/ssr', 'lit', 'parse5']);
  assert.match(pkg.dependencies.lit, /^\^3(\.|$)/, 'a site on any Lit 3 shares one copy');
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.match(pkg.repository.url, /github\.com\/health-widgets\/health-widgets/);
  assert.ok(pkg.homepage && pkg.bugs.url, 'homepage and bugs');
});

test('the bundles keep the licence notices and point at source maps that carry the sources', () => {
  for (const file of ['health-widgets.js', 'health-widgets.iife.js']) {
    const code = readFileSync(join(installed, 'dist', file), 'utf8');
    assert.match(code.slice(0, 400), /MIT License[\s\S]*Lit[\s\S]*@license Copyright 2017 Google LLC[\s\S]*BSD-3-Clause/, file);
    assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`), `${file} names its map`);
    const map = JSON.parse(readFileSync(join(installed, 'dist', `${file}.map`), 'utf8'));
    assert.ok(
      map.sources.some((source) => source.endsWith('src/index.ts')),
      `${file}.map maps to the TypeScript`,
    );
    assert.equal(map.sourcesContent.filter(Boolean).length, map.sources.length, `${file}.map carries every source`);
  }
  const map = JSON.parse(readFileSync(join(installed, 'lib/index.js.map'), 'utf8'));
  assert.ok(map.sourcesContent?.[0]?.includes('export'), 'lib maps carry their sources');
});

test('topic modules register every language of their pack on import, in Node too', async () => {
  const lib = join(installed, 'lib');
  const { getTopic, topicLanguages } = await import(pathToFileURL(join(lib, 'model/index.js')).href);
  const { default: packs } = await import(pathToFileURL(join(lib, 'topics/leg-cramps.js')).href);
  assert.deepEqual(
    packs.map((pack) => pack.lang),
    ['en', 'es'],
  );
  assert.deepEqual(topicLanguages('leg-cramps'), ['en', 'es']);
  assert.equal(getTopic('leg-cramps', 'es-MX')?.lang, 'es');
  const { default: spanishB12 } = await import(pathToFileURL(join(lib, 'topics/b12-muscle-tightness.es.js')).href);
  assert.equal(getTopic('b12-muscle-tightness', 'es'), spanishB12);
});

test('the manifest documents every element with attributes, events, CSS properties and parts', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [
    'health-comparison-table',
    'health-symptom-checklist',
    'health-treatment-explainer',
  ]);
  for (const element of elements) {
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['topic', 'src', 'heading-level', 'lang'])
      assert.ok(attributes.includes(name), `${element.tagName} ${name}`);
    assert.ok(
      element.events.some((e) => e.name === 'health-error'),
      `${element.tagName} fires health-error`,
    );
    assert.ok(element.cssProperties.length > 3, `${element.tagName} documents CSS properties`);
    assert.ok(element.cssParts.length > 3, `${element.tagName} documents parts`);
    for (const event of element.events)
      assert.match(event.type?.text ?? '', /^CustomEvent<[A-Z]\w+Detail>$/, `${element.tagName} ${event.name}`);
  }
});

test('the manifest names shipped modules, real definitions, plain attribute types, and no code or pack text', () => {
  for (const module of manifest.modules) {
    assert.match(module.path, /^lib\/.+\.js$/, module.path);
    assert.ok(files.includes(module.path), `${module.path} is shipped`);
  }
  const references = JSON.stringify(manifest).match(/"module":\s*"[^"]+"/g) ?? [];
  for (const reference of references) assert.match(reference, /"lib\/[^"]+\.js"$/, reference);
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [module.path, entry]),
  );
  assert.deepEqual(definitions.map(([path, entry]) => `${entry.name} ${entry.declaration.name} ${path}`).sort(), [
    'health-comparison-table HealthComparisonTable lib/elements/comparison-table/comparison-table.js',
    'health-symptom-checklist HealthSymptomChecklist lib/elements/symptom-checklist/symptom-checklist.js',
    'health-treatment-explainer HealthTreatmentExplainer lib/elements/treatment-explainer/treatment-explainer.js',
  ]);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      // An attribute is text: its type names only primitives or the literal values it takes.
      assert.match(
        attribute.type.text,
        /^(string|number|boolean|null|'[^']*')( \| (string|number|boolean|null|'[^']*'))*$/,
        `${element.tagName} ${attribute.name}: ${attribute.type.text}`,
      );
    }
    assert.ok(!element.members.some((member) => member.privacy === 'private'), `${element.tagName} lists no private members`);
  }
  assert.equal(
    elements.find((d) => d.tagName === 'health-comparison-table').attributes.find((a) => a.name === 'layout').type.text,
    "'auto' | 'table' | 'stacked'",
  );
  const text = JSON.stringify(manifest);
  const pack = JSON.parse(readFileSync(join(root, 'src/topics/b12-muscle-tightness.en.json'), 'utf8'));
  const sentences = JSON.stringify(pack).match(/"[^"]{60,}"/g);
  assert.ok(sentences.length > 20 && !sentences.some((sentence) => text.includes(sentence.slice(1, -1))), 'no pack text');
  for (const match of text.matchAll(/"default":\s*"((?:[^"\\]|\\.)*)"/g))
    assert.ok(match[1].length <= 40, `a short default, not code: ${match[1]}`);
});

test('the manifest and everything generated from it come out byte for byte the same on another run', async () => {
  const generated = ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'];
  generated.push(...['jsx', 'vue', 'svelte', 'solid'].map((name) => `types/${name}.d.ts`));
  const before = generated.map((file) => readFileSync(join(root, file), 'utf8'));
  await execFileAsync(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { cwd: root });
  generated.forEach((file, index) => assert.equal(readFileSync(join(root, file), 'utf8'), before[index], `${file} is stable`));
});

test('framework types: read-only and protected members are never props, events are typed with their detail', () => {
  const types = (name) => readFileSync(join(installed, 'types', `${name}.d.ts`), 'utf8');
  for (const name of ['jsx', 'vue', 'svelte', 'solid']) {
    const text = types(name);
    for (const member of ['assessment', 'plan', 'topicData', 'ready', 'loadState', 'resolvedTopic', 'topicWaitMs']) {
      assert.doesNotMatch(
        text,
        new RegExp(`^\\s*["']?(?:prop:|bind:)?${member}["']?\\?:`, 'm'),
        `${name}: ${member} is not settable`,
      );
    }
    assert.match(text, /ChecklistEventDetail/, `${name}: the checklist events carry their detail`);
  }
  assert.match(types('vue'), /onHealthChecklistResult\?:/, 'Vue: camelCase event props');
  assert.match(types('svelte'), /"onhealth-checklist-result"\?:/, 'Svelte 5: event attributes');
});

test('publint and Are the Types Wrong? (ESM-only profile, .attw.json) find no problem in the tarball', async () => {
  const lint = await execFileAsync(bin('publint'), ['run', tarball, '--strict'], { cwd: root }).catch((error) => error);
  assert.equal(lint.code ?? 0, 0, lint.stdout + lint.stderr);
  assert.match(lint.stdout, /All good!/, lint.stdout);
  const types = await execFileAsync(bin('attw'), [tarball, '--format', 'ascii'], { cwd: root }).catch((error) => error);
  assert.equal(types.code ?? 0, 0, types.stdout + types.stderr);
});
