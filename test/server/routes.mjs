// Routes under /test-routes/ that the registry tests load packs from.
import { readFileSync } from 'node:fs';

const hits = new Map();
// The build writes the built-in pack as JSON; `npm test` builds before it runs the tests.
const validPack = () => readFileSync(new URL('../../dist/topics/b12-muscle-tightness.json', import.meta.url), 'utf8');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const routes = {
  async valid(ctx) {
    ctx.type = 'application/json';
    ctx.body = validPack();
  },
  async 'slow-valid'(ctx) {
    await wait(400);
    ctx.type = 'application/json';
    ctx.body = validPack();
  },
  async 'not-found'(ctx) {
    ctx.status = 404;
    ctx.body = 'not found';
  },
  async 'server-error'(ctx) {
    ctx.status = 500;
    ctx.body = 'server error';
  },
  async slow(ctx) {
    await wait(3000);
    ctx.type = 'application/json';
    ctx.body = validPack();
  },
  async 'not-json'(ctx) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title>';
  },
  async 'too-large'(ctx) {
    ctx.type = 'application/json';
    ctx.body = `{"padding":"${'x'.repeat(3 * 1024 * 1024)}"}`;
  },
  async invalid(ctx) {
    const pack = JSON.parse(validPack());
    pack.symptoms[0].category = 'nerves';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(pack);
  },
  async hostile(ctx) {
    const pack = JSON.parse(validPack());
    pack.id = 'hostile-pack';
    pack.title = '<img src=x onerror="window.__pwned=1">';
    pack.symptoms[0].label = '<script>window.__pwned=1</script>';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(pack);
  },
};

/** Pages served with a strict Content-Security-Policy, each loading the built scripts. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const cspPage = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/server/csp-probe.js"></script><script src="/test/server/error-probe.js"></script>${scripts}</head><body>
<health-symptom-checklist id="c"></health-symptom-checklist>
<health-comparison-table for="c"></health-comparison-table>
<health-treatment-explainer for="c"></health-treatment-explainer></body></html>`;
const cspPages = {
  esm: '<script type="module" src="/dist/health-widgets.js"></script>',
  iife: '<script src="/dist/health-widgets.iife.js"></script>',
  both:
    '<script src="/dist/health-widgets.iife.js"></script><script src="/dist/health-widgets.iife.js?again"></script>' +
    '<script type="module" src="/dist/health-widgets.js"></script><script type="module" src="/dist/health-widgets.js?again"></script>',
  // A classic script runs as it is parsed, before any module: only `defer` lets the module go first.
  'both-module-first':
    '<script type="module" src="/dist/health-widgets.js"></script><script type="module" src="/dist/health-widgets.js?again"></script>' +
    '<script defer src="/dist/health-widgets.iife.js"></script><script defer src="/dist/health-widgets.iife.js?again"></script>',
};

/**
 * A CMS-style page: the classic script first, the element, and only then an inline script
 * that registers the pack the element names.
 */
const lateRegisterPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late pack</title>
<script src="/test/server/csp-probe.js"></script>
<script>window.__errors = []; document.addEventListener('health-error', (e) => window.__errors.push(e.detail));
const warn = console.warn; console.warn = (...args) => { window.__errors.push(args.join(' ')); warn(...args); };</script>
<script src="/dist/health-widgets.iife.js"></script></head><body>
<health-comparison-table topic="site-pack"></health-comparison-table>
<script>
  const base = HealthWidgets.getTopic('b12-muscle-tightness');
  HealthWidgets.registerTopic({ ...base, id: 'site-pack', title: 'The site pack' });
</script></body></html>`;

/**
 * The README's script-tag recipe: the drop-in first, then topic modules (one of them slow),
 * widgets asking for those topics and for the Spanish built-in topic.
 */
const topicModulesPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Topic modules</title>
<script src="/test/server/csp-probe.js"></script>
<script src="/test/server/error-probe.js"></script>
<script type="module" src="/dist/health-widgets.js"></script>
<script type="module" src="/test-routes/slow-topic-module/leg-cramps.en"></script>
<script type="module" src="/test-routes/slow-topic-module/b12-muscle-tightness.es"></script>
</head><body>
<health-symptom-checklist id="cramps" topic="leg-cramps"></health-symptom-checklist>
<health-treatment-explainer for="cramps" topic="leg-cramps"></health-treatment-explainer>
<div lang="es"><health-symptom-checklist id="b12-es"></health-symptom-checklist></div>
</body></html>`;

/**
 * Pages as a site owner writes them (test/elements/real-pages.test.ts), no CSP: the probes
 * record errors, rejections, warnings and health-error events in `__problems` and `__errors`.
 */
