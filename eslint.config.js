import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { layersPlugin } from './eslint-layers.js';

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
    // Hooks are called unconditionally and effects list everything they read (stale closures are bugs).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Every file belongs to one layer and imports only what its layer allows (eslint-layers.js).
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    plugins: { local: layersPlugin },
    rules: { 'local/import-layers': 'error' },
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
        paths: [{ name: 'electron', message: 'The renderer runs in a sandbox.' }],
        patterns: [
          { group: ['fs', 'node:*', 'lowdb', 'lowdb/*'], message: 'The renderer runs in a sandbox.' },
        ],
      }],
    },
  },
  {
    // Raw IPC only in the two typed helpers (like Heroic's src/preload/ipc.ts and src/backend/ipc.ts).
    files: ['electron/**/*.ts', 'services/**/*.ts', 'transports/**/*.ts', 'bin/**/*.js', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use electron/ipc.ts (main) or electron/preload.ts; raw IPC lives only there.' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: 'MemberExpression[property.name=/^ipc(Main|Renderer)$/]',
        message: 'Use electron/ipc.ts (main) or electron/preload.ts; raw IPC lives only there.',
      }],
    },
  },
);
