import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess, type CliRun } from './cli-in-process.ts';
import type { StoredAlignment } from '../../../articles/align/stored-alignment.ts';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';

const root = resolve(import.meta.dirname, '../../..');
const samples = join(root, 'articles', 'samples');
let work: string;

const anuvad = (args: string[]): Promise<CliRun> => runCliInProcess(args, work, join(work, 'home'));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'anuvad-align-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('anuvad align', () => {
  it('aligns one Hindi-lines file with running English and prints { hi, en, links }', async () => {
    const doc = join(root, 'test', 'fixtures', 'align-dev', 'doc049');
    const run = await anuvad(['align', '--hi', join(doc, 'hi.txt'), '--en', join(doc, 'en.txt'), '--hi-lines', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { hi: string[]; en: string[]; links: { hi: number[]; en: number[]; score: number }[] };
    const hiLines = readFileSync(join(doc, 'hi.txt'), 'utf8').split('\n').filter((l) => l.trim());
    expect(out.hi).toEqual(hiLines);
    const english = readFileSync(join(doc, 'en.txt'), 'utf8');
    for (const sentence of out.en) expect(english.includes(sentence)).toBe(true);
    expect(out.links.flatMap((l) => l.hi)).toEqual(hiLines.map((_, i) => i));
    expect(out.links.flatMap((l) => l.en)).toEqual(out.en.map((_, j) => j));
    for (const link of out.links) expect(link.score).toBeGreaterThanOrEqual(0);
  });

  it('imports a raw page without --hi-lines (boilerplate never reaches the alignment)', async () => {
    const seed = '002_0f029a2cb635d9d3';
    const run = await anuvad(['align', '--hi', join(samples, `${seed}.txt`), '--en', join(samples, 'translations', `${seed}.en.txt`), '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { hi: string[]; links: { hi: number[]; en: number[] }[] };
    expect(out.hi.some((h) => h.includes('Check out'))).toBe(false);
    expect(out.hi[0]).toBe('उत्तर कोरिया और रूस के नेताओं ने यूक्रेन के खिलाफ एकजुटता व्यक्त की');
    expect(out.links[0]).toMatchObject({ hi: [0], en: [0] });
  });

  it('stores alignments for every article with a translation in batch mode', async () => {
    const project = join(work, 'project');
    expect((await anuvad(['import', join(samples, '000_a6e2b2736be51a55.txt'), join(samples, '002_0f029a2cb635d9d3.txt'), join(samples, '001_5fa5028a7c2c55c0.txt'), '--project', project])).code).toBe(0);
    const run = await anuvad(['align', '--project', project, '--translations', join(samples, 'translations'), '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { id: string }[];
    expect(summary.map((s) => s.id).sort()).toEqual(['000_a6e2b2736be51a55', '002_0f029a2cb635d9d3']);
    const store = await openLowdbProject(project);
    const doc = (await store.getDoc<StoredAlignment>('alignments/002_0f029a2cb635d9d3'))!;
    await store.close();
    expect(doc.articleId).toBe('002_0f029a2cb635d9d3');
    expect(doc.segmentIds).toHaveLength(doc.hi.length);
    expect(doc.links.every((l) => l.status === 'pending')).toBe(true);
  });

  it('the default project starts with the sample translations aligned for review', async () => {
    expect((await anuvad(['list', '--json'])).code).toBe(0);
    const dir = (await readdir(join(work, 'home'))).map((name) => join(work, 'home', name)).find((path) => existsSync(join(path, 'project.json')))!;
    const store = await openLowdbProject(dir);
    const stored = await store.getDoc<StoredAlignment>('alignments/002_0f029a2cb635d9d3');
    await store.close();
    expect(stored?.translationFile).toBe('002_0f029a2cb635d9d3.en.txt');
    expect(stored?.links.length).toBeGreaterThan(5);
  });

  it('refuses missing inputs with exit code 2', async () => {
    writeFileSync(join(work, 'en.txt'), 'Hello.');
    const run = await anuvad(['align', '--en', join(work, 'en.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--hi/);
  });
});
