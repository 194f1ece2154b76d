import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
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
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.js', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/health-widgets.iife.js', format: 'iife', name: 'HealthWidgets' },
    plugins: plugins(),
  },
];
