// Uses the model through window.HealthWidgets, as a page with only the classic script would.
const { getTopic, assess } = window.HealthWidgets;
const topic = getTopic('b12-muscle-tightness');
const result = assess(topic, { signs: ['tingling'], patterns: { onset: 'onset-slow', area: 'area-widespread' } });
const condition = topic.conditions.find((c) => c.id === result.leaning);
document.getElementById('model-output').textContent = condition ? condition.label : 'unclear';
