import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', 'storybook-static/', 'custom-elements.json', 'bench/results/',
    // The example apps' builds, and their install.
    'examples/node_modules/', 'examples/*/dist/', 'examples/next/out/', 'examples/next/.next/', 'examples/angular/out-tsc/']},
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      // Data from `src` is untrusted: nothing may turn it into markup or code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error',
        {property: 'innerHTML', message: 'Data is untrusted: render text with Lit templates.'},
        {property: 'outerHTML', message: 'Data is untrusted: render text with Lit templates.'},
        {property: 'insertAdjacentHTML', message: 'Data is untrusted: render text with Lit templates.'}],
      'no-restricted-imports': ['error', {paths: [
        {name: 'lit/directives/unsafe-html.js', message: 'Data is untrusted.'},
        {name: 'lit/directives/unsafe-svg.js', message: 'Data is untrusted.'},
        {name: 'lit/directives/style-map.js', message: 'Inline styles break strict CSP pages.'}]}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // The data API must stay free of DOM and Lit, so it runs anywhere and is tested as plain functions.
    files: ['src/data/**/*.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: ['lit', 'lit/*', '@lit/*', 'd3-*']}]},
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.js'],
    rules: {'@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off',
      // chai: `expect(x).to.exist` is an assertion, not a stray expression.
      '@typescript-eslint/no-unused-expressions': 'off'},
  },
);
