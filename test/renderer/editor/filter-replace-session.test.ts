/**
 * Issue 14 item 5 in the session without React: the segment filter (statuses OR'ed, kinds OR'ed,
 * groups AND'ed, counts, the segment being edited kept shown), issue navigation, and a project
 * replace as ONE undo step whose undo reverts every article on the server.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api, ApiName, SegmentIssue } from '../../../services/contract.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';
import { createEditorSession } from '../../../renderer/editor/session/editor-session.ts';
import { createEditorDoc, segmentState } from '../../../renderer/editor/edit-history.ts';
import { filterCounts, nextIssue, stepWithin, visibleSegments } from '../../../renderer/editor/session/segment-filter.ts';
import { concordanceQuery } from '../../../renderer/editor/concordance-query.ts';
import { createLiveChecker } from '../../../renderer/live-checker.ts';
import { sampleArticle } from '../../services/store/store-fixtures.ts';
import type { Segment } from '../../../articles/model.ts';

const seg = (id: string, status: Segment['status'], target = 'x'): Segment => ({ id, kind: 'body', paragraph: 1, line: 1, source: 'स्रोत', target, status });
const forbidden: SegmentIssue = { code: 'forbidden-term', severity: 'error', entryId: 'kim', expected: 'Kim Jong Un' };
const missing: SegmentIssue = { code: 'missing-term', severity: 'warning', entryId: 'moscow', expected: 'Moscow' };

describe('segment filter', () => {
  const doc = createEditorDoc([seg('a', 'translated'), seg('b', 'draft'), seg('c', 'translated'), seg('d', 'untranslated', ''), { ...seg('e', 'approved'), overrideReason: 'ok' }]);
  const issues = new Map<string, SegmentIssue[]>([['b', [forbidden, forbidden]], ['c', [missing]], ['e', [forbidden]]]);

  it('counts segments per status and per open issue kind (approved with a reason has none open)', () => {
    expect(filterCounts(doc, issues)).toEqual({ byStatus: { translated: 2, draft: 1, untranslated: 1, approved: 1 }, byIssue: { 'forbidden-term': 1, 'missing-term': 1 } });
  });

  it('ORs within a group, ANDs across groups, and keeps the edited segment shown', () => {
    const none = new Set<never>();
    expect(visibleSegments(doc, issues, { statuses: none, issueKinds: none })).toBeNull();
    expect(visibleSegments(doc, issues, { statuses: new Set(['translated', 'draft']), issueKinds: none })).toEqual([0, 1, 2]);
    expect(visibleSegments(doc, issues, { statuses: none, issueKinds: new Set(['forbidden-term', 'missing-term']) })).toEqual([1, 2]);
    expect(visibleSegments(doc, issues, { statuses: new Set(['translated']), issueKinds: new Set(['forbidden-term', 'missing-term']) })).toEqual([2]);
    expect(visibleSegments(doc, issues, { statuses: new Set(['translated']), issueKinds: none }, 3)).toEqual([0, 2, 3]);
  });

  it('walks issues with wrapping and steps within the shown segments', () => {
    expect(nextIssue(doc, issues, 0, 1)).toBe(1);
    expect(nextIssue(doc, issues, 2, 1)).toBe(1);
    expect(nextIssue(doc, issues, 1, -1)).toBe(2);
    expect(nextIssue(doc, new Map(), 0, 1)).toBeUndefined();
    expect(stepWithin([0, 2, 4], 0, 1, 5)).toBe(2);
    expect(stepWithin([0, 2, 4], 4, 1, 5)).toBe(4);
    expect(stepWithin([0, 2, 4], 3, -1, 5)).toBe(2);
    expect(stepWithin(null, 4, 1, 5)).toBe(4);
  });

  it('takes the word at the caret for a concordance, Hindi words whole', () => {
    expect(concordanceQuery('They flew to Pyongyang today', 18, 18)).toBe('Pyongyang');
    expect(concordanceQuery('भारतीय टीम', 2, 2)).toBe('भारतीय');
    expect(concordanceQuery('They flew to Pyongyang today', 6, 14)).toBe('flew to Pyongyang');
    expect(concordanceQuery('a  b', 2, 2)).toBe('');
  });
});

describe('a project replace in the open editor', () => {
  let store: ProjectStore;
  beforeEach(async () => {
    store = createMemoryProject({ dir: '/p', name: 'p' });
    for (const id of ['a0', 'a1']) {
      const article = sampleArticle(id, 3);
      article.segments[1] = { ...article.segments[1], target: 'Talks in Moskva.', status: 'approved' };
      await store.saveArticle(article);
    }
  });

  it('is one undo step here; Ctrl+Z reverts it in every article, with the statuses before', async () => {
    const handlers = createHandlers(store) as unknown as Record<ApiName, (args: unknown) => unknown>;
    const api = new Proxy({} as Api, { get: (_target, name: string) => async (args: unknown) => handlers[name as ApiName](structuredClone(args)) });
    let clock = 0;
    const session = createEditorSession({
      api, articleId: 'a0', checker: createLiveChecker({ schemaVersion: 1, entries: [] } as never), entriesById: new Map(), readOnly: false,
      timers: { setTimeout: () => 0, clearTimeout: () => {} }, now: () => (clock += 10_000), onError: (detail) => { throw new Error(detail); },
    });
    await session.start();
    const request = { query: 'Moskva', replacement: 'Moscow', options: { matchCase: true, wholeWord: true, regex: false } };
    const preview = await api['project.previewReplace'](request);
    const result = await api['project.replace']({ ...request, selected: preview.changes.map(({ articleId, segmentId, before }) => ({ articleId, segmentId, before })) });
    await session.replaceApplied(result);
    const history = session.getSnapshot().history!;
    expect(history.done.at(-1)).toMatchObject({ kind: 'replace', stepId: result.stepId, changes: [{ segmentId: 'a0-s1' }] });
    expect(segmentState(history.doc, 'a0-s1')).toEqual({ target: 'Talks in Moscow.', status: 'draft' });
    session.undoOrRedo('undo');
    for (let i = 0; i < 50 && session.getSnapshot().history!.done.length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.getSnapshot().history!.done).toHaveLength(0);
    expect(segmentState(session.getSnapshot().history!.doc, 'a0-s1')).toEqual({ target: 'Talks in Moskva.', status: 'approved' });
    for (const id of ['a0', 'a1']) expect((await store.getArticle(id))!.segments[1]).toMatchObject({ target: 'Talks in Moskva.', status: 'approved' });
  });
});
