// Lint, including the layering rules of the architecture: common/ imports
// nothing above it; renderer/ and main/ never import each other; preload/
// imports only common/ and electron.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});
const NODE = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'corpus/out/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      ...layer(
        ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'react', 'react-dom', 'dompurify', ...NODE],
        'common/ is plain TypeScript: no electron, no node:, no DOM, nothing from main/, renderer/ or preload/.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: layer(['**/main/**', '**/preload/**', 'electron', ...NODE], 'renderer/ talks to the backend only through window.plenary.'),
  },
  {
    files: ['main/**/*.ts'],
    rules: layer(['**/renderer/**', '**/preload/**'], 'main/ never imports the renderer or the preload.'),
  },
  {
    files: ['preload/**/*.ts'],
    rules: layer(['**/main/**', '**/renderer/**', ...NODE], 'preload/ imports only common/ and electron.'),
  },
);
