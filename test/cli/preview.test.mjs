// `health-widgets preview`, as a pack author uses it: the built lib/ serves a temp copy of the
// leg-cramps pack, headless Chromium shows the three widgets, the page follows the file as it is
// broken and fixed on disk, and the server is reachable from this machine only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { startPreview } from '../../lib/cli/preview.js';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const original = readFileSync(join(root, 'src/topics/leg-cramps.en.json'), 'utf8');
const pack = JSON.parse(original);
const scratch = mkdtempSync(join(tmpdir(), 'health-widgets-preview-'));
const file = join(scratch, 'leg-cramps.en.json');
const TIMEOUT = 5000;

let preview;
let browser;
let page;
const pageErrors = [];

before(async () => {
  await writeFile(file, original);
  [preview, browser] = await Promise.all([startPreview(file), launchChromium()]);
  page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
});

after(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The text of an element's shadow root, once it contains `text`. */
const shadowText = (tag, text) =>
  page.waitForFunction(
    (tag, text) => {
      const content = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
      return content.includes(text) && content;
    },
    {},
    tag,
    text,
  );

/** Writes the file and waits for the page to reload itself. */
async function save(text, { replace = false } = {}) {
  const reloaded = page.waitForNavigation({ waitUntil: 'load' });
  if (replace) {
    // As editors that write a new file and rename it over the old one.
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  } else await writeFile(file, text);
  await reloaded;
}

/** One HTTP request to the preview; resolves with status, headers and body. */
const get = (path, headers = {}) =>
  new Promise((done, fail) => {
    const { port } = preview.address;
    request({ host: '127.0.0.1', port, path, headers: { host: `localhost:${port}`, ...headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body }));
    })
      .on('error', fail)
      .end();
  });

test('serves on 127.0.0.1 only, at the localhost URL it prints, and answers only requests for localhost', async () => {
  assert.equal(preview.address.address, '127.0.0.1');
  assert.equal(preview.address.family, 'IPv4');
  assert.equal(preview.url, `http://localhost:${preview.address.port}/`);
  // Another address of this machine does not reach it.
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal);
  if (external) {
    const code = await new Promise((done) => {
      const socket = connect({ host: external.address, port: preview.address.port });
      socket.on('connect', () => (socket.destroy(), done('connected')));
      socket.on('error', (error) => done(error.code));
    });
    assert.equal(code, 'ECONNREFUSED', `reachable on ${external.address}`);
  }
  // A web page that rebinds its own name to 127.0.0.1 is refused.
  assert.equal((await get('/', { host: `attacker.example:${preview.address.port}` })).status, 403);
  // The same port cannot be taken twice.
  await assert.rejects(startPreview(file, { port: preview.address.port }), { code: 'EADDRINUSE' });
});

test('serves the pack as it is now, the bundle and the page script, without caching', async () => {
  const json = await get('/pack.json');
  assert.equal(json.status, 200);
  assert.match(json.headers['content-type'], /^application\/json/);
  assert.equal(json.headers['cache-control'], 'no-store');
  assert.equal(json.body, original);
  const bundle = await get('/health-widgets.js');
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers['content-type'], /^text\/javascript/);
  assert.equal(bundle.body, readFileSync(join(root, 'dist/health-widgets.js'), 'utf8'));
  assert.match((await get('/preview.js')).body, /EventSource/);
  const html = await get('/');
  assert.match(html.headers['content-security-policy'], /script-src 'self'/);
  assert.doesNotMatch(html.body, /<script(?![^>]*\ssrc=)/, 'no inline script');
  assert.equal((await get('/nothing-here')).status, 404);
});

test('shows the three widgets on the pack, and what the answers do', async () => {
  await page.goto(preview.url);
  assert.equal(await page.$eval('html', (html) => html.lang), 'en');
  const header = await page.$eval('header', (header) => header.textContent);
  for (const fact of ['leg-cramps.en.json', 'leg-cramps', pack.version, 'valid']) assert.ok(header.includes(fact), fact);
  await shadowText('health-symptom-checklist', pack.labels.checklistTitle);
  await shadowText('health-comparison-table', pack.labels.tableTitle);
  await shadowText('health-treatment-explainer', pack.labels.explainerTitle);
  // The table and the explainer follow the checklist; the warnings are listed below.
  assert.deepEqual(
    await page.$$eval('main health-comparison-table, main health-treatment-explainer', (all) =>
      all.map((el) => el.getAttribute('for')),
    ),
    ['checklist', 'checklist'],
  );
  assert.ok(await page.$('.warnings li code'));

  const sign = pack.symptoms[0];
  await page.click(`health-symptom-checklist >>> input[data-id="${sign.id}"]`);
  await page.waitForSelector('#result-facts:not([hidden])');
  const facts = await page.$eval('#result-facts', (dl) => dl.textContent);
  assert.ok(facts.includes(`Answers1 (signs: ${sign.id};`), facts);
  assert.match(facts, /Leaning/);
  assert.match(facts, /Urgency/);
  assert.match(await page.$eval('#result-output', (p) => p.textContent), /^On change: /);
  assert.deepEqual(pageErrors, []);
});

test('reloads by itself when the file is broken, shows the problem list, and the widgets again once fixed', async () => {
  const broken = structuredClone(pack);
  broken.symptoms[2].category = 'leg';
  await save(JSON.stringify(broken, null, 2));
  await page.waitForSelector('.problems li');
  assert.equal(await page.$('health-symptom-checklist'), null);
  assert.match(await page.$eval('header .status', (dd) => dd.textContent), /invalid \(1 problem\)/);
  assert.match(await page.$eval('#problems-heading', (h2) => h2.textContent), /1 problem to fix/);
  const [problem] = await page.$$eval('.problems li', (items) => items.map((item) => item.textContent));
  assert.match(problem, /^\/symptoms\/2\/category: expected one of .* but got "leg"; did you mean "legs"\?$/);

  await save('{ "id": "leg-cramps", ');
  assert.match(await page.$eval('.problems li', (item) => item.textContent), /^\/: not JSON/);
  assert.match(await page.$eval('header .status', (dd) => dd.textContent), /not readable/);

  await save(original, { replace: true });
  await shadowText('health-symptom-checklist', pack.labels.checklistTitle);
  await shadowText('health-treatment-explainer', pack.labels.explainerTitle);
  assert.equal(await page.$('.problems'), null);
  assert.deepEqual(pageErrors, []);
});

test('the command prints its URL and stops on Ctrl+C; a missing file, a taken port or no file exits 2', async () => {
  const cli = join(root, 'lib/cli/main.js');
  const child = spawn(process.execPath, [cli, 'preview', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = await new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /^health-widgets preview: (http:\/\/localhost:\d+\/)$/m.exec(output);
      if (found) done(found[1]);
    });
    exited.then((code) => fail(new Error(`exited early (${code}): ${output}${errors}`)));
  });
  const response = await fetch(url);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /leg-cramps/);
  child.kill('SIGINT');
  assert.equal(await exited, 0);

  /** Runs the command to its end; resolves with its exit code and what it printed on stderr. */
  const run = (...args) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => done({ code, stderr }));
    });
  const missing = await run('preview', join(scratch, 'missing.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read .*missing\.json \(ENOENT\)/);
  const taken = await run('preview', file, '--port', String(preview.address.port));
  assert.equal(taken.code, 2);
  assert.match(taken.stderr, /cannot listen on port \d+ \(EADDRINUSE\)/);
  const usage = await run('preview');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /health-widgets preview pack\.json \[--port N\]/);
});
