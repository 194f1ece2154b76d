// The package as npm users get it: packed, unpacked as test/consumers/node_modules/health-widgets,
// and used by small apps (React 19, Vue 3 and Svelte 5 with Vite, plain TypeScript, a Node
// script on the model). Each one must type-check and build; the built apps then run in headless
// Chromium. Nothing is installed: the frameworks and tools are this repository's devDependencies,
// found by walking up from each app.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const modules = join(here, 'node_modules');
const installed = join(modules, 'health-widgets');
const out = join(modules, '.out');
const scratch = mkdtempSync(join(tmpdir(), 'health-widgets-consumers-'));
const bin = (name) => join(root, 'node_modules/.bin', name);
const execFileAsync = promisify(execFile);

/** Runs a command in an app folder; a failure shows its whole output. */
async function run(command, args, app) {
  const cwd = join(here, app);
  try {
    return await execFileAsync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    return assert.fail(`${relative(root, command)} ${args.join(' ')} failed in ${relative(root, cwd)}:\n${error.stdout}\n${error.stderr}`);
  }
}

/** A production build with relative URLs, into node_modules/.out/<app>, served below. */
const viteBuild = (app) => run(bin('vite'), ['build', '--base', './', '--outDir', join(out, app), '--emptyOutDir', '--logLevel', 'error'], app);

let server;
let origin;
let browser;

before(async () => {
  const [packed] = JSON.parse((await execFileAsync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root })).stdout);
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  await execFileAsync('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  server = createServer(async (request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const path = join(out, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const body = path.startsWith(out) ? await readFile(path).catch(() => null) : null;
    response.writeHead(body ? 200 : 404, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
  // KEEP_CONSUMERS=1 keeps the unpacked package and the built apps, to look at them.
  if (!process.env.KEEP_CONSUMERS) rmSync(modules, { recursive: true, force: true });
});

