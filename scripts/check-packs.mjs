// Checks topic pack JSON files against the schema and every cross reference:
//   node scripts/check-packs.mjs src/topics/leg-cramps.en.json [more.json]
// Prints "ok" or the JSON path of the first problem for each, and for an English pack every
// statement above reading grade 6.5; exits 1 when any pack is invalid.
import { readFile } from 'node:fs/promises';
import { loadSource } from './load-source.mjs';

const { parseTopic } = await loadSource('src/model/validate.ts');
const { readingGrade } = await loadSource('src/model/readability.ts');
const { displayedStatements } = await loadSource('src/model/statements.ts');

let failed = false;
for (const file of process.argv.slice(2)) {
  let topic;
  try {
    const { $schema, ...pack } = JSON.parse(await readFile(file, 'utf8'));
    topic = parseTopic(pack);
  } catch (error) {
    failed = true;
    console.log(`${file}: ${error.message}`);
    continue;
  }
  console.log(`${file}: ok (${topic.id}, ${topic.lang})`);
  if (topic.lang.split('-')[0] !== 'en') continue;
  for (const { path, text } of displayedStatements(topic)) {
    const grade = readingGrade(text);
    if (grade > 6.5) console.log(`  ${path}: reading grade ${grade.toFixed(1)}: ${text}`);
  }
}
process.exitCode = failed ? 1 : 0;
