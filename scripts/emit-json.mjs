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
