// Byte sizes: gzip -9 of every shipped file in dist/, and of each element imported alone from
// lib/, bundled the way rollup.config.mjs bundles the drop-in (node-resolve, template literal
// minifier, terser with the same options; Lit included, no pack).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { jsonModules } from '../scripts/json-parse.mjs';

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** The shipped scripts of dist/ that exist: drop-in ESM and IIFE, the hydrate file, each topic module. */
export async function shippedScripts() {
  const files = ['dist/health-widgets.js', 'dist/health-widgets.iife.js', 'dist/health-widgets-hydrate.js'];
  const topics = existsSync('dist/topics') ? (await readdir('dist/topics')).filter((file) => file.endsWith('.js')).sort() : [];
  return [...files.filter((file) => existsSync(file)), ...topics.map((file) => `dist/topics/${file}`)];
}

export async function gzipFile(file) {
  const code = await readFile(file);
  return { raw: code.length, gzip: gzipSize(code) };
}

/** Each `lib/elements/<name>/<name>.js` (the module that defines one element). */
export async function elementEntries() {
  if (!existsSync('lib/elements')) return [];
  const entries = [];
  for (const dir of (await readdir('lib/elements', { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    const file = `lib/elements/${dir.name}/${dir.name}.js`;
    if (existsSync(file)) entries.push(file);
  }
  return entries.sort();
}

/** One entry bundled to a single minified ES module; returns its code. */
export async function bundleAlone(input) {
  // Loaded on first use: --smoke seldom bundles, and these take seconds to load on a busy machine.
  const [{ rollup }, { default: resolve }, { default: minifyHTML }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@lit-labs/rollup-plugin-minify-html-literals'),
    import('@rollup/plugin-terser'),
  ]);
  const bundle = await rollup({
    input,
    onwarn: () => {},
    plugins: [
      resolve({ browser: true }),
      jsonModules(),
      minifyHTML({ failOnError: true }),
      terser({ ecma: 2020, module: true, toplevel: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
