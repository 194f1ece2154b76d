// Mistakes the types must catch: each line after @ts-expect-error has to be a type error.
import { assess, getTopic, planTreatment, type Answers } from 'health-widgets/model';
import spanishLegCramps from 'health-widgets/topics/leg-cramps.es';
import type { HealthSymptomChecklist } from 'health-widgets';

export function misuse(checklist: HealthSymptomChecklist): void {
  // @ts-expect-error: answers need `signs` and `patterns`.
  checklist.answers = { signs: 'tingling' };
  // @ts-expect-error: the assessment is read-only.
  checklist.assessment = null;
  checklist.addEventListener('health-checklist-change', (event) => {
    // @ts-expect-error: the detail has no `score` field.
    console.log(event.detail.score);
  });

  const explainer = document.createElement('health-treatment-explainer');
  explainer.situation = 'severity=severe&cause=absorption';
  // @ts-expect-error: a situation is an object of option ids or a query string.
  explainer.situation = 42;
  // @ts-expect-error: the plan is read-only.
  explainer.plan = null;

  const table = document.createElement('health-comparison-table');
  // @ts-expect-error: 'grid' is not a layout.
  table.layout = 'grid';

  const topic = getTopic('b12-muscle-tightness') ?? spanishLegCramps;
  const answers: Answers = { signs: ['balance'], patterns: {} };
  console.log(assess(topic, answers).leaning);
  // @ts-expect-error: situation answers are option ids (strings).
  planTreatment(topic, { severity: 3 });
}
