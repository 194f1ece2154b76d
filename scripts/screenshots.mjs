// Screenshots of the demo in headless Chromium, for looking at what we build:
//   npm run build && node scripts/screenshots.mjs [out-dir]
// Shots: each page at 320, 375 and 1280 px; the checklist empty, with a result, and with a red flag.
import { mkdir } from 'node:fs/promises';
import { launchChromium, serveProject } from './chromium.mjs';

const out = process.argv[2] ?? '.screenshots';
await mkdir(out, { recursive: true });
const server = await serveProject();
const base = server.origin;
const browser = await launchChromium();

/** Ticks signs and picks options in the demo's checklist, then asks for the result. */
async function answer(page, ids) {
  await page.evaluate((ids) => {
    const checklist = document.querySelector('health-symptom-checklist');
    for (const id of ids) checklist.shadowRoot.querySelector(`[data-id="${id}"]`).click();
    checklist.shadowRoot.querySelector('.actions button').click();
  }, ids);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const shots = [
  { name: 'demo', path: '/demo/', widths: [320, 375, 1280] },
  { name: 'result', path: '/demo/', widths: [375, 1280], ids: ['tingling', 'fatigue', 'onset-slow', 'area-widespread'], element: 'health-symptom-checklist' },
  { name: 'red-flag', path: '/demo/', widths: [375, 1280], ids: ['balance', 'tingling'], element: 'health-symptom-checklist' },
  { name: 'red-flag-result', path: '/demo/', widths: [375], ids: ['balance', 'tingling'], element: 'health-symptom-checklist', inner: '.result' },
  { name: 'table', path: '/demo/', widths: [320, 375, 1280], ids: ['swelling', 'onset-sudden', 'area-one-spot'], element: 'health-comparison-table' },
  { name: 'explainer', path: '/demo/', widths: [320, 375, 1280], element: 'health-treatment-explainer' },
  { name: "more", path: "/demo/more.html", widths: [375, 1280] },
];

for (const shot of shots) {
  for (const width of shot.widths) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(base + shot.path, { waitUntil: 'networkidle0' });
    await page.evaluate(() => sessionStorage.clear());
    if (shot.ids) await answer(page, shot.ids);
    const file = `${out}/${shot.name}-${width}.png`;
    if (shot.element) {
      const host = await page.$(shot.element);
      // `inner` narrows the shot to a part of the element's shadow tree (e.g. the result).
      const element = shot.inner ? await host.evaluateHandle((el, selector) => el.shadowRoot.querySelector(selector), shot.inner) : host;
      await element.screenshot({ path: file });
    } else {
      await page.screenshot({ path: file, fullPage: true });
    }
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.stop();
