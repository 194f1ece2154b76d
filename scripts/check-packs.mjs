// Checks topic pack JSON files against the schema and every cross reference:
//   node scripts/check-packs.mjs src/topics/leg-cramps.en.json [more.json]
// Prints "ok" or the JSON path of the first problem for each; exits 1 when any is invalid.
import { readFile } from 'node:fs/promises';
import { loadSource } from './load-source.mjs';

const { parseTopic } = await loadSource('src/model/validate.ts');
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const { $schema, ...pack } = JSON.parse(await readFile(file, 'utf8'));
    const topic = parseTopic(pack);
    console.log(`${file}: ok (${topic.id}, ${topic.lang})`);
  } catch (error) {
    failed = true;
    console.log(`${file}: ${error.message}`);
  }
}
process.exitCode = failed ? 1 : 0;
