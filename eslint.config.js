import tseslint from 'typescript-eslint';

// The dependency rule from ARCHITECTURE.md: domain folders stay pure, shells stay shells.
const shellOrIo = ['electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'i18next', 'react-i18next', 'lowdb', 'lowdb/*',
  'fs', 'fs/*', 'node:fs', 'node:fs/*', 'path', 'node:path', 'child_process', 'node:child_process', 'http', 'node:http', 'os', 'node:os'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-artifacts/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['glossary/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [],
        patterns: [
          { group: shellOrIo, message: 'glossary/ is pure domain code (ARCHITECTURE.md).' },
          { group: ['**/electron/**', '**/renderer/**', '**/articles/**'], message: 'glossary/ may not import shells or articles/.' },
        ],
      }],
    },
  },
  {
    files: ['articles/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: shellOrIo, message: 'articles/ is pure domain code (ARCHITECTURE.md).' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'articles/ may not import shells.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '!**/electron/contract', '!**/electron/contract.ts'], message: 'The renderer imports only the contract from electron/.' },
          { group: ['fs', 'node:*', 'lowdb', 'electron'], message: 'The renderer runs in a sandbox.' },
        ],
      }],
    },
  },
);
