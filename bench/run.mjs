// npm run bench: measures the built files (sizes, CPU to first paint, layout shift, click to
// frame, a 500-sign pack, shadow-DOM size) in one run of headless Chromium, prints a table with
// each budget of bench/budgets.mjs, and exits non-zero when a budget is missed or a measurement
// cannot be made.
//
//   node bench/run.mjs           every measurement, every budget gates
//   node bench/run.mjs --smoke   few runs; only the deterministic budgets gate (bytes, element
//                                counts, CLS of the pre-rendered page); timings are reported
//   BENCH_REPORT_ONLY=1          report every budget without failing on it (a measurement that
//                                cannot be made still fails: there is no number to report)
//   BENCH_PRERENDERED=<file>     the pre-rendered demo page, if not where the build puts it
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { launchChromium, serveProject } from '../scripts/chromium.mjs';
import * as budgets from './budgets.mjs';
import { captureFirstRender, clickToFrame, firstPaintCpu, largePackClicks, layoutShifts } from './browser.mjs';
import { bundleAlone, elementEntries, gzipFile, gzipSize, shippedScripts } from './sizes.mjs';
import { bytes, cumulativeLayoutShift, median, ms, quantile, spread } from './stats.mjs';

const smoke = process.argv.includes('--smoke');
const reportOnly = process.env.BENCH_REPORT_ONLY === '1';

const LOADS = smoke ? 2 : 20;
const CLICKS = smoke ? 6 : 60;
const LARGE_CLICKS = smoke ? 10 : 100;
/** How long after the first paint script responses are held back on the layout-shift pages. */
const SCRIPT_DELAY_MS = 500;
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];
/** The pre-rendered demo page (scripts/prerender-demo.mjs), or the one BENCH_PRERENDERED names. */
const PRERENDERED_CANDIDATES = [process.env.BENCH_PRERENDERED, 'dist/demo/prerendered.html', 'dist/demo/index.html'].filter(
  Boolean,
);
const WIDGETS = [
  { name: 'checklist', tag: 'health-symptom-checklist', page: 'checklist', bare: 'bare-checklist' },
  { name: 'table', tag: 'health-comparison-table', page: 'table', bare: 'bare-table' },
  { name: 'explainer', tag: 'health-treatment-explainer', page: 'explainer', bare: 'bare-explainer' },
];

/**
 * One line of the table. `gate`: 'always' (deterministic: gates in --smoke too), 'full' (gates
 * only in a full run), or none (reported without a budget).
 */
const rows = [];
const raw = { phaseSeconds: {} };
let phaseStart = 0;
/** Notes how long the phase that just ended took (in results.json). */
const phaseDone = (name) => {
  raw.phaseSeconds[name] = Number(((performance.now() - phaseStart) / 1000).toFixed(1));
  phaseStart = performance.now();
};
const add = (row) => rows.push(row);
const failRow = (measure, error) =>
  add({ measure, value: '', budget: '', error: error instanceof Error ? error.message : String(error) });
const gated = (row) => !reportOnly && (row.gate === 'always' || (row.gate === 'full' && !smoke));

phaseDone('start Node and load the bench');

// Sizes ---------------------------------------------------------------------------------------

for (const file of ['dist/health-widgets.js', 'dist/health-widgets.iife.js']) {
  if (!existsSync(file)) failRow(`gzip ${file}`, `${file} is missing: run npm run build`);
}
for (const file of await shippedScripts()) {
  const { gzip, raw: size } = await gzipFile(file);
  const isDropIn = file === 'dist/health-widgets.js' || file === 'dist/health-widgets.iife.js';
  raw[file] = { gzip, raw: size };
  add({
    measure: `gzip ${file}`,
    value: bytes(gzip),
    budget: isDropIn ? `<= ${bytes(budgets.DROP_IN_GZIP_BYTES)}` : '',
    pass: isDropIn ? gzip <= budgets.DROP_IN_GZIP_BYTES : undefined,
    gate: isDropIn ? 'full' : undefined,
  });
  if (isDropIn) {
    add({
      measure: `gzip ${file}: no growth`,
      value: bytes(gzip),
      budget: `<= ${bytes(budgets.DROP_IN_CEILING_BYTES)}`,
      pass: gzip <= budgets.DROP_IN_CEILING_BYTES,
      gate: 'always',
    });
  }
}
if (!existsSync('dist/health-widgets-hydrate.js'))
  add({ measure: 'gzip dist/health-widgets-hydrate.js', value: 'not built', budget: '' });

// Rollup with terser takes a few seconds per element: full runs only, to keep --smoke fast.
const entries = smoke ? [] : await elementEntries();
if (smoke) add({ measure: 'gzip lib/elements/<name>/<name>.js alone', value: 'measured in full runs only', budget: '' });
else if (!entries.length)
  failRow('gzip lib/elements/<name>/<name>.js alone', 'no element module in lib/elements: run npm run build');
