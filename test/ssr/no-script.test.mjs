// The pre-rendered demo (dist/demo/prerendered.html, from `npm run build`) in the system Chromium:
// with JavaScript off, the three widgets are there, readable and in order, with the no-script
// note where the result would be; with JavaScript on, they hydrate without a layout shift (CLS 0).
// SSR_SCREENSHOTS=<dir> also saves full-page screenshots of both, at 375 and 1280 px.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { prerender } from '../../lib/ssr/index.js';
import { launchChromium, serveProject } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const PATH = '/dist/demo/prerendered.html';
/** The leg-cramps article pre-rendered, whose pack a topic module registers after the drop-in script. */
const LATE_PACK = '/dist/demo/leg-cramps.prerendered.test.html';
const WIDTHS = [375, 1280];
const shots = process.env.SSR_SCREENSHOTS;
const b12 = JSON.parse(readFileSync(resolve(root, 'src/topics/b12-muscle-tightness.en.json'), 'utf8'));
let server;
let browser;

before(async () => {
  assert.ok(existsSync(resolve(root, `.${PATH}`)), `${PATH}: run \`npm run build\`, then \`node scripts/prerender-demo.mjs\``);
  if (shots) mkdirSync(shots, { recursive: true });
  server = await serveProject();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(resolve(root, `.${LATE_PACK}`), { force: true });
});

/** Opens the page; `problems` collects script errors and console warnings or errors (a missing favicon aside). */
async function open({ javaScript, width, path = PATH }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type()) && !/Failed to load resource/.test(message.text()))
      problems.push(message.text());
  });
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport({ width, height: 900 });
  if (javaScript) {
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
  }
  await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/** What a person sees of each widget, read in the browser (JavaScript off in the page is no matter here). */
const readWidgets = (page) =>
  page.evaluate(() => {
    const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const top = (el) => el.getBoundingClientRect().top + window.scrollY;
    const widget = (tag) => document.querySelector(tag);
    const [checklist, table, explainer] = [
      'health-symptom-checklist',
      'health-comparison-table',
      'health-treatment-explainer',
    ].map(widget);
    const inShadow = (host, selector) => [...(host.shadowRoot?.querySelectorAll(selector) ?? [])];
    const note = (host) => inShadow(host, 'noscript .needs-script, p.needs-script')[0] ?? null;
    return {
      hasShadowRoots: [checklist, table, explainer].map((host) => !!host.shadowRoot),
      tops: [checklist, table, explainer].map(top),
      checkboxes: inShadow(checklist, 'input[type="checkbox"]').filter(shown).length,
      radios: inShadow(checklist, 'input[type="radio"]').filter(shown).length,
      firstSign: top(inShadow(checklist, 'input[type="checkbox"]')[0]),
      lastQuestion: top(inShadow(checklist, 'input[type="radio"]').at(-1)),
      button: shown(inShadow(checklist, 'button')[0]),
      checklistNote: shown(note(checklist)) ? { text: note(checklist).textContent, top: top(note(checklist)) } : null,
      safety: top(inShadow(checklist, '[part="safety"]')[0]),
      tableRows: inShadow(table, 'tbody tr').filter(shown).length,
      tableCells: inShadow(table, 'td')
        .filter(shown)
        .map((cell) => cell.textContent.trim())
        .filter(Boolean).length,
      explainerText: explainer.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
      explainerNote: shown(note(explainer)),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      hydrated: [checklist, table, explainer].map((host) => host.hasUpdated === true),
    };
  });

