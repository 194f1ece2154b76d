import { useRef, useState } from 'react';
import 'health-widgets';
import 'health-widgets/types/react';
import type { ChecklistEventDetail, HealthSymptomChecklist } from 'health-widgets';

export function App() {
  const checklist = useRef<HealthSymptomChecklist>(null);
  const [result, setResult] = useState<ChecklistEventDetail | null>(null);
  const [layout, setLayout] = useState<'table' | 'stacked'>('table');

  return (
    <main>
      <h1>Muscle tightness and vitamin B12</h1>
      <health-symptom-checklist
        id="checklist"
        ref={checklist}
        heading-level={2}
        onhealth-checklist-result={(event) => setResult(event.detail)}
      />
      {result && (
        <p role="status">
          {result.answers.signs.length} signs ticked; the answers lean to {result.assessment.leaning}.
        </p>
      )}
      <button type="button" onClick={() => checklist.current?.reset()}>
        Start again
      </button>
      <button type="button" onClick={() => setLayout(layout === 'table' ? 'stacked' : 'table')}>
        Show the comparison as {layout === 'table' ? 'cards' : 'a table'}
      </button>
      <health-comparison-table for="checklist" layout={layout} heading-level={2} />
      <health-treatment-explainer for="checklist" situation={{ severity: 'mild' }} heading-level={2} />
    </main>
  );
}