/** Opens a built page and waits for its `count` widgets; collects uncaught and console errors. */
async function open(path, count = 3) {
  browser ??= await launchChromium();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}/${path}`);
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('health-symptom-checklist, health-comparison-table, health-treatment-explainer')].filter((element) =>
        element.shadowRoot?.querySelector('[part~="safety"]'),
      ).length === expected,
    {},
    count,
  );
  return { page, errors };
}

/**
 * What a person does in a framework app: the three widgets render, the framework has set the
 * explainer's `situation` as a property, two signs are ticked and the result asked for; the
 * app's result handler re-renders the page, and the answers survive it.
 */
async function useTheApp(app) {
  const { page, errors } = await open(`${app}/index.html`);
  const rendered = await page.evaluate(() => {
    const explainer = document.querySelector('health-treatment-explainer');
    return {
      tags: [...document.querySelectorAll('main > *')].map((element) => element.localName).filter((name) => name.startsWith('health-')),
      severity: explainer.situation.severity,
      situationAttribute: explainer.getAttribute('situation'),
    };
  });
  assert.deepEqual(rendered.tags, ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer']);
  assert.equal(rendered.severity, 'mild', `${app} sets situation as a property`);
  assert.equal(rendered.situationAttribute, null, `${app} does not write an object into an attribute`);

  await page.evaluate(() => {
    const shadow = document.querySelector('health-symptom-checklist').shadowRoot;
    const [first, second] = shadow.querySelectorAll('input[type="checkbox"]');
    first.click();
    second.click();
    [...shadow.querySelectorAll('button')].find((button) => /see which pattern/i.test(button.textContent)).click();
  });
  await page.waitForFunction(() => /2 signs ticked/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
  const kept = await page.evaluate(() => {
    const checklist = document.querySelector('health-symptom-checklist');
    return {
      signs: checklist.answers.signs.length,
      checked: checklist.shadowRoot.querySelectorAll('input[type="checkbox"]:checked').length,
    };
  });
  assert.deepEqual(kept, { signs: 2, checked: 2 }, `${app} re-rendered without losing the answers`);
  return { page, errors };
}

test("the README's npm examples are these apps, word for word", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/<!-- fixture: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)];
  assert.deepEqual(
    examples.map(([, path]) => path.split('/')[0]).filter((app, index, all) => all.indexOf(app) === index),
    ['plain-ts', 'react', 'vue', 'svelte'],
  );
  for (const [, path, code] of examples) assert.equal(code, readFileSync(join(here, path), 'utf8'), `README.md shows ${path}`);
});

// Two at a time: each check is one process, and npm test has two cores to fill.
describe('each app type-checks and builds', { concurrency: 2 }, () => {
  test('plain TypeScript: tsc --strict (also on the package types), mistakes are errors, Vite builds it', async () => {
    await run(bin('tsc'), ['-p', 'tsconfig.json'], 'plain-ts');
    await viteBuild('plain-ts');
  });

  test('Node: a script on health-widgets/model alone compiles and runs; the model imports nothing else', async () => {
    await run(bin('tsc'), ['-p', 'tsconfig.json', '--outDir', join(out, 'node')], 'node');
    const { stdout } = await run(process.execPath, [join(out, 'node/main.mjs')], 'node');
    const result = JSON.parse(stdout);
  assert.equal(result.topic, 'b12-muscle-tightness');
  assert.equal(result.leaning, 'b12', 'tingling and balance problems lean to B12');
  assert.ok(result.treatments.includes('injections'), 'severe, with an absorption problem: injections');
    // Every module the model entry reaches is one of its own files: no Lit, no DOM code.
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
        assert.match(specifier, /^\.\.?\//, `${relative(installed, file)} imports ${specifier}`);
        visit(resolve(dirname(file), specifier));
      }
    };
    visit(join(installed, 'lib/model/index.js'));
    assert.ok([...seen].every((file) => relative(installed, file).startsWith('lib/model/')), 'the model stays in lib/model');
  });

  test('React 19 + Vite: tsc with the JSX types, mistakes are errors, Vite builds it', async () => {
    await run(bin('tsc'), ['-p', 'tsconfig.json'], 'react');
    await viteBuild('react');
  });

  test('Vue 3 + Vite: vue-tsc with strict templates, mistakes are errors, Vite builds it', async () => {
    await run(bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], 'vue');
    await viteBuild('vue');
  });

  test('Svelte 5 + Vite: svelte-check finds exactly the marked mistakes, Vite builds it', async () => {
    const marked = [...readFileSync(join(here, 'svelte/src/Misuse.svelte'), 'utf8').split('\n').entries()]
      .filter(([, line]) => line.startsWith('<!-- expect an error'))
      .map(([index]) => `src/Misuse.svelte:${index + 2}`);
    const check = await execFileAsync(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], {
      cwd: join(here, 'svelte'),
      encoding: 'utf8',
    }).catch((error) => error);
    const problems = check.stdout
      .split('\n')
      .map((line) => /^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/.exec(line))
      .filter(Boolean);
    assert.deepEqual(
      problems.map(([, , file, line]) => `${file}:${line}`),
      marked,
      `svelte-check reports only the marked lines:\n${problems.map(([text]) => text).join('\n')}`,
    );
    await viteBuild('svelte');
  });
});

test('the built React app: widgets render, a property is set, the result event re-renders React, answers survive', async () => {
  const { page, errors } = await useTheApp('react');
  // Another state change: React sets the table's layout property again.
  await page.evaluate(() => [...document.querySelectorAll('button')].find((button) => /as cards/.test(button.textContent)).click());
  await page.waitForFunction(() => document.querySelector('health-comparison-table').layout === 'stacked');
  assert.equal(await page.evaluate(() => document.querySelector('health-symptom-checklist').answers.signs.length), 2);
  assert.deepEqual(errors, []);
});

test('the built Vue and Svelte apps: the same, with their own event syntax', async () => {
  for (const app of ['vue', 'svelte']) {
    const { errors } = await useTheApp(app);
    assert.deepEqual(errors, [], app);
  }
});

test('the built plain-TS pages: the whole library, and one element alone defines only its own tag', async () => {
  const whole = await open('plain-ts/index.html');
  assert.equal(await whole.page.evaluate(() => document.querySelector('health-comparison-table').layout), 'stacked');
  assert.deepEqual(whole.errors, []);
  const alone = await open('plain-ts/table.html', 1);
  const defined = await alone.page.evaluate(() =>
    ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'].filter((tag) => customElements.get(tag)),
  );
  assert.deepEqual(defined, ['health-comparison-table']);
  assert.deepEqual(alone.errors, []);
});
