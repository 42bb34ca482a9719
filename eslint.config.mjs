import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-harness/', 'dist-wps/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    // The Chromium WPS embeds parses no ES2018 regular expression, and no polyfill can give one.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        ...[
          'Literal[regex.pattern=/\\(\\?<|\\\\[pP]\\{/]',
          'Literal[regex.flags=/s/]',
          "NewExpression[callee.name='RegExp'] Literal[value=/\\(\\?<|\\\\[pP]\\{/]",
          "NewExpression[callee.name='RegExp'] TemplateElement[value.raw=/\\(\\?<|\\\\[pP]\\{/]",
          "NewExpression[callee.name='RegExp'][arguments.1.value=/s/]",
        ].map((selector) => ({
          selector,
          message: 'No lookbehind, named group, \\p{…} or s flag (ES2018): WPS cannot parse them. Use src/core/vocabulary/char-classes.ts for Unicode classes.',
        }))],
    },
  },
  {
    // Which modules of src/core may import which is an allow-list in .dependency-cruiser.cjs (npm run lint).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'Office', 'Excel', 'fetch', 'process', 'Buffer'].map((name) => ({ name, message: 'src/core must stay host-free.' }))],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'office-js', '@microsoft/office-js', 'react', 'react-dom', '@fluentui/*', 'fs', 'node:*', 'path'],
            message: 'src/core must stay host-free: no Office.js, ExcelJS, DOM or Node imports.' },
        ],
      }],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
