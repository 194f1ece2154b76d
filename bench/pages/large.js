// A 500-sign pack made from the built-in one, in the checklist with its result shown;
// window.__clickToResult() times one checkbox click until the result has been updated and laid
// out. Only documented parts are used to find the button and the result.
import { getTopic, registerTopic } from '/dist/health-widgets.js';

const SIGNS = 500;
const base = getTopic('b12-muscle-tightness');
const symptoms = Array.from({ length: SIGNS }, (_, index) => {
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
const root = checklist.shadowRoot;
const showResult = root.querySelector('button[part~="button"]');
if (!showResult) throw new Error('large pack: no button[part~="button"] to show the result');
showResult.click();
await checklist.updateComplete;
const result = () => root.querySelector('[part~="result"]');
if (!result()) throw new Error('large pack: no [part~="result"] after clicking the first button');

// Sign boxes, not "none of these" ones, when the markup tells them apart.
const signBoxes = () => {
  const signs = root.querySelectorAll('input[type="checkbox"][data-kind="sign"]');
  return signs.length ? signs : root.querySelectorAll('input[type="checkbox"]');
};
const count = signBoxes().length;
if (count < SIGNS) throw new Error(`large pack: ${count} checkboxes rendered for ${SIGNS} signs`);

const idle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
let next = 0;
window.__clickToResult = async () => {
  await idle();
  const box = signBoxes()[next++ % count];
  const before = checklist.assessment;
  const start = performance.now();
  box.click();
  await checklist.updateComplete;
  result().getBoundingClientRect();
  const elapsed = performance.now() - start;
  if (checklist.assessment === before) throw new Error('large pack: a click changed no answer');
  return elapsed;
};
window.__ready = true;
