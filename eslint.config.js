// @ts-check
/**
 * ESLint flat config. Formatting is Prettier's job (.prettierrc.json): none of the configs below
 * enables a layout rule (typescript-eslint's "stylistic" sets are about code, not whitespace), so
 * the two never fight and eslint-config-prettier is not needed.
 *
 * - TypeScript (src, tests, demo, vite.config.ts) is linted with type information from
 *   tsconfig.json through the project service.
 * - Plain JavaScript (.js, .mjs, .cjs: scripts, test-runner and manifest configs, demo and test
 *   page scripts) is not part of tsconfig.json (no allowJs), so it is linted without type
 *   information; `// @ts-check` in those files keeps their type checking in the editor.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'types/',
    'node_modules/',
    'custom-elements.json',
    'test-results/',
    'docs/',
    'coverage/',
    '*.tgz',
  ]),

  {
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
      reportUnusedInlineConfigs: 'error',
    },
  },

  js.configs.recommended,

  // TypeScript, with type information.
  {
    files: TS,
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Type-only imports stay type-only (tsconfig has verbatimModuleSyntax): `import type { X }`
      // or `import { type X }`, whichever the line already uses.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
      '@typescript-eslint/consistent-type-exports': ['error', { fixMixedExportsWithInlineTypeSpecifier: true }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Every promise is awaited, returned, or handed to `.then(…, onRejected)` / `.catch()`.
      // `void promise` marks a deliberate fire-and-forget and is allowed here; the element
      // (below) does not allow it.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true, ignoreIIFE: false }],
      // `() => void this.revoke()` in a Lit event binding is the way to drop a promise on purpose.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidOperator: true },
      ],
      // Numbers and booleans in messages are fine; objects, arrays and `unknown` are not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: false, allowRegExp: false },
      ],
      // `interface HTMLElementEventMap extends KreisWetterEventMap {}` is how a global map is extended.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Handing on a reason that is already `unknown` (an abort signal's, another promise's) is fine;
      // creating a non-Error reason is not.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // With noUncheckedIndexedAccess every lookup is `T | undefined`; `!` marks the ones the code
      // has already made sure of (a validated id, a regex group that matched). The stylistic rule
      // that prefers `!` over `as T` stays on.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `_name` marks a parameter kept for its position (tsconfig's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Plain JavaScript: same core rules, no type information.
  {
    files: JS,
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // The element's sources: Lit templates and custom-element rules, browser only.
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: {
      wc: { elementBaseClasses: ['LitElement', 'ReactiveElement'] },
    },
    languageOptions: { globals: globals.browser },
    rules: {
      // LitElement defines connectedCallback/disconnectedCallback/attributeChangedCallback, so
      // `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
      // From eslint-plugin-lit's "all" set, those that fit how the templates are written here
      // (arrow functions and .map() in templates stay allowed).
      'lit/lifecycle-super': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-nothing': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The element does not drop promises with `void`: each is awaited or handled.
    files: ['src/kreis-wetter-element.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false, ignoreIIFE: false }],
    },
  },

  // Browser code outside src: tests (run in browsers by @web/test-runner), test pages, the demo.
  {
    files: ['tests/**/*.{ts,js}', 'demo/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise (only its
      // `.dom`/`.shadowDom` comparisons are asynchronous, and the tests use none); every other
      // promise in a test must still be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: true,
          ignoreIIFE: false,
          allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }],
        },
      ],
      // …except those comparisons, which must be awaited: not covered by the exception above.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > CallExpression MemberExpression[property.name=/^(dom|lightDom|shadowDom)$/]',
          message: 'Await DOM comparisons: `await expect(el).shadowDom.to.equal(…)`.',
        },
      ],
      // chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Test pages live in frames: a frame's document and elements exist only once it has loaded,
      // whatever lib.dom says, so the tests' optional chains are needed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // The widgets under test are made by the built bundle's class, not the source's one whose
      // type the tests use.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Tests keep a page's own functions (fetch, IndexedDB methods) to wrap and call them later.
      '@typescript-eslint/unbound-method': 'off',
      // Query helpers take the element type they return (`part<HTMLSelectElement>(…)`), as querySelector does.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },

  // Node: scripts, config files, tests that run in Node (node:test).
  {
    files: ['scripts/**', 'bin/**', '*.config.*', '.*.cjs', 'tests/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts that drive a browser: their page.evaluate() callbacks run in the page.
    files: ['scripts/bench.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
