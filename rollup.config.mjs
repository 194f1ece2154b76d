import { readdirSync, readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { jsonModules } from './scripts/json-parse.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * One notice at the top of each bundle: ours, and Lit's (BSD-3-Clause asks copies to keep its
 * copyright notice). Lit's per-module `@license` comments say the same thing many times over.
 */
const banner = `/*! health-widgets ${version} | MIT License | https://github.com/health-widgets/health-widgets
 * Includes Lit (https://lit.dev): @license Copyright 2017 Google LLC, SPDX-License-Identifier: BSD-3-Clause */`;

/** Source maps carry their sources, so a stack trace or debugger shows the TypeScript without src/. */
const compile = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: true, inlineSources: true },
  });

const bundle = (module) => [
  resolve({ browser: true }),
  jsonModules(),
  compile(),
  // Template whitespace and CSS are most of what terser cannot shrink.
  minifyHTML({ failOnError: true }),
  terser({
    ecma: 2020,
    // A classic script's top-level name (window.HealthWidgets) must survive.
    module,
    toplevel: module,
    compress: { passes: 2 },
    format: { comments: /^!/ },
  }),
];

/** Every TypeScript module of src/, for lib/ (one file per module, for npm users). */
const modules = readdirSync('src', { recursive: true })
  // hydrate.ts only makes the dist/ file that pre-rendered pages load.
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && file !== 'hydrate.ts')
  .map((file) => `src/${file}`);

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.js', format: 'es', banner, sourcemap: true },
    plugins: bundle(true),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.iife.js', format: 'iife', name: 'HealthWidgets', banner, sourcemap: true },
    plugins: bundle(false),
  },
  {
    // Lit's hydration support, for pre-rendered pages only (loaded before the drop-in script).
    input: 'src/hydrate.ts',
    output: { file: 'dist/health-widgets-hydrate.js', format: 'es', banner, sourcemap: true },
    plugins: bundle(true),
  },
  {
    // lit, Lit SSR and parse5 stay dependencies; packs imported as JSON become modules beside their importer.
    input: modules,
    external: (id) => /^lit($|\/)|^@lit\/|^@lit-labs\/|^parse5($|\/)|^node:/.test(id),
    output: { dir: 'lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Templates minified as in the drop-in: hydration needs the server's (lib/ssr) to be the same, byte for byte.
    plugins: [jsonModules(), compile(), minifyHTML({ failOnError: true })],
  },
];
