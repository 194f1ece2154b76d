// A 500-sign pack in the checklist, with its result shown; window.__clickToResult() times one
// checkbox click until the result has been updated and laid out.
import { getTopic, registerTopic } from '/dist/health-widgets.js';

const base = getTopic('b12-muscle-tightness');
const symptoms = Array.from({ length: 500 }, (_, index) => {
  const model = base.symptoms[index % base.symptoms.length];
  return { ...model, id: `${model.id}-${index}`, label: `${model.label} (${index + 1})` };
});
// The rows stay (answers' weights name them as their basis), touched by no copied sign.
const comparison = base.comparison.map((row) => ({ ...row, evidence: [] }));
registerTopic({ ...base, id: 'bench-large', symptoms, comparison });

const checklist = document.createElement('health-symptom-checklist');
checklist.setAttribute('topic', 'bench-large');
document.body.append(checklist);
await checklist.updateComplete;
checklist.shadowRoot.querySelector('.actions button').click();
await checklist.updateComplete;

let next = 0;
window.__clickToResult = async () => {
  const boxes = checklist.shadowRoot.querySelectorAll('input[data-kind="sign"]');
  const box = boxes[next++ % boxes.length];
  const start = performance.now();
  box.click();
  await checklist.updateComplete;
  checklist.shadowRoot.querySelector('.result').getBoundingClientRect();
  return performance.now() - start;
};
window.__ready = true;
