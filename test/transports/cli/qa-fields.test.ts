/** Issue 12 item 3: `anuvad qa --project` checks the header fields' English too, named field:<name> with the page line. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { KIEV_PAGE } from '../../services/header-field-page.ts';
import { runCliInProcess } from './cli-in-process.ts';

const glossaryFile = resolve(import.meta.dirname, '../../../glossary/default-glossary.json');
const work = mkdtempSync(join(tmpdir(), 'anuvad-qa-fields-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('anuvad qa --project and the header fields', () => {
  it('a forbidden "Kiev" in the dateline\'s English is reported on the dateline\'s line; the Kyiv fix is clean', async () => {
    const project = join(work, 'project');
    const store = await openLowdbProject(project, { create: true });
    const api = createHandlers(store, { now: () => '2026-03-01T10:00:00.000Z' });
    const [{ id }] = await api['article.import']({ pages: [{ name: 'kiev.txt', base64: Buffer.from(KIEV_PAGE).toString('base64') }] });
    for (const segment of (await api['article.get']({ id })).segments) await api['article.saveSegment']({ articleId: id, segmentId: segment.id, target: 'Russia attacked the capital of Ukraine.' });
    await api['article.saveField']({ articleId: id, field: 'dateline', target: 'Kiev' });
    await store.close();

    const run = await runCliInProcess(['qa', '--glossary', glossaryFile, '--project', project, '--json'], work, join(work, 'home'));
    const issues = JSON.parse(run.stdout) as { line: number; kind: string; segment?: string; term?: string }[];
    const dateline = issues.filter((issue) => issue.segment === 'field:dateline');
    expect(dateline).toEqual([expect.objectContaining({ kind: 'forbidden-term', term: 'Kyiv', line: 3 })]);

    const reopened = await openLowdbProject(project);
    await createHandlers(reopened)['article.saveField']({ articleId: id, field: 'dateline', target: 'Kyiv' });
    await reopened.close();
    const fixed = await runCliInProcess(['qa', '--glossary', glossaryFile, '--project', project, '--json'], work, join(work, 'home'));
    expect((JSON.parse(fixed.stdout) as { segment?: string }[]).filter((issue) => issue.segment?.startsWith('field:'))).toEqual([]);
  });
});