for (const width of WIDTHS) {
  test(`JavaScript off, ${width} px: the signs and questions, the whole table and the explainer, in order, with the no-script notes`, async () => {
    const { page } = await open({ javaScript: false, width });
    const seen = await readWidgets(page);
    if (shots) await page.screenshot({ path: `${shots}/prerendered-no-js-${width}.png`, fullPage: true });
    await page.close();
    assert.deepEqual(seen.hasShadowRoots, [true, true, true]);
    assert.deepEqual(seen.hydrated, [false, false, false]);
    assert.equal(seen.checkboxes, b12.symptoms.length + b12.categories.length, 'every sign, and "none of these" per group');
    assert.equal(seen.radios, b12.patterns.flatMap((pattern) => pattern.options).length, 'every answer to the pattern questions');
    assert.equal(seen.button, false, 'the result button, which needs a script, is not shown');
    assert.match(seen.checklistNote?.text ?? '', /^To see which pattern your answers look like, turn on JavaScript/);
    assert.ok(
      seen.firstSign < seen.lastQuestion && seen.lastQuestion < seen.checklistNote.top && seen.checklistNote.top < seen.safety,
      'signs, questions, note, safety frame',
    );
    assert.ok(seen.tops[0] < seen.tops[1] && seen.tops[1] < seen.tops[2], 'checklist, table, explainer');
    assert.equal(seen.tableRows, b12.comparison.length);
    assert.equal(seen.tableCells, b12.comparison.length * b12.conditions.length);
    assert.match(seen.explainerText, /Your situation.*If a doctor has found low B12, how serious is it\?.*What to expect/);
    assert.equal(seen.explainerNote, true);
    assert.ok(seen.overflow <= 0, `no sideways scrolling (${seen.overflow} px too wide)`);
  });

  test(`JavaScript on, ${width} px: hydrated with no layout shift, no error, no note`, async () => {
    const { page, problems } = await open({ javaScript: true, width });
    await page.waitForFunction(
      () =>
        ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'].every(
          (tag) => document.querySelector(tag)?.hasUpdated,
        ),
      { timeout: 8000 },
    );
    // A frame or two for any shift to be reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const seen = await readWidgets(page);
    const shifts = await page.evaluate(() => window.__shifts);
    if (shots) await page.screenshot({ path: `${shots}/prerendered-js-${width}.png`, fullPage: true });
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(shifts, [], 'CLS 0');
    assert.deepEqual(seen.hydrated, [true, true, true]);
    assert.equal(seen.button, true);
    assert.equal(seen.checklistNote, null);
    assert.equal(seen.explainerNote, false);
  });
}

test('a pack from a topic module loaded after the drop-in: the elements wait for it, then hydrate without rendering again', async () => {
  const page = readFileSync(resolve(root, 'demo/leg-cramps.html'), 'utf8').replace(
    '<head>',
    '<head>\n    <base href="/demo/" />',
  );
  const { html, rendered, warnings } = prerender(page, {
    packs: [JSON.parse(readFileSync(resolve(root, 'src/topics/leg-cramps.en.json'), 'utf8'))],
  });
  assert.deepEqual([rendered, warnings], [3, []]);
  assert.match(
    html,
    /health-widgets-hydrate\.js"><\/script>\s*<script type="module" src="\.\.\/dist\/health-widgets\.js"><\/script>\s*<script type="module" src="\.\.\/dist\/topics\/leg-cramps\.en\.js">/,
  );
  writeFileSync(resolve(root, `.${LATE_PACK}`), html);
  const { page: tab, problems } = await open({ javaScript: true, width: 375, path: LATE_PACK });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('[defer-hydration]')].length === 0 &&
      document.querySelector('health-treatment-explainer').hasUpdated,
    { timeout: 8000 },
  );
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const topics = await tab.evaluate(() =>
    [...document.querySelectorAll('health-symptom-checklist, health-comparison-table, health-treatment-explainer')].map(
      (el) => el.topicData?.id,
    ),
  );
  const shifts = await tab.evaluate(() => window.__shifts);
  await tab.close();
  assert.deepEqual(problems, [], 'no mismatch, so nothing rendered again');
  assert.deepEqual(topics, ['leg-cramps', 'leg-cramps', 'leg-cramps']);
  assert.deepEqual(shifts, []);
});
