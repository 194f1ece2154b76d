// Screenshots of the demo in headless Chromium, for looking at what we build:
//   npm run build && node scripts/screenshots.mjs [out-dir]
// Shots: each page (the B12 article in English and Spanish, leg cramps in English and Spanish, more.html)
// at 320, 375 and 1280 px; the checklist empty, with a result, and with a red flag; the explainer answered.
import { mkdir } from 'node:fs/promises';
import { launchChromium, serveProject } from './chromium.mjs';

const out = process.argv[2] ?? '.screenshots';
await mkdir(out, { recursive: true });
const server = await serveProject();
const base = server.origin;
const browser = await launchChromium();

/** Ticks signs and picks options in the page's checklist, then asks for the result. */
async function answer(page, ids) {
  await page.evaluate((ids) => {
    const checklist = document.querySelector('health-symptom-checklist');
    for (const id of ids) checklist.shadowRoot.querySelector(`[data-id="${id}"]`).click();
    checklist.shadowRoot.querySelector('.actions button').click();
  }, ids);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Picks answers to the explainer's situation questions, e.g. { impact: 'disturbing' }. */
async function situate(page, situation) {
  await page.evaluate((situation) => {
    const explainer = document.querySelector('health-treatment-explainer');
    for (const [question, option] of Object.entries(situation)) {
      explainer.shadowRoot.querySelector(`#situation-${question}-${option}`).click();
    }
  }, situation);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const shots = [
  { name: 'demo', path: '/demo/', widths: [320, 375, 1280] },
  {
    name: 'result',
    path: '/demo/',
    widths: [375, 1280],
    ids: ['tingling', 'fatigue', 'onset-slow', 'area-widespread'],
    element: 'health-symptom-checklist',
  },
  { name: 'red-flag', path: '/demo/', widths: [375, 1280], ids: ['balance', 'tingling'], element: 'health-symptom-checklist' },
  {
    name: 'red-flag-result',
    path: '/demo/',
    widths: [375],
    ids: ['balance', 'tingling'],
    element: 'health-symptom-checklist',
    inner: '.result',
  },
  {
    name: 'table',
    path: '/demo/',
    widths: [320, 375, 1280],
    ids: ['swelling', 'onset-sudden', 'area-one-spot'],
    element: 'health-comparison-table',
  },
  { name: 'explainer', path: '/demo/', widths: [320, 375, 1280], element: 'health-treatment-explainer' },
  { name: 'more', path: '/demo/more.html', widths: [375, 1280] },
  // The B12 article in Spanish (<html lang="es">, the Spanish pack loaded beside the bundle).
  { name: 'es', path: '/demo/es/', widths: [320, 375, 1280] },
  {
    name: 'es-result',
    path: '/demo/es/',
    widths: [375],
    ids: ['tingling', 'fatigue', 'onset-slow', 'area-widespread'],
    element: 'health-symptom-checklist',
  },
  {
    name: 'es-red-flag',
    path: '/demo/es/',
    widths: [375],
    ids: ['balance', 'tingling'],
    element: 'health-symptom-checklist',
    inner: '.result',
  },
  {
    name: 'es-table',
    path: '/demo/es/',
    widths: [375, 1280],
    ids: ['swelling', 'onset-sudden', 'area-one-spot'],
    element: 'health-comparison-table',
  },
  {
    name: 'es-explainer',
    path: '/demo/es/',
    widths: [375],
    situation: { severity: 'severe', cause: 'absorption', diet: 'vegan' },
    element: 'health-treatment-explainer',
  },
  // The leg-cramps article in English and in Spanish (topic="leg-cramps").
  { name: 'leg-cramps', path: '/demo/leg-cramps.html', widths: [320, 375, 1280] },
  {
    name: 'leg-cramps-result',
    path: '/demo/leg-cramps.html',
    widths: [375, 1280],
    ids: ['calf', 'night-rest', 'where-calf', 'when-night-rest', 'duration-short'],
    element: 'health-symptom-checklist',
  },
  {
    name: 'leg-cramps-red-flag',
    path: '/demo/leg-cramps.html',
    widths: [375],
    ids: ['long-cramp', 'numbness'],
    element: 'health-symptom-checklist',
    inner: '.result',
  },
  {
    name: 'leg-cramps-table',
    path: '/demo/leg-cramps.html',
    widths: [320, 375, 1280],
    ids: ['numbness', 'swelling', 'when-other'],
    element: 'health-comparison-table',
  },
  { name: 'leg-cramps-explainer', path: '/demo/leg-cramps.html', widths: [375, 1280], element: 'health-treatment-explainer' },
  {
    name: 'leg-cramps-explainer-answered',
    path: '/demo/leg-cramps.html',
    widths: [375],
    ids: ['long-cramp'],
    situation: { impact: 'disturbing', 'leg-signs': 'no', exercises: 'not-helped' },
    element: 'health-treatment-explainer',
  },
  { name: 'calambres', path: '/demo/es/calambres.html', widths: [320, 375, 1280] },
  {
    name: 'calambres-result',
    path: '/demo/es/calambres.html',
    widths: [375],
    ids: ['numbness', 'swelling', 'where-feet-thighs'],
    element: 'health-symptom-checklist',
  },
  {
    name: 'calambres-red-flag',
    path: '/demo/es/calambres.html',
    widths: [375],
    ids: ['poison'],
    element: 'health-symptom-checklist',
    inner: '.result',
  },
  {
    name: 'calambres-table',
    path: '/demo/es/calambres.html',
    widths: [375],
    ids: ['numbness', 'swelling'],
    element: 'health-comparison-table',
  },
  {
    name: 'calambres-explainer',
    path: '/demo/es/calambres.html',
    widths: [375],
    situation: { impact: 'disturbing', 'leg-signs': 'yes', exercises: 'not-helped' },
    element: 'health-treatment-explainer',
  },
];

for (const shot of shots) {
  for (const width of shot.widths) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(base + shot.path, { waitUntil: 'networkidle0' });
    await page.evaluate(() => sessionStorage.clear());
    if (shot.ids) await answer(page, shot.ids);
    if (shot.situation) await situate(page, shot.situation);
    const file = `${out}/${shot.name}-${width}.png`;
    if (shot.element) {
      const host = await page.$(shot.element);
      // `inner` narrows the shot to a part of the element's shadow tree (e.g. the result).
      const element = shot.inner
        ? await host.evaluateHandle((el, selector) => el.shadowRoot.querySelector(selector), shot.inner)
        : host;
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
