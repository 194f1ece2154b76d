// The demo article, pre-rendered: dist/demo/prerendered.html, built from demo/index.html with the
// built lib/ (run after `npm run build`; `npm start` serves it at /dist/demo/prerendered.html).
// The widgets are in the HTML as Declarative Shadow DOM: they show before any script runs and with
// JavaScript off, then hydrate (dist/health-widgets-hydrate.js) without rendering again.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { prerender } from '../lib/ssr/index.js';

const root = new URL('../', import.meta.url);
const source = 'demo/index.html';
const target = 'dist/demo/prerendered.html';

/** Replaces one known piece of the demo page; fails loudly when the page no longer has it. */
function replaceOnce(html, from, to) {
  if (html.split(from).length !== 2) throw new Error(`${source}: expected "${from}" once`);
  return html.replace(from, () => to);
}

let html = await readFile(new URL(source, root), 'utf8');

// Relative links and scripts resolve from demo/; the copy lives in dist/demo/.
html = html.replace(/\b(href|src)="(?![a-z][a-z0-9+.-]*:|[#/])([^"]*)"/gi, (_, name, path) => {
  const resolved = posix.relative(posix.dirname(target), posix.join(posix.dirname(source), path));
  return `${name}="${resolved || '.'}${path.endsWith('/') ? '/' : ''}"`;
});
// This copy names itself in the title, the page list and a short note.
html = replaceOnce(html, '</title>', ' (pre-rendered)</title>');
html = replaceOnce(html, '<a href="../../demo/" aria-current="page">', '<a href="../../demo/">');
html = replaceOnce(html, '<a href="prerendered.html">', '<a href="prerendered.html" aria-current="page">');
html = replaceOnce(
  html,
  '<main id="main" class="wrap">',
  `<main id="main" class="wrap">
      <p class="demo-note">
        This copy of the page is pre-rendered (<code>health-widgets prerender</code>): the widgets are in its HTML, so
        they show before any script runs, and with JavaScript off. <a href="../../demo/">The same page without
        pre-rendering</a>.
      </p>`,
);

const { html: out, rendered, warnings } = prerender(html);
for (const warning of warnings) console.warn(`${source}:${warning.line ?? ''}: ${warning.subject}: ${warning.message}`);
if (rendered !== 3 || warnings.length) {
  console.error(`${source}: expected the three widgets pre-rendered without a warning, got ${rendered}`);
  process.exit(1);
}
await mkdir(new URL(posix.dirname(target), root), { recursive: true });
await writeFile(new URL(target, root), out);
console.log(`${target}: ${rendered} widgets pre-rendered, ${out.length} characters`);
