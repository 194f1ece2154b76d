// Checks every pack in src/topics/ and ships it: as JSON for `src` (dist/topics/<id>.<lang>.json),
// as a module that registers itself beside the drop-in script (dist/topics/<id>.<lang>.js), and
// for npm (lib/topics/<id>.<lang>.js, and lib/topics/<id>.js with every language). Also writes
// dist/topic.schema.json from the one schema, and the integrity hashes of the drop-in bundles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import ts from 'typescript';
import { loadSource } from './load-source.mjs';
import { jsonParseExpression } from './json-parse.mjs';

const { TopicSchema, SCHEMA_NAMES } = await loadSource('src/model/topic.ts');
const { parseTopic } = await loadSource('src/model/validate.ts');
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const BUILT_IN = 'b12-muscle-tightness.en';

/**
 * The JSDoc comments of src/model/topic.ts, by `<shape>` and `<shape>.<property>` (nested
 * objects as `<shape>.<property>.<property>`): the one source of the schema's descriptions.
 */
function schemaDocs(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const text = source.getFullText();
  const docOf = (node) => {
    const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
    const doc = ranges
      .map((range) => text.slice(range.pos, range.end))
      .filter((comment) => comment.startsWith('/**'))
      .pop();
    return doc
      ?.replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, '').trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  };
  const docs = {};
  const walkShape = (call, at) => {
    const [shape] = ts.isCallExpression(call) ? call.arguments : [];
    if (!shape || !ts.isObjectLiteralExpression(shape)) return;
    for (const property of shape.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = `${at}.${property.name.getText(source).replace(/^['"]|['"]$/g, '')}`;
      const doc = docOf(property);
      if (doc) docs[key] = doc;
      // object({...}), optional(object({...})): nested shapes keep the path.
      let inner = property.initializer;
      while (ts.isCallExpression(inner) && inner.expression.getText(source) === 'optional') inner = inner.arguments[0];
      if (ts.isCallExpression(inner) && inner.expression.getText(source) === 'object') walkShape(inner, key);
    }
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      const doc = docOf(statement);
      if (doc) docs[name] = doc;
      if (declaration.initializer) walkShape(declaration.initializer, name);
    }
  }
  return docs;
}

await mkdir('dist/topics', { recursive: true });
await mkdir('lib/topics', { recursive: true });
const defs = {};
const body = TopicSchema.json({ names: SCHEMA_NAMES, docs: schemaDocs('src/model/topic.ts'), defs, at: 'TopicSchema' });
await writeFile(
  'dist/topic.schema.json',
  json({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/health-widgets/dist/topic.schema.json',
    title: 'health-widgets topic pack',
    description: [
      'One health topic in one language: every word the three widgets show, with its sources.',
      'Besides what this schema states, a pack must also pass these checks (`npx health-widgets check pack.json` runs them all):',
      'ids unique within their list (signs and pattern options share one id space; background statement and comparison row ids too);',
      "every reference names something the pack defines (a sign's category, condition ids in suggests and comparison values, comparison evidence, source ids, basis ids, situation question and option ids in treatment rules and lists);",
      'every comparison row has a value for every condition;',
      'an answer that weighs anything names its basis;',
      "an answer with an urgency has that tier's care card;",
      'a list keyed by answers names its situation question.',
    ].join(' '),
    examples: [{ $comment: 'Complete packs: https://unpkg.com/health-widgets/dist/topics/leg-cramps.en.json' }],
    ...body,
    $defs: defs,
  }),
);

const byTopic = new Map();
for (const file of (await readdir('src/topics')).filter((name) => name.endsWith('.json')).sort()) {
  const name = file.slice(0, -'.json'.length);
  const { $schema, ...raw } = JSON.parse(await readFile(`src/topics/${file}`, 'utf8'));
  let topic;
  try {
    topic = parseTopic(raw);
  } catch (error) {
    throw new Error(`src/topics/${file}: ${error.message}`);
  }
  if (name !== `${topic.id}.${topic.lang}`) throw new Error(`src/topics/${file}: name it ${topic.id}.${topic.lang}.json`);
  const data = jsonParseExpression(topic);
  await writeFile(`dist/topics/${name}.json`, json({ $schema: '../topic.schema.json', ...topic }));
  await writeFile(`dist/topics/${name}.js`, `import{registerTopic as r}from"../health-widgets.js";r(${data});\n`);
  await writeFile(
    `lib/topics/${name}.js`,
    `import { registerTopic } from '../model/registry.js';\n\n/** ${topic.title} (${topic.lang}), registered on import. */\nexport default registerTopic(${data});\n`,
  );
  await writeFile(
    `lib/topics/${name}.d.ts`,
    `import type { Topic } from '../model/topic.js';\ndeclare const topic: Topic;\nexport default topic;\n`,
  );
  if (!byTopic.has(topic.id)) byTopic.set(topic.id, []);
  byTopic.get(topic.id).push(name);
}
if (!byTopic.get('b12-muscle-tightness')?.includes(BUILT_IN)) throw new Error(`src/topics/${BUILT_IN}.json is missing`);
// The address of the built-in pack's JSON before packs had a language in their name.
await writeFile('dist/topics/b12-muscle-tightness.json', await readFile(`dist/topics/${BUILT_IN}.json`));

for (const [id, names] of byTopic) {
  const imports = names.map((name, index) => `import pack${index} from './${name}.js';`).join('\n');
  await writeFile(
    `lib/topics/${id}.js`,
    `${imports}\n\n/** Every language of the topic "${id}", registered on import. */\nexport default [${names.map((_, index) => `pack${index}`).join(', ')}];\n`,
  );
  await writeFile(
    `lib/topics/${id}.d.ts`,
    `import type { Topic } from '../model/topic.js';\ndeclare const packs: Topic[];\nexport default packs;\n`,
  );
}

// Subresource-integrity hashes of the drop-in bundles. The build writes no tracked file: the
// README's script tag is updated by `npm run sri` when a version is released.
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const integrity = {};
for (const file of ['health-widgets.js', 'health-widgets.iife.js']) {
  integrity[file] = `sha384-${createHash('sha384')
    .update(await readFile(`dist/${file}`))
    .digest('base64')}`;
}
await writeFile('dist/integrity.json', json({ version: pkg.version, ...integrity }));

// The command line is run directly in this repository too (npm sets the bit on install).
await chmod('lib/cli/main.js', 0o755);
