// Emits the JSON that pack authors use, from the TypeScript sources, into dist/:
// topic.schema.json (from the one schema, for editor checking) and the built-in pack
// as an example at topics/b12-muscle-tightness.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';


async function load(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { TopicSchema } = await load('src/model/topic.ts');
const { b12MuscleTightness } = await load('src/topics/b12-muscle-tightness.ts');
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  ...TopicSchema.json(),
  $id: 'https://unpkg.com/health-widgets/dist/topic.schema.json',
  title: 'health-widgets topic pack',
};
await mkdir('dist/topics', { recursive: true });
await writeFile('dist/topic.schema.json', json(schema));
await writeFile('dist/topics/b12-muscle-tightness.json', json({ $schema: '../topic.schema.json', ...b12MuscleTightness }));

// Subresource-integrity hashes of the drop-in bundles; the README's script tag shows the current one.
const { createHash } = await import('node:crypto');
const { readFile } = await import('node:fs/promises');
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const integrity = {};
for (const file of ['health-widgets.js', 'health-widgets.iife.js']) {
  integrity[file] = `sha384-${createHash('sha384').update(await readFile(`dist/${file}`)).digest('base64')}`;
}
await writeFile('dist/integrity.json', json({ version: pkg.version, ...integrity }));
const readme = await readFile('README.md', 'utf8');
const updated = readme
  .replace(/(<!-- sri:start -->[\s\S]*?health-widgets@)[^/]+(\/dist\/health-widgets\.js")/, `$1${pkg.version}$2`)
  .replace(/(<!-- sri:start -->[\s\S]*?integrity=")[^"]+(")/, `$1${integrity['health-widgets.js']}$2`);
if (updated !== readme) await writeFile('README.md', updated);
