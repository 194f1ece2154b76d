// A plain TypeScript consumer of the published package: it must compile, and every line
// marked as an expected error must really be one.
import 'health-widgets';
import 'health-widgets/topics/leg-cramps';
import spanishLegCramps from 'health-widgets/topics/leg-cramps.es';
import { assess, getTopic, planTreatment, type Answers, type Topic } from 'health-widgets/model';
import { HealthSymptomChecklist, type ChecklistEventDetail } from 'health-widgets';

const checklist = document.querySelector('health-symptom-checklist');
if (checklist) {
  const typed: HealthSymptomChecklist = checklist;
  typed.answers = { signs: ['tingling'], patterns: { onset: 'onset-slow' } };
  checklist.addEventListener('health-checklist-change', (event) => {
    const detail: ChecklistEventDetail = event.detail;
    const leaning: string = detail.assessment.leaning;
    console.log(leaning, detail.answers.signs.length);
    // @ts-expect-error: the detail has no `score` field.
    console.log(event.detail.score);
  });
  // @ts-expect-error: answers need `signs` and `patterns`.
  typed.answers = { signs: 'tingling' };
}

const explainer = document.createElement('health-treatment-explainer');
explainer.situation = { severity: 'severe' };
explainer.situation = 'severity=severe&cause=absorption';
explainer.severity = 'severe';
// @ts-expect-error: a situation is an object of option ids or a query string.
explainer.situation = 42;
explainer.addEventListener('health-explainer-change', (event) => {
  const injections = event.detail.plan.options.some((option) => option.id === 'injections');
  const waiting: string[] = event.detail.plan.pending.map((pending) => pending.questionId);
  // @ts-expect-error: a plan has no `foods` any more: lists are the pack's.
  console.log(injections, waiting, event.detail.plan.foods);
});
const spanish: Topic = spanishLegCramps;
console.log(spanish.lang);

const table = document.createElement('health-comparison-table');
table.layout = 'stacked';
// @ts-expect-error: 'grid' is not a layout.
table.layout = 'grid';

const topic = getTopic('b12-muscle-tightness');
if (topic) {
  const answers: Answers = { signs: ['balance'], patterns: {} };
  console.log(assess(topic, answers).redFlags.length, planTreatment(topic, { severity: 'mild', cause: 'diet', diet: 'vegan' }));
  // @ts-expect-error: answers are option ids (strings).
  planTreatment(topic, { severity: 3 });
}

// The README's page-level listener: `document` and `window` know the events too.
document.addEventListener('health-checklist-result', (event) => {
  const { leaning, urgency } = event.detail.assessment;
  console.log(leaning, urgency);
});
window.addEventListener('health-error', (event) => console.log(event.detail.reason));