for (const entry of entries) {
  try {
    const gzip = gzipSize(await bundleAlone(entry));
    raw[entry] = { gzip };
    add({ measure: `gzip ${entry} alone`, value: bytes(gzip), budget: '' });
  } catch (error) {
    failRow(`gzip ${entry} alone`, error);
  }
}
phaseDone('element bundles');

// The baselines, bundled like everything else here; rebuilt when their sources are newer.
let baselineReady = false;
try {
  const out = 'bench/.out/bare.js';
  const inputs = ['bench/bare/elements.js', 'bench/bare/content.json', 'bench/sizes.mjs', 'node_modules/lit/package.json'];
  const newest = Math.max(...(await Promise.all(inputs.map(async (file) => (await stat(file)).mtimeMs))));
  if (!existsSync(out) || (await stat(out)).mtimeMs < newest) {
    await mkdir('bench/.out', { recursive: true });
    await writeFile(out, await bundleAlone('bench/bare/elements.js'));
  }
  add({ measure: `gzip ${out} (the bare Lit baselines)`, value: bytes(gzipSize(await readFile(out))), budget: '' });
  baselineReady = true;
} catch (error) {
  failRow('bare Lit baselines (bench/bare/elements.js)', error);
}

phaseDone('baseline bundle');

// In Chromium ---------------------------------------------------------------------------------

let browser;
let server;
try {
  server = await serveProject();
  browser = await launchChromium();
} catch (error) {
  failRow('headless Chromium', `could not start: ${error.message} (set CHROME_PATH to a Chromium binary)`);
}

if (browser) {
  phaseDone('start Chromium');
  try {
    await measureInBrowser(browser, server.origin);
  } catch (error) {
    failRow('the measurements in Chromium', error);
  } finally {
    await browser.close().catch(() => {});
  }
}
await server?.stop().catch(() => {});
phaseDone('stop Chromium and the server');