const PROBES = '<script src="/test/server/csp-probe.js"></script><script src="/test/server/error-probe.js"></script>';
const sitePage = (title, head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${PROBES}${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/** A page script that registers the site's own pack, built from the built-in one, through `api`. */
const registerSitePack = (api) => `const pack = structuredClone(${api}.getTopic('b12-muscle-tightness'));
pack.id = 'site-pack';
pack.title = 'The site pack';
pack.comparison[0].label = 'A row of the site pack';
${api}.registerTopic(pack);`;

const siteWidgets = `<health-symptom-checklist id="checklist" topic="site-pack"></health-symptom-checklist>
<health-comparison-table for="checklist" topic="site-pack"></health-comparison-table>
<health-treatment-explainer for="checklist"></health-treatment-explainer>`;

const sitePages = {
  // Both builds. The classic one first: it defines the elements; the site registers its pack
  // through the module's API.
  'classic-first': sitePage(
    'Both builds, classic first',
    '<script src="/dist/health-widgets.iife.js"></script><script type="module" src="/dist/health-widgets.js"></script>',
    `${siteWidgets}<script type="module">import * as api from '/dist/health-widgets.js';
${registerSitePack('api')}</script>`,
  ),
  // The module first (the classic script deferred): the module defines the elements; the site
  // registers its pack through window.HealthWidgets, the classic script's API.
  'module-first': sitePage(
    'Both builds, module first',
    '<script type="module" src="/dist/health-widgets.js"></script><script defer src="/dist/health-widgets.iife.js"></script>',
    `${siteWidgets}<script type="module">${registerSitePack('window.HealthWidgets')}</script>`,
  ),
  // The README's recipe: fetch a pack, then register it; the element is on the page long before.
  'fetch-then-register': sitePage(
    'A pack fetched, then registered',
    '<script src="/dist/health-widgets.iife.js"></script>',
    `<health-comparison-table topic="fetched-pack"></health-comparison-table>
<script>
  fetch('/test-routes/slow-valid?page=' + Date.now())
    .then((response) => response.json())
    .then((pack) => HealthWidgets.registerTopic({ ...pack, id: 'fetched-pack', title: 'The fetched pack' }));
</script>`,
  ),
};

/**
 * Properties a page script sets on the elements before the drop-in script has defined them
 * (it sits at the end of the body, or is a module, which runs after the page is parsed).
 */
const earlyScript = `<script>
  const checklist = document.querySelector('health-symptom-checklist');
  checklist.answers = { signs: ['tingling', 'balance'], patterns: { onset: 'onset-slow' } };
  checklist.headingLevel = 3;
  document.querySelector('health-comparison-table').features = 'onset,areas';
  const explainer = document.querySelector('health-treatment-explainer');
  explainer.situation = 'severity=severe&cause=absorption';
  explainer.locked = true;
</script>`;
const earlyWidgets = `<health-symptom-checklist id="checklist"></health-symptom-checklist>
<health-comparison-table for="checklist"></health-comparison-table>
<health-treatment-explainer for="checklist"></health-treatment-explainer>`;
const earlyPages = {
  classic: sitePage(
    'Early properties, classic script last',
    '',
    `${earlyWidgets}${earlyScript}<script src="/dist/health-widgets.iife.js"></script>`,
  ),
  module: sitePage(
    'Early properties, module script',
    '<script type="module" src="/dist/health-widgets.js"></script>',
    `${earlyWidgets}${earlyScript}`,
  ),
};

/**
 * Three widgets loading one pack by `src` (the slow route, under the page's own query), which a
 * page script moves around while it loads: into an aside, reordered, and back.
 */
const movedPage = (key) =>
  sitePage(
    'Widgets moved while they load',
    '<script src="/dist/health-widgets.iife.js"></script>',
    `<div id="article">
<health-symptom-checklist id="checklist" src="/test-routes/slow-valid?moved=${key}"></health-symptom-checklist>
<health-comparison-table for="checklist" src="/test-routes/slow-valid?moved=${key}"></health-comparison-table>
<health-treatment-explainer for="checklist" src="/test-routes/slow-valid?moved=${key}"></health-treatment-explainer>
</div><aside id="aside"></aside>
<script>
  const [checklist, table, explainer] = document.querySelectorAll('#article > *');
  const aside = document.getElementById('aside');
  aside.append(table, explainer);
  setTimeout(() => aside.prepend(checklist), 50);
  setTimeout(() => document.getElementById('article').append(checklist, table, explainer), 150);
</script>`,
  );

/** Koa middleware for @web/test-runner. `/test-routes/hits/<name>` tells how often a route ran. */
export async function testRoutes(ctx, next) {
  const match = /^\/test-routes\/([\w-]+)(?:\/([\w-]+))?/.exec(ctx.path);
  if (!match) return next();
  const [, name, arg] = match;
  if (name === 'topic-modules') {
    ctx.set('content-security-policy', CSP);
    ctx.type = 'text/html';
    ctx.body = topicModulesPage;
    return;
  }
  if (name === 'slow-topic-module' && /^[\w-]+\.[\w-]+$/.test(ctx.path.split('/').pop())) {
    // A built topic module, served late from another address (its import made absolute).
    const file = ctx.path.split('/').pop();
    const code = readFileSync(new URL(`../../dist/topics/${file}.js`, import.meta.url), 'utf8');
    await wait(300);
    ctx.type = 'application/javascript';
    ctx.body = code.replace('"../health-widgets.js"', '"/dist/health-widgets.js"');
    return;
  }
  if (name === 'site' && sitePages[arg]) {
    ctx.type = 'text/html';
    ctx.body = sitePages[arg];
    return;
  }
  if (name === 'early-properties' && earlyPages[arg]) {
    ctx.type = 'text/html';
    ctx.body = earlyPages[arg];
    return;
  }
  if (name === 'moved') {
    ctx.type = 'text/html';
    ctx.body = movedPage(String(ctx.query.key ?? '').replace(/\W/g, ''));
    return;
  }
  if (name === 'late-register') {
    ctx.type = 'text/html';
    ctx.body = lateRegisterPage;
    return;
  }
  if (name === 'csp' && cspPages[arg]) {
    ctx.set('content-security-policy', CSP);
    ctx.type = 'text/html';
    ctx.body = cspPage(cspPages[arg]);
    return;
  }
  if (name === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(arg) ?? 0);
    return;
  }
  const route = routes[name];
  if (!route) return next();
  // A query string makes a distinct URL for the cache while counting under one name.
  hits.set(name, (hits.get(name) ?? 0) + 1);
  ctx.set('cache-control', 'no-store');
  await route(ctx);
}
