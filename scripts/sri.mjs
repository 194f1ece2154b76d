// `npm run sri`: puts the version and the integrity hash of the built dist/health-widgets.js into
// the README's script tag, and prints the tag. Run it after `npm run build` when releasing a
// version; the build itself never writes a tracked file.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const bundle = await readFile('dist/health-widgets.js').catch(() => {
  throw new Error('dist/health-widgets.js is missing: run `npm run build` first.');
});
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

const readme = await readFile('README.md', 'utf8');
const block = /(<!-- sri:start -->[\s\S]*?<!-- sri:end -->)/;
if (!block.test(readme)) throw new Error('README.md has no <!-- sri:start --> ... <!-- sri:end --> block.');
const updated = readme.replace(block, (text) =>
  text
    .replace(/(health-widgets@)[^/]+(\/dist\/health-widgets\.js")/, `$1${version}$2`)
    .replace(/(integrity=")[^"]+(")/, `$1${integrity}$2`),
);
if (updated !== readme) await writeFile('README.md', updated);

console.log(`<script type="module"
  src="https://unpkg.com/health-widgets@${version}/dist/health-widgets.js"
  integrity="${integrity}"
  crossorigin="anonymous"></script>`);
console.log(updated === readme ? 'README.md already shows this hash.' : 'README.md updated.');
