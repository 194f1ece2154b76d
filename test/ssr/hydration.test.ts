/**
 * The pre-rendered demo (dist/demo/prerendered.html, built by `npm run build`) hydrated by the
 * shipped files: dist/health-widgets-hydrate.js, then the drop-in dist/health-widgets.js with its
 * own copy of Lit. Nothing from src/ is loaded, so the elements are defined only by the drop-in.
 *
 * Three copies of the demo article: one left alone (every node kept, nothing moves, no DOM
 * mutation while it hydrates), one answered before any script ran (the answers are kept,
 * counted and followed), one whose answers were saved earlier (`persist`): restored after it
 * hydrates, never in the way of hydration.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { getByRole, queryAllByPart, squash, textOf } from '../harness/dom.js';

const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;

interface Widget extends HTMLElement {
  readonly hasUpdated: boolean;
  readonly updateComplete: Promise<boolean>;
}
interface Checklist extends Widget {
  readonly answers: { signs: string[]; patterns: Record<string, string> };
}
interface Explainer extends Widget {
  readonly situation: Record<string, string>;
}

const TINGLING = /^Tingling or numbness/;
const SLOWLY = /^Slowly, over a long time/;
const VEGAN = /^Vegan/;

/** The widgets of one copy of the article, in page order. */
const widgetsIn = (article: Element): Widget[] => TAGS.map((tag) => article.querySelector<Widget>(tag)!);
const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const box = (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  return { x, y, width, height };
};

let pristine: HTMLElement;
let answered: HTMLElement;
let restored: HTMLElement;
const changes: Array<{ id: string; signs: string[] }> = [];
/** Nodes taken before hydration, with where they were. */
let kept: Array<{ node: Element; host: Widget; box: ReturnType<typeof box> }>;
let mutations: MutationRecord[];
const warnings: string[] = [];

before(async () => {
  const response = await fetch('/dist/demo/prerendered.html');
  expect(response.ok, 'dist/demo/prerendered.html: run `npm run build`, then `node scripts/prerender-demo.mjs`').to.be.true;
  const article = /<article>[\s\S]*<\/article>/.exec(await response.text())![0];
  expect(customElements.get('health-symptom-checklist'), 'no element is defined before the scripts load').to.equal(undefined);
  sessionStorage.clear();

  pristine = document.createElement('div');
  pristine.setHTMLUnsafe(article.replace(/ persist="[^"]*"/, ''));
  // The second copy follows its own checklist.
  answered = document.createElement('div');
  answered.setHTMLUnsafe(article.replace(/"checklist"/g, '"checklist-answered"'));
  restored = document.createElement('div');
  restored.setHTMLUnsafe(
    article.replace(/"checklist"/g, '"checklist-restored"').replace(/ persist="[^"]*"/, ' persist="restored-demo"'),
  );
  sessionStorage.setItem('restored-demo', JSON.stringify({ signs: ['fatigue'], patterns: {} }));
  document.body.append(pristine, answered, restored);
  for (const el of [...widgetsIn(pristine), ...widgetsIn(answered)]) {
    expect(el.shadowRoot, `${el.localName}: the parser attached the declarative shadow root`).to.exist;
    expect(el.hasAttribute('defer-hydration')).to.be.true;
  }

  // A person answers before any script has run: the browser ticks the boxes by itself.
  const [checklist, , explainer] = widgetsIn(answered);
  getByRole(shadow(checklist), 'checkbox', { name: TINGLING }).click();
  getByRole(shadow(checklist), 'radio', { name: SLOWLY }).click();
  getByRole(shadow(explainer), 'radio', { name: VEGAN }).click();
  shadow(checklist).querySelector('details')!.open = true;

  kept = widgetsIn(pristine).flatMap((host) =>
    [host, ...shadow(host).querySelectorAll('input, h2, h3, h4, table, th, td, p, button')].map((node) => ({
      node,
      host,
      box: box(node),
    })),
  );
  kept.push(
    ...widgetsIn(answered)
      .slice(0, 1)
      .flatMap((host) => [host, ...shadow(host).querySelectorAll('input')].map((node) => ({ node, host, box: box(node) }))),
  );
  const observer = new MutationObserver(() => {});
  for (const host of widgetsIn(pristine)) observer.observe(shadow(host), { childList: true, characterData: true, subtree: true });

  document.addEventListener('health-checklist-change', (event) => {
    const { detail, target } = event as CustomEvent<{ answers: { signs: string[] } }>;
    changes.push({ id: (target as Element).id, signs: detail.answers.signs });
  });
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const scripts = ['/dist/health-widgets-hydrate.js', '/dist/health-widgets.js'];
  for (const src of scripts) await import(src);
  const all = [pristine, answered, restored].flatMap(widgetsIn);
  await waitUntil(() => all.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')), 'the widgets did not hydrate', {
    timeout: 8000,
  });
  // The answers given before are given again once every widget has hydrated; the followers then follow.
  const [answeredChecklist, , answeredExplainer] = widgetsIn(answered) as [Checklist, Widget, Explainer];
  await waitUntil(
    () => answeredChecklist.answers.signs.length && answeredExplainer.situation.diet,
    'the answers given before hydration',
    { timeout: 8000 },
  );
  await Promise.all(all.map((el) => el.updateComplete));
  mutations = observer.takeRecords();
  observer.disconnect();
  console.warn = warn;
});

after(() => {
  for (const copy of [pristine, answered, restored]) copy.remove();
  sessionStorage.clear();
});

