import { expect, waitUntil } from '@open-wc/testing';

interface ProbedWindow extends Window {
  __problems: string[];
  HealthWidgets?: Record<string, unknown>;
}

/** Opens a page served with a strict CSP in an iframe and waits for the three elements to render. */
async function openPage(name: string): Promise<ProbedWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test-routes/csp/${name}`;
  frame.style.width = '800px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbedWindow;
  const rendered = () =>
    ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'].every(
      (tag) => (win.document.querySelector(tag)?.shadowRoot?.textContent ?? '').includes('Sources'),
    );
  await waitUntil(rendered, 'the elements did not render under the CSP', { timeout: 8000 });
  return win;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('drop-in scripts under a strict Content-Security-Policy', () => {
  it('the ES module renders all three elements with no violation or error', async () => {
    const win = await openPage('esm');
    expect(win.__problems).to.deep.equal([]);
    const checklist = win.document.querySelector('health-symptom-checklist')!;
    expect(checklist.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.greaterThan(10);
    // Styles arrive as constructed stylesheets, which the CSP allows.
    expect(checklist.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('the classic script renders them and exposes window.HealthWidgets', async () => {
    const win = await openPage('iife');
    expect(win.__problems).to.deep.equal([]);
    const api = win.HealthWidgets!;
    for (const name of ['registerTopic', 'getTopic', 'loadTopic', 'parseTopic', 'assess', 'planTreatment']) {
      expect(api[name], name).to.be.a('function');
    }
    const getTopic = api.getTopic as (id: string) => { id: string } | undefined;
    expect(getTopic('b12-muscle-tightness')?.id).to.equal('b12-muscle-tightness');
  });

  it('loading both scripts, each twice, never throws', async () => {
    const win = await openPage('both');
    expect(win.__problems).to.deep.equal([]);
  });
});

describe('the classic script on a CMS page', () => {
  it('an element whose pack an inline script registers later shows it, with no error', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test-routes/late-register';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as ProbedWindow & { __errors: unknown[] };
    const table = win.document.querySelector('health-comparison-table')!;
    await waitUntil(() => (table.shadowRoot?.textContent ?? '').includes('Underlying cause'), 'the table to render');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__errors).to.deep.equal([]);
    expect(win.__problems).to.deep.equal([]);
  });
});