/** Everything measured in Chromium, in an order that keeps the CPU timings first; adds its rows. */
async function measureInBrowser(browser, origin) {
  const url = (path) => `${origin}/${path}`;
  const pageUrl = (name) => url(`bench/pages/${name}.html`);

  // CPU to first paint, interleaved: each round loads every page once, in alternating order, so
  // drift in the machine's load hits widgets and baselines alike. --smoke times the checklist only.
  const inspected = {};
  const timed = smoke ? WIDGETS.filter((widget) => widget.name === 'checklist') : WIDGETS;
  // The budget's reference (full runs): the checklist's first render, captured now from the
  // built drop-in and painted again by a bare Lit element with no logic (bench/bare/static.js).
  let staticReady = false;
  if (!smoke) {
    try {
      const captured = await captureFirstRender(browser, pageUrl('checklist'));
      await writeFile('bench/.out/static-checklist.json', JSON.stringify(captured));
      await writeFile('bench/.out/static.js', await bundleAlone('bench/bare/static.js'));
      staticReady = true;
    } catch (error) {
      failRow('CPU to first paint: checklist / bare Lit element with its markup', error);
    }
  }
  if (baselineReady) {
    const references = smoke ? [] : ['bare-minimal', ...(staticReady ? ['bare-static'] : [])];
    const pages = [...timed.flatMap((widget) => [widget.page, widget.bare]), ...references];
    const cpu = Object.fromEntries(pages.map((page) => [page, []]));
    try {
      // A full run starts with an untimed round (server, disk and browser warm up); the renderer's
      // CPU hardly depends on them, so --smoke times its first round.
      if (!smoke) for (const page of pages) inspected[page] = await firstPaintCpu(browser, pageUrl(page));
      for (let round = 0; round < LOADS; round++) {
        for (const page of round % 2 ? [...pages].reverse() : pages) {
          const load = await firstPaintCpu(browser, pageUrl(page));
          inspected[page] ??= load;
          cpu[page].push(load.cpuMs);
        }
      }
      raw.firstPaintCpuMs = cpu;
      for (const widget of timed) {
        const ratio = median(cpu[widget.page]) / median(cpu[widget.bare]);
        add({
          measure: `CPU to first paint: ${widget.name} / hand-written Lit ${widget.name}`,
          value: `${ratio.toFixed(2)}x: ${spread(cpu[widget.page])} vs ${spread(cpu[widget.bare])}`,
          budget: '',
        });
      }
      if (!smoke) {
        const minimal = median(cpu.checklist) / median(cpu['bare-minimal']);
        add({
          measure: 'CPU to first paint: checklist / minimal Lit element (one paragraph)',
          value: `${minimal.toFixed(2)}x: ${spread(cpu.checklist)} vs ${spread(cpu['bare-minimal'])}`,
          budget: '',
        });
        const handWritten = median(cpu['bare-checklist']) / median(cpu['bare-minimal']);
        add({
          measure: 'CPU to first paint: hand-written Lit checklist / minimal Lit element',
          value: `${handWritten.toFixed(2)}x`,
          budget: '',
        });
      }
      if (staticReady) {
        const ratio = median(cpu.checklist) / median(cpu['bare-static']);
        const handWritten = median(cpu['bare-checklist']) / median(cpu['bare-static']);
        add({
          measure: 'CPU to first paint: checklist / bare Lit element with its markup',
          value: `${ratio.toFixed(2)}x: ${spread(cpu.checklist)} vs ${spread(cpu['bare-static'])} (hand-written: ${handWritten.toFixed(2)}x)`,
          budget: `<= ${budgets.CHECKLIST_FIRST_PAINT_RATIO.toFixed(2)}x`,
          pass: ratio <= budgets.CHECKLIST_FIRST_PAINT_RATIO,
          gate: 'full',
        });
      }
    } catch (error) {
      failRow('CPU to first paint', error);
    }
  }

  // Shadow-DOM size on first render: from the loads above, or one load of each widget alone.
  for (const widget of WIDGETS) {
    const measure = `shadow-DOM elements on first render: ${widget.tag}`;
    try {
      inspected[widget.page] ??= await firstPaintCpu(browser, pageUrl(widget.page));
      const { elements, tag } = inspected[widget.page];
      if (tag !== widget.tag) throw new Error(`bench/pages/${widget.page}.html holds <${tag}>, not <${widget.tag}>`);
      const budget = budgets.SHADOW_ELEMENTS[widget.tag];
      const bare = inspected[widget.bare] ? ` (bare Lit: ${inspected[widget.bare].elements})` : '';
      add({ measure, value: `${elements}${bare}`, budget: `<= ${budget}`, pass: elements <= budget, gate: 'always' });
    } catch (error) {
      failRow(measure, error);
    }
  }

  phaseDone('first paint');

  // Layout shift while the widgets upgrade after first paint.
  const prerendered = PRERENDERED_CANDIDATES.find((file) => existsSync(file));
  // Each page as opened, and scrolled to the checklist (#symptoms): at the top of the demo every
  // widget starts below the fold, where no shift counts.
  // The plain page's CLS gates only full runs, so --smoke leaves it out.
  const clsPages = [];
  const addClsPage = (path, budget, gate) => {
    for (const hash of ['', '#symptoms']) clsPages.push({ label: `${path}${hash}`, path: `${path}${hash}`, budget, gate });
  };
  if (smoke) add({ measure: 'CLS demo/index.html', value: 'measured in full runs only', budget: `<= ${budgets.CLS_PLAIN}` });
  else addClsPage('demo/index.html', budgets.CLS_PLAIN, 'full');
  if (prerendered) {
    if ((await readFile(prerendered, 'utf8')).includes('shadowrootmode'))
      addClsPage(prerendered, budgets.CLS_PRERENDERED, 'always');
    else
      failRow(`CLS pre-rendered demo ${prerendered}`, `${prerendered} has no <template shadowrootmode>: it is not pre-rendered`);
  } else {
    add({
      measure: 'CLS pre-rendered demo',
      value: 'not built',
      budget: `<= ${budgets.CLS_PRERENDERED}`,
      notBuilt: true,
      gate: 'full',
    });
  }
  // Layout shift depends on layout only, not on timing: the pages load side by side.
  raw.layoutShifts = {};
  const clsRuns = clsPages.flatMap((page) => VIEWPORTS.map((viewport) => ({ ...page, viewport })));
  const clsResults = await Promise.allSettled(
    clsRuns.map(({ path, viewport }) => layoutShifts(browser, url(path), viewport, SCRIPT_DELAY_MS)),
  );
  clsRuns.forEach(({ label, budget, gate, viewport }, index) => {
    const measure = `CLS ${label} at ${viewport.width} px`;
    const { status, value: shifts, reason } = clsResults[index];
    if (status === 'rejected') return failRow(measure, reason);
    raw.layoutShifts[measure] = shifts;
    const cls = cumulativeLayoutShift(shifts);
    add({ measure, value: cls.toFixed(4), budget: `<= ${budget}`, pass: cls <= budget, gate });
  });
  phaseDone('layout shift');

  // Click to frame, the checklist against its bare counterpart.
  try {
    const [widget, bare] = await clickToFrame(browser, [pageUrl('checklist'), pageUrl('bare-checklist')], CLICKS);
    raw.clickToFrameMs = { checklist: widget, bare };
    const extra = { median: median(widget) - median(bare), p95: quantile(widget, 0.95) - quantile(bare, 0.95) };
    const signed = (value) => `${value < 0 ? '-' : '+'}${ms(Math.abs(value))}`;
    add({
      measure: 'click to frame: checklist - bare Lit checklist',
      value:
        `median ${signed(extra.median)}, p95 ${signed(extra.p95)}: ` +
        `${ms(median(widget))} / ${ms(quantile(widget, 0.95))} vs ${ms(median(bare))} / ${ms(quantile(bare, 0.95))}`,
      budget: `both <= +${ms(budgets.CLICK_TO_FRAME_EXTRA_MS)}`,
      pass: extra.median <= budgets.CLICK_TO_FRAME_EXTRA_MS && extra.p95 <= budgets.CLICK_TO_FRAME_EXTRA_MS,
      gate: 'full',
    });
  } catch (error) {
    failRow('click to frame', error);
  }

  phaseDone('click to frame');

  // A 500-sign pack: click to updated result.
  try {
    const samples = await largePackClicks(browser, pageUrl('large'), LARGE_CLICKS);
    raw.largePackClickMs = samples;
    const p95 = quantile(samples, 0.95);
    add({
      measure: '500-sign pack: click to updated result',
      value: `p95 ${ms(p95)}, median ${ms(median(samples))}`,
      budget: `p95 < ${budgets.LARGE_PACK_CLICK_P95_MS} ms`,
      pass: p95 < budgets.LARGE_PACK_CLICK_P95_MS,
      gate: 'full',
    });
  } catch (error) {
    failRow('500-sign pack: click to updated result', error);
  }
  phaseDone('500-sign pack');
}

