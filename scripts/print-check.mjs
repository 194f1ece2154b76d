// Prints demo pages to PDF in headless Chromium, with a result and a care card showing, and
// reports any text in the widgets below 4.5:1 contrast on paper (print styles, no backgrounds):
//   npm run build && node scripts/print-check.mjs [out-dir]
// The PDFs land in out-dir (default .screenshots/) to look at; exits 1 on low contrast.
import { mkdir } from 'node:fs/promises';
import { launchChromium, serveProject } from './chromium.mjs';

const out = process.argv[2] ?? '.screenshots';
await mkdir(out, { recursive: true });
const server = await serveProject();
const browser = await launchChromium();

const pages = [
  {
    name: 'print-b12',
    path: '/demo/',
    ids: ['balance', 'tingling', 'onset-slow'],
    highlight: ['tingling', 'memory', 'onset-slow'],
  },
  { name: 'print-leg-cramps', path: '/demo/leg-cramps.html', ids: ['long-cramp', 'numbness', 'calf'] },
];

/** Runs in the page: every text in the widgets' shadow roots whose printed contrast is too low. */
function lowContrast() {
  const parse = (color) => {
    const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  // Paper is white and browsers drop backgrounds when printing, unless print styles keep them.
  const background = (node) => {
    for (let el = node; el; el = el.parentElement ?? el.getRootNode().host) {
      const bg = parse(getComputedStyle(el).backgroundColor);
      if (bg.a > 0.5 && getComputedStyle(el).printColorAdjust === 'exact') return bg;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const problems = [];
  for (const host of document.querySelectorAll('health-symptom-checklist, health-comparison-table, health-treatment-explainer')) {
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const el = text.parentElement;
      if (!text.textContent.trim() || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const fg = luminance(parse(getComputedStyle(el).color));
      const bg = luminance(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) problems.push(`<${host.localName}> "${text.textContent.trim().slice(0, 50)}": ${ratio.toFixed(2)}:1`);
    }
  }
  return problems;
}

let failed = false;
for (const { name, path, ids } of pages) {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1200 });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate((ids) => {
    const checklist = document.querySelector('health-symptom-checklist');
    for (const id of ids) checklist.shadowRoot.querySelector(`[data-id="${id}"]`).click();
    [...checklist.shadowRoot.querySelectorAll('button')].find((button) => button.closest('.actions')).click();
  }, ids);
  await new Promise((resolve) => setTimeout(resolve, 300));
  // As a browser does before it prints (the checklist builds its summary then).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMediaType('print');
  const problems = await page.evaluate(lowContrast);
  await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4', printBackground: false });
  console.log(`${out}/${name}.pdf: ${problems.length ? `${problems.length} texts below 4.5:1` : 'all text at 4.5:1 or more'}`);
  for (const problem of problems) console.log(`  ${problem}`);
  failed ||= problems.length > 0;
  await page.close();
}
await browser.close();
await server.stop();
process.exitCode = failed ? 1 : 0;
