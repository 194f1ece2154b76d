// The command line, as a site's CI runs it: `health-widgets check` on the built lib/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'lib/cli/main.js');
const broken = join(root, 'test/fixtures/broken-packs');
const shipped = readdirSync(join(root, 'src/topics'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => join(root, 'src/topics', file));

/** Runs the command; resolves with its exit code and output whatever the code. */
async function run(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

test('every shipped pack is valid: exit 0, one line each', async () => {
  const { code, stdout } = await run('check', ...shipped);
  assert.equal(code, 0);
  for (const file of shipped) assert.match(stdout, new RegExp(`${file.replace(/[.]/g, '\\.')}: valid \\(`));
});

test('each broken pack exits 1 and lists every one of its problems like a compiler, with suggestions', async () => {
  const expected = {
    'unknown-category.json': ['/symptoms/5/category: expected one of "cramps", "legs"', 'did you mean "legs"?'],
    'three-shape-problems.json': [
      '/title: is required but missing',
      '/symptoms/7/urgency: expected one of "emergency", "urgent", "soon" but got "asap"',
      '/lables: is not a known property (check its spelling); did you mean "labels"?',
    ],
    'dangling-references.json': [
      '/comparison/0/evidence/2:',
      'but got "calfs"; did you mean "calf"?',
      '/symptoms/1/basis/0:',
      'but got "clue"; did you mean "clues"?',
      '/steps/0/source/0: expected one of "article", "nhs", "editorial" but got "artcle"; did you mean "article"?',
    ],
    'duplicate-ids.json': [
      '/symptoms/2/id: expected a unique id but "calf" is used twice',
      '/patterns/0/options/0/id: expected a unique answer id but "spasm" is used twice',
    ],
    'reserved-id.json': ['/conditions/1/id: "unclear" is reserved for answers that lean nowhere; choose another id'],
    'not-a-pack.json': ['/: expected an object but got an array of 3'],
  };
  for (const [name, fragments] of Object.entries(expected)) {
    const file = join(broken, name);
    const { code, stdout, stderr } = await run('check', file);
    assert.equal(code, 1, name);
    for (const fragment of fragments)
      assert.ok(stderr.includes(`${file}:`) && stderr.includes(fragment), `${name}: ${fragment}\n${stderr}`);
    assert.match(stdout, /problems?$/m);
  }
});

test('three shape problems are all reported at once, not the first alone', async () => {
  const { stderr } = await run('check', join(broken, 'three-shape-problems.json'));
  assert.equal(
    stderr
      .trim()
      .split('\n')
      .filter((line) => !line.includes('warning:')).length,
    3,
  );
});

test('a file that cannot be read, or is not JSON, exits 2; a mix takes the worst code', async () => {
  assert.equal((await run('check', join(broken, 'no-such-file.json'))).code, 2);
  const notJson = await run('check', join(root, 'README.md'));
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /not JSON/);
  assert.equal((await run('check', shipped[0], join(broken, 'unknown-category.json'))).code, 1);
  assert.equal((await run('check', shipped[0], join(broken, 'unknown-category.json'), join(root, 'README.md'))).code, 2);
});

test('--json gives machine-readable results for CI', async () => {
  const { code, stdout } = await run('check', '--json', shipped[0], join(broken, 'unknown-category.json'));
  assert.equal(code, 1);
  const [valid, invalid] = JSON.parse(stdout);
  assert.equal(valid.status, 'valid');
  assert.deepEqual(Object.keys(valid.topic).sort(), ['id', 'lang', 'version']);
  assert.equal(invalid.status, 'invalid');
  assert.deepEqual(invalid.errors[0], {
    path: 'symptoms[5].category',
    pointer: '/symptoms/5/category',
    message: 'expected one of "cramps", "legs", "urgent", "impact", "more-likely" but got "leg"',
    suggestion: 'did you mean "legs"?',
  });
});

test('warnings do not fail a valid pack', async () => {
  const { code, stderr } = await run('check', join(root, 'src/topics/leg-cramps.en.json'));
  assert.equal(code, 0);
  assert.ok(stderr === '' || /warning:/.test(stderr));
});

test('usage: no command or no file exits 2 and says how to call it', async () => {
  for (const args of [[], ['check'], ['lint', 'x.json']]) {
    const { code, stderr } = await run(...args);
    assert.equal(code, 2);
    assert.match(stderr, /usage: health-widgets check/);
  }
});
