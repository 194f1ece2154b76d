// npm run bench: sizes against the budget, first render against a bare Lit element, and the
// 500-sign click-to-result time, in headless Chromium. `--smoke` does a few runs of each only.
import { mkdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium, serveProject } from '../scripts/chromium.mjs';

const smoke = process.argv.includes('--smoke');
const RENDER_RUNS = smoke ? 3 : 25;
const CLICK_RUNS = smoke ? 5 : 100;
const BUDGET = 20 * 1024;
const FRAME_MS = 16;

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  return sorted[low] + (sorted[Math.ceil(index)] - sorted[low]) * (index - low);
}

await mkdir('bench/.out', { recursive: true });
await build({
  entryPoints: ['bench/bare-element.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: 'bench/.out/bare-element.js',
  logLevel: 'silent',
});

const rows = [];
for (const file of ['dist/health-widgets.js', 'dist/health-widgets.iife.js', 'bench/.out/bare-element.js']) {
  const gzip = gzipSync(await readFile(file), { level: 9 }).length;
  const budget = file.startsWith('dist/') ? BUDGET : null;
  rows.push({
    measure: `gzip ${file}`,
    value: `${(gzip / 1024).toFixed(2)} KB`,
    budget: budget ? '20.00 KB' : '(baseline)',
    verdict: budget ? (gzip <= budget ? 'ok' : 'OVER') : '',
  });
}

const server = await serveProject();
const { origin } = server;
const browser = await launchChromium();

async function firstRender(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.goto(origin + path);
  const time = await page.waitForFunction(() => window.__rendered, { timeout: 20000 }).then((handle) => handle.jsonValue());
  await context.close();
  return time;
}

try {
  // Interleaved, so drift in the machine's load hits both sides alike.
  const widgets = [];
  const bare = [];
  await firstRender('/bench/pages/widgets.html');
  await firstRender('/bench/pages/bare.html');
  for (let run = 0; run < RENDER_RUNS; run++) {
    widgets.push(await firstRender('/bench/pages/widgets.html'));
    bare.push(await firstRender('/bench/pages/bare.html'));
  }
  const ratio = median(widgets) / median(bare);
  rows.push({
    measure: `first render, bare Lit element (median of ${RENDER_RUNS})`,
    value: `${median(bare).toFixed(1)} ms`,
    budget: '(baseline)',
    verdict: '',
  });
  rows.push({
    measure: `first render, three widgets (median of ${RENDER_RUNS})`,
    value: `${median(widgets).toFixed(1)} ms = ${ratio.toFixed(2)} x bare`,
    budget: 'a small multiple',
    verdict: ratio <= 3 ? 'ok' : 'SLOW',
  });

  const page = await browser.newPage();
  await page.goto(`${origin}/bench/pages/large.html`);
  await page.waitForFunction(() => window.__ready, { timeout: 20000 });
  for (let warm = 0; warm < 5; warm++) await page.evaluate(() => window.__clickToResult());
  const clicks = [];
  for (let run = 0; run < CLICK_RUNS; run++) clicks.push(await page.evaluate(() => window.__clickToResult()));
  const p95 = quantile(clicks, 0.95);
  rows.push({
    measure: `500 signs: click to updated result (${CLICK_RUNS} clicks)`,
    value: `median ${median(clicks).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    budget: `${FRAME_MS} ms frame`,
    verdict: p95 <= FRAME_MS ? 'ok' : 'SLOW',
  });
} catch (error) {
  // A measurement that cannot run is a failure, whatever the server's shutdown does after it.
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
if (process.exitCode) process.exit(process.exitCode);

const widths = ['measure', 'value', 'budget', 'verdict'].map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['measure', 'value', 'budget', 'verdict']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line([row.measure, row.value, row.budget, row.verdict]));
