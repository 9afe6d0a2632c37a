// ESLint flat config: type-aware typescript-eslint, and no unsanitized HTML sinks anywhere.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'tests/e2e/.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // `document.write` is an HTML sink too; eslint-plugin-no-unsanitized covers the rest.
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'document.write is an HTML sink.' },
        { object: 'document', property: 'writeln', message: 'document.writeln is an HTML sink.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is an HTML sink.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `browser` is imported from wxt/browser everywhere, never reached through globals.
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import { browser } from 'wxt/browser'." },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests and scripts run in Node or drive a real browser, where `chrome` inside page.evaluate is fine.
    files: ['tests/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-globals': 'off' },
  },
);
