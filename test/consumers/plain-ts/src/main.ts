import 'health-widgets';
import type { ChecklistEventDetail } from 'health-widgets';

const checklist = document.querySelector('health-symptom-checklist')!;
checklist.addEventListener('health-checklist-change', (event) => {
  const detail: ChecklistEventDetail = event.detail;
  console.log(detail.assessment.leaning, detail.answers.signs.length);
});

// Page-level listeners know the events' details too.
document.addEventListener('health-checklist-result', (event) => {
  const { leaning, urgency } = event.detail.assessment; // urgency: 'emergency' | 'urgent' | 'soon' | null
  if (urgency) console.log(`care needed: ${urgency}`);
  console.log(leaning);
});
window.addEventListener('health-error', (event) => console.warn(event.detail.reason, event.detail.message));

const explainer = document.querySelector('health-treatment-explainer')!;
explainer.situation = { severity: 'mild' };

const table = document.querySelector('health-comparison-table')!;
table.layout = 'stacked';