describe('hydrating pre-rendered widgets with the drop-in script', () => {
  it('hydrates the server markup: no mismatch, no DOM change, every node kept in place', () => {
    expect(warnings.filter((warning) => /health-/.test(warning))).to.deep.equal([]);
    expect(
      mutations.map((record) => `${record.type} in ${(record.target.getRootNode() as ShadowRoot).host?.localName}`),
    ).to.deep.equal([]);
    for (const { node, host, box: before } of kept) {
      expect(
        host === node || shadow(host).contains(node),
        `${host.localName}: a node taken before hydration is still in the tree`,
      ).to.be.true;
      // Same place and size (tolerance below a pixel): nothing shifts.
      const after = box(node);
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(after[key] - before[key]), `${node.localName} ${key}`).to.be.below(0.5);
    }
  });

  it('keeps the styles the server wrote and shows no no-script note while scripts run', () => {
    for (const host of widgetsIn(pristine)) {
      expect(shadow(host).querySelector('style'), host.localName).to.exist;
      expect(getComputedStyle(host).display).to.not.equal('inline');
    }
    const [checklist, , explainer] = widgetsIn(pristine);
    expect(textOf(shadow(checklist))).to.not.include('turn on JavaScript');
    expect(textOf(shadow(explainer))).to.not.include('turn on JavaScript');
    expect(getByRole(shadow(checklist), 'button', { name: 'See which pattern your answers look like' })).to.exist;
  });

  it('is interactive: a tick after hydration is heard, and the table follows', async () => {
    const [checklist, table] = widgetsIn(pristine) as [Checklist, Widget, Widget];
    getByRole(shadow(checklist), 'checkbox', { name: /^Forgetting things/ }).click();
    await checklist.updateComplete;
    await table.updateComplete;
    expect(checklist.answers.signs).to.deep.equal(['memory']);
    expect(
      queryAllByPart(shadow(table), 'touched').map((row) => squash(row.querySelector('[role="rowheader"]')?.textContent)),
    ).to.deep.equal(['Signs that come with itYour answers']);
    getByRole(shadow(checklist), 'checkbox', { name: /^Forgetting things/ }).click();
    await checklist.updateComplete;
  });

  it('keeps answers given before hydration: ticked, counted in the result, followed by the table and the explainer', async () => {
    const [checklist, table, explainer] = widgetsIn(answered) as [Checklist, Widget, Explainer];
    expect(checklist.answers).to.deep.equal({ signs: ['tingling'], patterns: { onset: 'onset-slow' } });
    expect(getByRole<HTMLInputElement>(shadow(checklist), 'checkbox', { name: TINGLING }).checked).to.be.true;
    expect(getByRole<HTMLInputElement>(shadow(checklist), 'radio', { name: SLOWLY }).checked).to.be.true;
    // The boxes the person ticked are the very nodes the server rendered.
    const inputs = kept.filter(({ host, node }) => host === checklist && node !== host);
    expect(inputs.length).to.be.above(20);
    for (const { node } of inputs) expect(shadow(checklist).contains(node)).to.be.true;
    expect(JSON.parse(sessionStorage.getItem('b12-demo') ?? 'null')).to.deep.equal(checklist.answers);
    // Given again as clicks once hydrated: heard like any answer.
    expect(changes.filter((change) => change.id === 'checklist-answered').map((change) => change.signs)).to.deep.equal([
      ['tingling'],
      ['tingling'],
    ]);

    getByRole(shadow(checklist), 'button', { name: 'See which pattern your answers look like' }).click();
    await checklist.updateComplete;
    const result = getByRole(shadow(checklist), 'region', { name: 'What your answers look like' });
    expect(textOf(result)).to.match(/Answers that point to: Tightness linked to low B12 \(2 answers\)/);
    expect(textOf(result)).to.include('Tingling or numbness');

    expect(queryAllByPart(shadow(table), 'highlight').length, 'the column the answers lean to').to.be.above(0);
    expect(explainer.situation.diet).to.equal('vegan');
    expect(getByRole<HTMLInputElement>(shadow(explainer), 'radio', { name: VEGAN }).checked).to.be.true;
    // The advice follows the pick: the vegan one, which the pristine copy does not show.
    const vegan = 'If you are vegan, you need cereals with B12 added';
    expect(textOf(shadow(explainer))).to.include(vegan);
    expect(textOf(shadow(widgetsIn(pristine)[2]))).to.not.include(vegan);
  });

  it('restores saved answers right after hydrating, and the table follows them', async () => {
    const [checklist, table] = widgetsIn(restored) as [Checklist, Widget, Widget];
    await waitUntil(() => checklist.answers.signs.length, 'the saved answers');
    await table.updateComplete;
    expect(checklist.answers).to.deep.equal({ signs: ['fatigue'], patterns: {} });
    expect(getByRole<HTMLInputElement>(shadow(checklist), 'checkbox', { name: /^Feeling very tired/ }).checked).to.be.true;
    expect(queryAllByPart(shadow(table), 'touched').length).to.equal(1);
    expect(
      changes.some((change) => change.id === 'checklist-restored'),
      'a restore is not an answer the person gave now',
    ).to.be.false;
  });

  it('keeps an About block opened before hydration open, with its text, through later renders', () => {
    const [checklist] = widgetsIn(answered);
    const about = shadow(checklist).querySelector('details')!;
    expect(about.open).to.be.true;
    expect(squash(about.textContent).length, 'the About text').to.be.above(200);
  });

  for (const copy of ['pristine', 'answered'] as const) {
    TAGS.forEach((tag, index) => {
      it(`is accessible once hydrated: ${tag}, ${copy}`, async () => {
        await expect(widgetsIn(copy === 'pristine' ? pristine : answered)[index]).to.be.accessible();
      });
    });
  }
});