// Report --------------------------------------------------------------------------------------

const verdict = (row) => {
  if (row.error) return 'ERROR';
  if (row.notBuilt) return gated(row) ? 'NOT BUILT' : 'not built';
  if (row.pass === undefined) return '';
  if (row.pass) return 'ok';
  return gated(row) ? 'OVER' : 'over (not gated)';
};
const failures = rows.filter((row) => row.error || ((row.notBuilt || row.pass === false) && gated(row)));
const header = ['measure', 'value', 'budget', 'verdict'];
const cells = rows.map((row) => [row.measure, row.error ? 'could not measure (see below)' : row.value, row.budget, verdict(row)]);
const widths = header.map((_, i) => Math.max(header[i].length, ...cells.map((line) => line[i].length)));
const line = (values) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const values of cells) console.log(line(values));

const viewports = VIEWPORTS.map(({ width, height }) => `${width}x${height}`).join(' and ');
console.log(`
- sizes: gzip -9. An element alone: lib/elements/<name>/<name>.js bundled as the drop-in is
  (Rollup, node-resolve, template-literal minifier, terser), Lit included, no pack.
- CPU to first paint: main-thread CPU (CDP TaskDuration, thread time) from navigation to the
  first frame painted with the element rendered; median (IQR) of ${LOADS} cold loads per page,
  interleaved; ratio of medians. Widgets load the drop-in; bench/bare/elements.js holds the
  hand-written Lit baselines, with the same text. The budget's reference (full runs) is
  bench/bare/static.js: a bare Lit element painting the checklist's own first render (markup
  and styles captured in this run) as one static template.
- CLS: scripts held until ${SCRIPT_DELAY_MS} ms after the first paint; largest session window;
  ${viewports}; each page opened at the top and at #symptoms (the checklist in view).
- click to frame: real clicks on the first checkbox, from the click event to the task after the
  next painted frame; median / p95 of ${CLICKS} clicks each after two untimed ones, interleaved.
- 500-sign pack: a click on a sign until the result is updated and laid out; ${LARGE_CLICKS} clicks.`);
for (const row of rows.filter((each) => each.error)) console.error(`\ncould not measure ${row.measure}: ${row.error}`);
const mode = `${smoke ? '--smoke' : 'full run'}${reportOnly ? ', BENCH_REPORT_ONLY' : ''}`;
// performance.now() counts from the start of the process.
const seconds = (performance.now() / 1000).toFixed(0);
await writeFile('bench/.out/results.json', `${JSON.stringify({ mode, seconds: Number(seconds), rows, raw }, null, 2)}\n`).catch(
  () => {},
);
const missed = rows.filter((row) => row.pass === false || row.notBuilt).length;
const outcome = failures.length
  ? `${failures.length} failing`
  : `every gated budget met${missed ? ` (${missed} over or not built, not gated)` : ''}`;
console.log(`\nbench (${mode}): ${outcome}, ${seconds} s; raw figures in bench/.out/results.json`);
if (smoke && !reportOnly) console.log('Timings are reported here, not gated: `npm run bench` gates them.');
// Exit now: a browser or server handle left open must not keep a finished bench waiting.
process.exit(failures.length ? 1 : 0);
