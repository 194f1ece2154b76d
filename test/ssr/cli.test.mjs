// `health-widgets prerender` on the built lib/, as a site build runs it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'lib/cli/main.js');
const scratch = mkdtempSync(join(tmpdir(), 'health-widgets-prerender-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command (with `input` on its standard input); resolves with its exit code and output. */
function run(args, input = '') {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? error.code : 0, stdout, stderr }),
    );
    child.stdin.end(input);
  });
}

const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'];
const dsd = (tag) => new RegExp(`<${tag}\\b[^>]* defer-hydration><template shadowrootmode="open"><style>`);
const page = (body) => {
  const file = join(scratch, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(
    file,
    `<!doctype html>\n<html lang="en">\n<head><script type="module" src="/hw/health-widgets.js"></script></head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  return file;
};

test('prerender page.html > out.html: the page on standard output, all three widgets in it, a summary on standard error', async () => {
  const { code, stdout, stderr } = await run(['prerender', 'demo/index.html']);
  assert.equal(code, 0, stderr);
  for (const tag of TAGS) assert.match(stdout, dsd(tag));
  assert.match(stdout, /<script type="module" src="\.\.\/dist\/health-widgets-hydrate\.js"><\/script>/);
  assert.ok(stdout.endsWith('</html>\n'), 'the page keeps its last line break, and gets no other');
  assert.equal(stderr.trim(), 'demo/index.html: 3 elements pre-rendered');
});

test('-o writes the file and prints the summary; --output= and - (standard input) work too', async () => {
  const out = join(scratch, 'out.html');
  const { code, stdout } = await run(['prerender', 'demo/index.html', '-o', out]);
  assert.equal(code, 0);
  assert.equal(stdout.trim(), 'demo/index.html: 3 elements pre-rendered');
  for (const tag of TAGS) assert.match(readFileSync(out, 'utf8'), dsd(tag));

  const piped = await run(
    ['prerender', '-', `--output=${out}`],
    '<health-comparison-table heading-level="4"></health-comparison-table>',
  );
  assert.equal(piped.code, 0, piped.stderr);
  assert.match(
    readFileSync(out, 'utf8'),
    /^<health-comparison-table heading-level="4" layout="auto" defer-hydration><template shadowrootmode="open">[\s\S]*<h4 /,
  );
});

test("--pack (repeatable) renders other topics and languages; --lang sets a fragment's language", async () => {
  const file = page(
    '<health-symptom-checklist topic="leg-cramps"></health-symptom-checklist>\n<health-comparison-table lang="es"></health-comparison-table>',
  );
  const { code, stdout, stderr } = await run([
    'prerender',
    file,
    '--pack',
    'src/topics/leg-cramps.en.json',
    '--pack=src/topics/b12-muscle-tightness.es.json',
  ]);
  assert.equal(code, 0, stderr);
  const cramps = JSON.parse(readFileSync(join(root, 'src/topics/leg-cramps.en.json'), 'utf8'));
  const es = JSON.parse(readFileSync(join(root, 'src/topics/b12-muscle-tightness.es.json'), 'utf8'));
  assert.ok(stdout.includes(cramps.symptoms[0].label));
  assert.ok(stdout.includes(es.comparison[0].label));

  const fragment = await run(
    ['prerender', '-', '--lang', 'es', '--pack', 'src/topics/b12-muscle-tightness.es.json', '--no-hydration-script'],
    '<health-comparison-table></health-comparison-table>',
  );
  assert.equal(fragment.code, 0, fragment.stderr);
  assert.ok(fragment.stdout.includes(es.comparison[0].label));
});

test('an element left as it was: exit 1, its place and the reason on standard error, the page written all the same', async () => {
  const file = page(
    '<health-symptom-checklist topic="leg-cramps"></health-symptom-checklist>\n  <health-comparison-table heading-level="9"></health-comparison-table>',
  );
  const { code, stdout, stderr } = await run(['prerender', file]);
  assert.equal(code, 1);
  assert.ok(stderr.includes(`${file}:5:1: <health-symptom-checklist>: no pack is registered as "leg-cramps"`), stderr);
  assert.ok(stderr.includes(`${file}:6:3: <health-comparison-table>: heading-level must be`), stderr);
  assert.match(stderr, /: 1 element pre-rendered, 1 left as it was$/m);
  assert.match(stdout, /<health-symptom-checklist topic="leg-cramps"><\/health-symptom-checklist>/);
  assert.match(stdout, dsd('health-comparison-table'));
});

test('a pack that is not valid: its problems listed like check does, exit 1, not used', async () => {
  const broken = join(root, 'test/fixtures/broken-packs/unknown-category.json');
  const file = page('<health-comparison-table></health-comparison-table>');
  const { code, stdout, stderr } = await run(['prerender', file, '--pack', broken]);
  assert.equal(code, 1);
  assert.ok(stderr.includes(`${broken}:/symptoms/5/category: expected one of "cramps", "legs"`), stderr);
  assert.ok(stderr.includes(`${broken}: not a valid pack, so it is not used`));
  assert.match(stdout, dsd('health-comparison-table'));
});

test('usage problems and unreadable files exit 2 and write nothing', async () => {
  const cases = [
    [['prerender'], /no page given/],
    [['prerender', 'a.html', 'b.html'], /one page at a time/],
    [['prerender', 'demo/index.html', '--frobnicate'], /unknown option --frobnicate/],
    [['prerender', 'demo/index.html', '-o'], /missing its value/],
    [['prerender', 'missing.html'], /missing\.html: cannot read the file \(ENOENT\)/],
    [['prerender', 'demo/index.html', '--pack', 'missing.json'], /missing\.json: cannot read the file \(ENOENT\)/],
    [['prerender', 'demo/index.html', '--pack', 'demo/index.html'], /demo\/index\.html: not JSON/],
    [['prerender', 'demo/index.html', '-o', join(scratch, 'no/such/dir/out.html')], /cannot write the file \(ENOENT\)/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
    assert.equal(stdout, '');
  }
  const { stderr } = await run(['prerender']);
  assert.match(stderr, /usage: health-widgets check[\s\S]*health-widgets prerender page\.html/);
});
