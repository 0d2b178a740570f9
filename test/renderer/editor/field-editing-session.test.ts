/**
 * The header fields inside the editor session (no React, no DOM), against the real handlers: the
 * session shows the article's text fields, a field edit is a pending save that the session's own
 * flush writes (so closing the editor or the window writes it too), and the segments' undo does
 * not touch it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Api, ApiName } from '../../../services/contract.ts';
import type { Glossary } from '../../../glossary/model.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { importPage } from '../../../articles/import/import-page.ts';
import { createLiveChecker } from '../../../renderer/live-checker.ts';
import { createEditorSession } from '../../../renderer/editor/session/editor-session.ts';

const glossary = JSON.parse(readFileSync(new URL('../../../glossary/default-glossary.json', import.meta.url), 'utf8')) as Glossary;
const SAMPLE = '001_5fa5028a7c2c55c0';

describe('editor session: header fields', () => {
  it('shows the byline, saves its English on flush, and the segments\' undo leaves it alone', async () => {
    const text = readFileSync(new URL(`../../../articles/samples/${SAMPLE}.txt`, import.meta.url), 'utf8');
    const store = createMemoryProject({ articles: [importPage({ fileName: `${SAMPLE}.txt`, text }, { now: () => 'x' })], glossary: structuredClone(glossary) } as never);
    const handlers = createHandlers(store) as unknown as Record<ApiName, (args: unknown) => unknown>;
    const api = new Proxy({} as Api, { get: (_target, name: string) => async (args: unknown) => handlers[name as ApiName](structuredClone(args)) });
    const pending: (() => void)[] = [];
    let clock = 0;
    const session = createEditorSession({
      api, articleId: SAMPLE, checker: createLiveChecker(glossary), entriesById: new Map(), readOnly: false,
      timers: { setTimeout: (callback) => pending.push(callback), clearTimeout: () => undefined }, now: () => (clock += 10_000), onError: () => undefined,
    });
    await session.start();
    const byline = session.getSnapshot().fields.fields.find((view) => view.field === 'byline');
    expect(byline).toMatchObject({ source: 'Jyoti Sharma', draft: '' });

    const title = session.getSnapshot().article!.segments[0];
    session.changeTarget(title.id, 'A headline');
    session.changeField('byline', 'Jyoti Sharma, Jaipur');
    expect(session.hasPendingSaves()).toBe(true);
    expect(session.getSnapshot().fields.save.state).toBe('unsaved');
    await session.flush();
    expect(session.hasPendingSaves()).toBe(false);
    expect((await store.getArticle(SAMPLE))!.fieldTranslations?.byline).toMatchObject({ source: 'Jyoti Sharma', target: 'Jyoti Sharma, Jaipur' });

    session.undoOrRedo('undo');
    await session.flush();
    const after = (await store.getArticle(SAMPLE))!;
    expect(after.segments[0].target).toBe('');
    expect(after.fieldTranslations?.byline?.target).toBe('Jyoti Sharma, Jaipur');
    expect(session.getSnapshot().fields.fields.find((view) => view.field === 'byline')?.draft).toBe('Jyoti Sharma, Jaipur');
    session.dispose();
  });
});
