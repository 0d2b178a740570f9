// The prebuilt CLI (issue 10, item 6): bin/anuvad.js runs dist/anuvad-cli.mjs only while it was
// built from the sources as they are; after any change it runs the sources. Works on a copy of
// the package so the real dist/ is never rebuilt under other tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let copy: string;

const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, [join(copy, script), ...args], { cwd: copy, env: { ...process.env, ANUVAD_HOME: join(copy, '.home'), npm_lifecycle_event: '', ...env }, encoding: 'utf8' });
const fresh = async () => (await import(`${join(copy, 'bin', 'cli-bundle.js')}?${Math.random()}`) as { bundleIsFresh(): Promise<boolean> }).bundleIsFresh();
const help = join('transports', 'cli', 'help.ts');

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'anuvad-bundle-'));
  for (const name of ['package.json', 'bin', 'articles', 'glossary', 'services', 'transports', 'desk']) cpSync(join(root, name), join(copy, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  node('bin/build-cli.js', []);
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('prebuilt CLI', () => {
  it('records every source it compiled and is fresh right after the build', async () => {
    const inputs = JSON.parse(readFileSync(join(copy, 'dist', 'anuvad-cli.inputs.json'), 'utf8')) as { sources: Record<string, unknown>; chunks: string[] };
    expect(Object.keys(inputs.sources)).toContain('transports/cli/index.ts');
    expect(Object.keys(inputs.sources)).toContain(help.split('\\').join('/'));
    expect(Object.keys(inputs.sources).some((name) => name.startsWith('node_modules/'))).toBe(false);
    expect(inputs.chunks.length).toBeGreaterThan(1);
    expect(await fresh()).toBe(true);
  });

  it('runs the sources, never the stale bundle, after a source changed; fresh again once rebuilt', async () => {
    const original = readFileSync(join(copy, help), 'utf8');
    writeFileSync(join(copy, help), original.replace("summary: 'list the articles of a project with segment counts'", "summary: 'EDITED SINCE THE BUILD'"));
    expect(await fresh()).toBe(false);
    expect(node('bin/anuvad.js', ['--help'])).toContain('EDITED SINCE THE BUILD');
    node('bin/build-cli.js', []);
    expect(await fresh()).toBe(true);
    expect(node('bin/anuvad.js', ['--help'])).toContain('EDITED SINCE THE BUILD');
    writeFileSync(join(copy, help), original);
  }, 120_000);

  it('an edit with the same size and an old mtime is still seen (the content is compared)', async () => {
    node('bin/build-cli.js', []);
    const file = join(copy, 'transports', 'cli', 'cli-error.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/ok: 0/, 'ok: 9'));
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(await fresh()).toBe(false);
    // Undone, with a new mtime (a checkout of the same commit): the bundle may run again.
    writeFileSync(file, original);
    expect(await fresh()).toBe(true);
  }, 120_000);

  it('is not fresh when a chunk or a source is missing', async () => {
    const chunk = readdirSync(join(copy, 'dist')).find((name) => name.startsWith('anuvad-cli-') && name.endsWith('.mjs'))!;
    const saved = readFileSync(join(copy, 'dist', chunk));
    rmSync(join(copy, 'dist', chunk));
    expect(await fresh()).toBe(false);
    writeFileSync(join(copy, 'dist', chunk), saved);
    expect(await fresh()).toBe(true);
    const source = join(copy, 'transports', 'cli', 'article-names.ts');
    const text = readFileSync(source);
    rmSync(source);
    expect(await fresh()).toBe(false);
    writeFileSync(source, text);
  });

  it('the bundle and the sources print the same help, and a real command runs from the bundle', async () => {
    expect(await fresh()).toBe(true);
    expect(node('bin/anuvad.js', ['--help'])).toBe(node('bin/anuvad.js', ['--help'], { ANUVAD_CLI_SOURCE: '1' }));
    expect(node('bin/anuvad.js', ['list', '--json'])).toContain('"segments"');
  }, 120_000);

  it('every command chunk loads from the bundle (an unknown option is exit 2, not a missing module)', () => {
    const script = `
      const { main } = await import(${JSON.stringify('file://' + join(copy, 'dist', 'anuvad-cli.mjs'))});
      const names = [];
      await main(['--help'], { stdout: { write: (t) => names.push(...t.split('\\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/ {2,}/)[0])) }, stderr: process.stderr, cwd: process.cwd(), env: {} });
      const codes = {};
      for (const name of names) {
        let err = '';
        const extra = name === 'desk user' ? ['add', 'x'] : [];
        codes[name] = [await main([...name.split(' '), ...extra, '--no-such-option'], { stdout: { write() {} }, stderr: { write: (t) => (err += t) }, cwd: process.cwd(), env: {} }), err.includes('unknown option --no-such-option')];
      }
      console.log(JSON.stringify(codes));`;
    const codes = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: copy, encoding: 'utf8' })) as Record<string, [number, boolean]>;
    expect(Object.keys(codes).length).toBeGreaterThan(20);
    for (const [name, [code, refused]] of Object.entries(codes)) expect([name, code, refused]).toEqual([name, 2, true]);
  }, 120_000);

  it('as the prepare script, a build that cannot run warns and leaves the install working', () => {
    writeFileSync(join(copy, 'transports', 'cli', 'index.ts'), 'this is not TypeScript (\n');
    let output = '';
    expect(() => { output = execFileSync(process.execPath, [join(copy, 'bin', 'build-cli.js')], { cwd: copy, env: { ...process.env, npm_lifecycle_event: 'prepare' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); }).not.toThrow();
    expect(output).toBe('');
    expect(() => execFileSync(process.execPath, [join(copy, 'bin', 'build-cli.js')], { cwd: copy, env: { ...process.env, npm_lifecycle_event: 'build:cli' }, stdio: 'ignore' })).toThrow();
  }, 120_000);
});
