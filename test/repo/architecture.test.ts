// The dependency rule and strict types are checked by tools, not by memory (ARCHITECTURE.md).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(cmd: string, args: string[], input?: string): { code: number; output: string } {
  try {
    const output = execFileSync(cmd, args, { cwd: root, encoding: 'utf8', input, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('repository rules', () => {
  it('domain folders type-check with no DOM and no Node types', { timeout: 240_000 }, () => {
    const r = run(bin('tsc'), ['-p', 'tsconfig.domain.json', '--noEmit']);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('the whole project type-checks strictly', { timeout: 240_000 }, () => {
    const r = run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('lint passes, including the dependency rule', { timeout: 240_000 }, () => {
    const r = run(bin('eslint'), ['.', '--max-warnings=0']);
    expect(r.output.trim()).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    ['glossary/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['articles/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['glossary/probe.ts', "import { importPage } from '../articles/index.ts';\nexport const x = importPage;\n"],
  ])('the lint rule rejects a forbidden import in %s', (file, text) => {
    const r = run(bin('eslint'), ['--stdin', '--stdin-filename', file], text);
    expect(r.code).toBe(1);
    expect(r.output).toContain('no-restricted-imports');
  });

  // The layer allow-list (eslint-layers.js): transports → services → domain, no arrow back.
  it.each([
    ['renderer/probe.ts', "import { startServer } from '../transports/http/server.ts';\nexport const x = startServer;\n", 'renderer may not import transports/http/server.ts'],
    ['renderer/probe.ts', "import { createHandlers } from '../services/handlers.ts';\nexport const x = createHandlers;\n", 'renderer may not import services/handlers.ts'],
    ['services/probe.ts', "import { main } from '../transports/cli/index.ts';\nexport const x = main;\n", 'services may not import transports/cli/index.ts'],
    ['services/probe.ts', "import { menuTemplate } from '../electron/menu.ts';\nexport const x = menuTemplate;\n", 'services may not import electron/menu.ts'],
    ['articles/probe.ts', "import type { ApiCalls } from '../services/contract.ts';\nexport type X = ApiCalls;\n", 'domain (articles) may not import services/contract.ts'],
    ['transports/cli/probe.ts', "import { startServer } from '../http/server.ts';\nexport const x = startServer;\n", 'cli transport may not import transports/http/server.ts'],
    ['transports/cli/commands/probe.ts', "import { undoLastPropagation } from '../../../services/propagation-undo.ts';\nexport const x = undoLastPropagation;\n", 'cli command may not import services/propagation-undo.ts'],
    ['transports/cli/commands/probe.ts', "import { openLowdbProject } from '../../../services/store/lowdb-store.ts';\nexport const x = openLowdbProject;\n", 'cli command may not import services/store/lowdb-store.ts'],
    ['transports/cli/commands/probe.ts', "import { syncProject } from '../../../desk/sync.ts';\nexport const x = syncProject;\n", 'cli command may not import desk/sync.ts'],
    ['transports/cli/commands/desk.ts', "import { createHandlers } from '../../../services/handlers.ts';\nexport const x = createHandlers;\n", 'cli desk command may not import services/handlers.ts'],
    ['newfolder/probe.ts', 'export const x = 1;\n', 'newfolder/probe.ts belongs to no layer'],
  ])('the layer rule rejects %s: %s', (file, text, message) => {
    const r = run(bin('eslint'), ['--stdin', '--stdin-filename', file], text);
    expect(r.code).toBe(1);
    expect(r.output).toContain('local/import-layers');
    expect(r.output).toContain(message);
  });

  it('the layer rule accepts the allowed direction (transport → service → domain, renderer → contract)', () => {
    for (const [file, text] of [
      ['transports/cli/probe.ts', "import { createHandlers } from '../../services/handlers.ts';\nexport const x = createHandlers;\n"],
      ['renderer/probe.ts', "import type { ApiCalls } from '../services/contract.ts';\nexport type X = ApiCalls;\n"],
      ['services/probe.ts', "import { importPage } from '../articles/index.ts';\nexport const x = importPage;\n"],
      ['transports/cli/commands/probe.ts', "import type { ApiCalls } from '../../../services/contract.ts';\nexport type X = ApiCalls;\n"],
    ]) {
      const r = run(bin('eslint'), ['--stdin', '--stdin-filename', file], text);
      expect(r.output).not.toContain('local/import-layers');
    }
  }, 240_000); // four eslint processes: a minute under load on two shared cores
});
