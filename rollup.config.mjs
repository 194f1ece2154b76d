import { readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const compile = (sourceMap) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap, inlineSources: sourceMap },
  });

const bundle = (module) => [
  resolve({ browser: true }),
  json({ compact: true, preferConst: true }),
  compile(false),
  // Template whitespace and CSS are most of what terser cannot shrink.
  minifyHTML({ failOnError: true }),
  terser({
    ecma: 2020,
    // A classic script's top-level name (window.HealthWidgets) must survive.
    module,
    toplevel: module,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

/** Every TypeScript module of src/, for lib/ (one file per module, for npm users). */
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => `src/${file}`);

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.js', format: 'es' },
    plugins: bundle(true),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.iife.js', format: 'iife', name: 'HealthWidgets' },
    plugins: bundle(false),
  },
  {
    // lit stays a dependency; packs imported as JSON become modules beside their importer.
    input: modules,
    external: (id) => /^lit($|\/)|^@lit\/|^node:/.test(id),
    output: { dir: 'lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [json({ preferConst: true }), compile(true)],
  },
];
