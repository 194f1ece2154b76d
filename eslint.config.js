// ESLint flat config: the lint gate run by `npm test` (zero warnings).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: ['dist/', 'lib/', 'types/', 'node_modules/', 'custom-elements.json', 'bench/.out/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (as tsc's noUnusedParameters allows); a rest
      // sibling such as `{ $schema, ...pack }` is how the code drops a key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
  },
  {
    files: ['src/elements/comparison-table/comparison-table.ts'],
    rules: {
      // The explicit table roles are deliberate: the stacked layout sets `display: block`, which drops implicit table semantics.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js', 'test/**/*.mjs'],
    rules: {
      // Chai property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Layout is Prettier's (npm run format); ESLint keeps to what the code means.
  prettier,
);
