/** `anuvad qa-report`: the HTML report to the file named with -o (else stdout), one article or the project, JSON, bad input. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './cli-in-process.ts';
import type { QaReport } from '../../../services/contract.ts';

describe('anuvad qa-report', () => {
  let dir: string;
  let home: string;
  let cwd: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'anuvad-qa-report-'));
    home = path.join(dir, 'home');
    cwd = path.join(dir, 'work');
    await import('node:fs/promises').then((fs) => fs.mkdir(cwd));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the project report to the file named with -o, and nothing else', async () => {
    const run = await runCliInProcess(['qa-report', '-o', 'report.html'], cwd, home);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('report.html: QA report of the project\n');
    expect(await readdir(cwd)).toEqual(['report.html']);
    const html = await readFile(path.join(cwd, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('data-section="summary"');
    const list = await runCliInProcess(['list', '--json'], cwd, home);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((each) => each.id);
    expect(ids.length).toBeGreaterThan(1);
    // One article section per article, in list order.
    expect([...html.matchAll(/<article class="qa-article" id="article-\d+" data-article="([^"]+)"/g)].map((match) => match[1])).toEqual(ids);
  });

  it('reports the named articles as JSON or as HTML on stdout, in Hindi when asked', async () => {
    const list = JSON.parse((await runCliInProcess(['list', '--json'], cwd, home)).stdout) as { id: string; file: string }[];
    const json = await runCliInProcess(['qa-report', list[0].file, '--json', '--lang', 'hi'], cwd, home);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as QaReport;
    expect(report.language).toBe('hi');
    expect(report.articles.map((each) => each.articleId)).toEqual([list[0].id]);
    const html = await runCliInProcess(['qa-report', list[1].id], cwd, home);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(`data-article="${list[1].id}"`);
    expect(html.stdout.match(/class="qa-article"/g)).toHaveLength(1);
  });

  it('refuses bad input with exit code 2', async () => {
    expect(await runCliInProcess(['qa-report', '--lang', 'fr'], cwd, home)).toMatchObject({ code: 2, stderr: expect.stringContaining('--lang must be en or hi') });
    expect(await runCliInProcess(['qa-report', 'no-such-article'], cwd, home)).toMatchObject({ code: 2, stderr: expect.stringContaining('no article "no-such-article"') });
    expect((await runCliInProcess(['--help'], cwd, home)).stdout).toContain('qa-report');
  });
});
