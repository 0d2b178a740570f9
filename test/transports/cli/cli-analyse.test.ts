/** `anuvad analyse`: the analysis table of one article and of the project, read back by number. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './cli-in-process.ts';

const work = mkdtempSync(path.join(tmpdir(), 'anuvad-analyse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Four segments: the title, a sentence, the same sentence again (a repetition), another one.
const PAGE = 'दिल्ली में बड़ी बैठक\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की। प्रधानमंत्री ने आज दिल्ली में बैठक की। बैठक शाम तक चली।\n';

describe('anuvad analyse', () => {
  it('prints the bands, the repetition counted once and the statuses; --json gives the same figures', async () => {
    const dir = path.join(work, 'project');
    writeFileSync(path.join(work, 'page.txt'), PAGE);
    const home = path.join(work, 'home');
    expect((await runCliInProcess(['import', path.join(work, 'page.txt'), '--project', dir], work, home)).code).toBe(0);
    const run = await runCliInProcess(['analyse', 'page.txt', '--project', dir], work, home);
    expect(run.code, run.stderr).toBe(0);
    const line = (label: string) => run.stdout.split('\n').find((each) => each.startsWith(label))?.split(/\s{2,}/).slice(1);
    // 4 + 7 + 7 + 4 = 22 words; the repeated sentence is 7 of them.
    expect(line('Repetitions')).toEqual(['1', '7', '31.8%']);
    expect(line('No match')).toEqual(['3', '15', '68.2%']);
    expect(line('100%')).toEqual(['0', '0', '0.0%']);
    expect(line('Total')).toEqual(['4', '22', '100.0%']);
    expect(line('untranslated')).toEqual(['4', '22']);
    const json = JSON.parse((await runCliInProcess(['analyse', '--project', dir, '--json'], work, home)).stdout);
    expect(json.total.repetitions).toEqual({ segments: 1, words: 7 });
    expect(json.articles.map((each: { articleId: string }) => each.articleId)).toEqual(['page']);
    const unknown = await runCliInProcess(['analyse', 'nope', '--project', dir], work, home);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nope');
  });
});
