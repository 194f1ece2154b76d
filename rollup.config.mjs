import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = (module) => [
  resolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
  }),
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

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.js', format: 'es' },
    plugins: plugins(true),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.iife.js', format: 'iife', name: 'HealthWidgets' },
    plugins: plugins(false),
  },
];
