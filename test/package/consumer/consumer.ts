// A plain TypeScript consumer of the published package: it must compile, and every line
// marked as an expected error must really be one.
import 'health-widgets';
import { assess, getTopic, planTreatment, type Answers } from 'health-widgets/model';
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
explainer.severity = 'severe';
// @ts-expect-error: 'medium' is not a severity.
explainer.severity = 'medium';
explainer.addEventListener('health-explainer-change', (event) => {
  const injections = event.detail.plan.options.some((option) => option.id === 'injections');
  // @ts-expect-error: the situation has no `age`.
  console.log(injections, event.detail.situation.age);
});

const table = document.createElement('health-comparison-table');
table.layout = 'stacked';
// @ts-expect-error: 'grid' is not a layout.
table.layout = 'grid';

const topic = getTopic('b12-muscle-tightness');
if (topic) {
  const answers: Answers = { signs: ['balance'], patterns: {} };
  console.log(assess(topic, answers).redFlags.length, planTreatment(topic, { severity: 'mild', cause: 'diet', diet: 'vegan' }));
  // @ts-expect-error: 'keto' is not a diet.
  planTreatment(topic, { severity: 'mild', cause: 'diet', diet: 'keto' });
}
