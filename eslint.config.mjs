// ESLint (flat config): typescript-eslint's recommended rules, import hygiene, and the layering
// of the tree as rules (README "Architecture"): no import cycles, a pure core, rule files as
// leaves, a client that reaches the server side only through server/src/shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { noImportCycle } from './scripts/lint/no-import-cycle.mjs';

/** The Node globals the scripts use (the .mjs files are not type-checked, so no-undef stays on for them). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'console',
    'process',
    'URL',
    'Buffer',
    'TextDecoder',
    'TextEncoder',
    'performance',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
  ].map((g) => [g, 'readonly']),
);

/** A rule file is any module of core/rules/ but the index. */
const RULE_FILE = String.raw`(^|/)rules/(?!index$)[^/]+$`;
const LEAVES = {
  regex: RULE_FILE,
  message: 'Rule files are leaves: import RULES from core/rules/index, or move the shared logic out of rules/.',
};

const CORE_PURE = [
  {
    regex: String.raw`^vscode-languageserver|^vscode-languageclient`,
    allowTypeImports: true,
    message: 'The core is pure: no LSP runtime (types only).',
  },
  {
    regex: String.raw`^(node:)?(fs|fs/promises|child_process|net|http|https|worker_threads)$`,
    message: 'The core is pure: no file system or process machinery.',
  },
  { regex: String.raw`(^|/)(lsp|cli|runtime|shared|io)(/|$)`, message: 'The core imports nothing from the folders above it.' },
];
/** A core folder may not import the folders above it. */
const above = (...folders) => ({
  regex: String.raw`^\.\./(${folders.join('|')})/`,
  message: `Inside the core the arrows point down: no import of ${folders.join(', ')} from here.`,
});
const CORE_LAYERS = [
  { files: ['server/src/core/*.ts', 'server/src/core/services/**/*.ts'], below: [LEAVES] },
  { files: ['server/src/core/rules/index.ts'], below: [above('services')] },
  {
    files: ['server/src/core/rules/*.ts'],
    ignores: ['server/src/core/rules/index.ts'],
    below: [
      above('services'),
      { regex: String.raw`^\./`, message: 'A rule file imports no other rule file: shared logic goes to facts/, model/ or text/.' },
    ],
  },
  { files: ['server/src/core/facts/**/*.ts'], below: [LEAVES, above('services', 'rules')] },
  { files: ['server/src/core/model/**/*.ts'], below: [LEAVES, above('services', 'rules', 'facts')] },
  { files: ['server/src/core/text/**/*.ts'], below: [LEAVES, above('services', 'rules', 'facts', 'model')] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-output/**', 'test/fixtures/**', 'test/golden/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Text processing: regexes name control characters and combining marks (pinyin tones) on
      // purpose, and comments quote Chinese text with its ideographic spaces.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX, workplan: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })] },
    rules: {
      'workplan/no-import-cycle': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Only the rule index imports a rule file; shared logic lives in facts/, model/ or text/.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [LEAVES] }],
    },
  },
  // The core is pure (no editor, no LSP runtime but its types, no file system or process
  // machinery, nothing from the folders above it), and inside it the arrows point down:
  // services -> rules (through the index) -> facts -> model -> text.
  ...CORE_LAYERS.map(({ files, ignores = [], below }) => ({
    files,
    ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'The core is pure: no VS Code API.' }], patterns: [...CORE_PURE, ...below] },
      ],
    },
  })),
  {
    // The client speaks to the server side only through the shared module (ids, protocol, settings types).
    files: ['client/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: String.raw`(^|/)server/src/(?!shared/)`, message: 'The client imports only server/src/shared from the server side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/lsp/features/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: String.raw`^\.\./server$`, message: 'Features reach the server through the host (lsp/host.ts).' }, LEAVES],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['test/interop/**/*.mjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, describe: 'readonly', it: 'readonly', before: 'readonly', after: 'readonly' } },
  },
);
