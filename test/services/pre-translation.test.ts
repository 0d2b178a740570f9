/**
 * Pre-translation through the handlers (`article.import`) and the CLI (`anuvad import`): 100 %
 * matches of the project memory (its articles and imported memories) and repetitions of the batch
 * are filled as pre-translated and counted in the import report; near misses are not.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../services/handlers.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { runCliInProcess } from '../transports/cli/cli-in-process.ts';

const NOW = '2026-12-07T09:00:00.000Z';
const upload = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });
const FIRST = 'दिल्ली में बड़ी बैठक\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की। उन्होंने 15 देशों के नेताओं से बात की। बैठक शाम तक चली।\n';
// Same three sentences: one with "!" for "।", one with 16 for 15, one with extra spaces (a 100 % match).
const SECOND = 'मुंबई में नई योजना\n\nप्रधानमंत्री ने आज दिल्ली में बैठक की! उन्होंने 16 देशों के नेताओं से बात की। बैठक  शाम   तक चली।  सरकार ने नई योजना शुरू की।\n';
const THIRD = 'गाँवों की योजना\n\nसरकार ने नई योजना शुरू की। यह योजना गाँवों के लिए है। सरकार ने नई योजना शुरू की।\n';
const ENGLISH = ['Big meeting in Delhi', 'The prime minister held a meeting in Delhi today.', 'He spoke to leaders of 15 countries.', 'The meeting went on until the evening.'];

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

async function translateFirst(): Promise<void> {
  const [first] = await api['article.import']({ pages: [upload('first.txt', FIRST)] });
  const article = await api['article.get']({ id: first.id });
  for (const [i, segment] of article.segments.entries()) {
    await api['article.saveSegment']({ articleId: first.id, segmentId: segment.id, target: ENGLISH[i], status: 'translated' });
  }
}

beforeEach(() => {
  store = createMemoryProject({ dir: '/projects/pre', name: 'pre' });
  api = createHandlers(store, { now: () => NOW });
});

describe('article.import pre-translates from the project memory', () => {
  it('fills the 100 % match only, reports it, and counts nothing as translated', async () => {
    await translateFirst();
    const [report] = await api['article.import']({ pages: [upload('second.txt', SECOND)] });
    expect(report).toMatchObject({ preTranslated: 1, translated: 0, segments: 5 });
    const second = await api['article.get']({ id: report.id });
    expect(second.segments.map((segment) => segment.status)).toEqual(['untranslated', 'untranslated', 'untranslated', 'pre-translated', 'untranslated']);
    expect(second.segments[3]).toMatchObject({ target: 'The meeting went on until the evening.', origin: 'tm' });
    // Not confirmed, so not in the memory: a lookup from elsewhere finds only the translator's pair.
    const summaries = await api['article.summaries']({});
    expect(summaries.articles.find((each) => each.id === report.id)?.byStatus['pre-translated']).toBe(1);
  });

  it('fills a source repeated across the batch from an imported memory; confirming makes it translated', async () => {
    await translateFirst();
    const tsv = 'सरकार ने नई योजना शुरू की।\tThe government launched a new scheme.\n';
    await api['tm.import']({ fileName: 'desk.tsv', base64: Buffer.from(tsv).toString('base64') });
    const reports = await api['article.import']({ pages: [upload('second.txt', SECOND), upload('third.txt', THIRD)] });
    expect(reports.map((each) => each.preTranslated)).toEqual([2, 2]);
    const third = await api['article.get']({ id: reports[1].id });
    expect(third.segments.filter((segment) => segment.status === 'pre-translated').map((segment) => segment.target))
      .toEqual(['The government launched a new scheme.', 'The government launched a new scheme.']);
    const saved = await api['article.saveSegment']({ articleId: third.id, segmentId: third.segments[1].id, target: third.segments[1].target, status: 'translated' });
    expect(saved.status).toBe('translated');
  });

  it('an empty project pre-translates nothing; a re-import keeps the work and fills nothing twice', async () => {
    const [alone] = await api['article.import']({ pages: [upload('second.txt', SECOND)] });
    expect(alone.preTranslated).toBe(0);
    await translateFirst();
    const [again] = await api['article.import']({ pages: [upload('first.txt', FIRST)] });
    expect(again).toMatchObject({ preTranslated: 0, translated: 4 });
  });
});

describe('anuvad import pre-translates the same way', () => {
  const work = mkdtempSync(join(tmpdir(), 'anuvad-pre-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints the count and stores pre-translated segments', async () => {
    const project = join(work, 'project');
    writeFileSync(join(work, 'first.txt'), FIRST);
    writeFileSync(join(work, 'second.txt'), SECOND);
    writeFileSync(join(work, 'memory.tsv'), ENGLISH.slice(1).map((english, i) => `${FIRST.split('\n')[2].split(/(?<=।) /)[i]}\t${english}`).join('\n') + '\n');
    writeFileSync(join(work, 'third.txt'), THIRD);
    const cli = (...args: string[]) => runCliInProcess(args, work, join(work, 'home'));
    expect((await cli('import', 'third.txt', '--project', project)).code).toBe(0);
    expect((await cli('tm', 'import', 'memory.tsv', '--project', project)).code).toBe(0);
    const run = await cli('import', 'first.txt', 'second.txt', '--project', project, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).map((each: { preTranslated: number }) => each.preTranslated)).toEqual([3, 1]);
    // A re-import carries the pre-translation over and does not count it again.
    const text = await cli('import', 'second.txt', '--project', project);
    expect(text.stdout).toMatch(/\(5 segments, 0 pre-translated\)/);
    const shown = JSON.parse((await cli('show', 'second', '--project', project, '--json')).stdout);
    expect(shown.segments[3]).toMatchObject({ status: 'pre-translated', target: 'The meeting went on until the evening.' });
  });
});
