// The model alone, in Node: no DOM, no Lit. Checks a pack, then says what some answers lean to
// and which treatments fit a situation.
import { readFile } from 'node:fs/promises';
import { assess, parseTopic, planTreatment, TopicError } from 'health-widgets/model';

const [file = new URL(import.meta.resolve('health-widgets/dist/topics/b12-muscle-tightness.en.json'))] = process.argv.slice(2);
try {
  const topic = parseTopic(JSON.parse(await readFile(file, 'utf8')));
  const assessment = assess(topic, { signs: ['tingling', 'balance'], patterns: {} });
  const plan = planTreatment(topic, { severity: 'severe', cause: 'absorption' });
  console.log(JSON.stringify({ topic: topic.id, leaning: assessment.leaning, treatments: plan.options.map((option) => option.id) }));
} catch (error) {
  if (!(error instanceof TopicError)) throw error;
  console.error(`${error.path}: ${error.problem}`);
  process.exitCode = 1;
}
