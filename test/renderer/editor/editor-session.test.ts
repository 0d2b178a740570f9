/**
 * The editor session without React or a DOM: loading, typing with autosave, undo/redo across
 * segments, approval blocked by a glossary error and its reason, memory matches from the server's
 * one project memory (tm.lookup) after a confirmation, and find. Timers are a manual queue.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Api, ApiName } from '../../../services/contract.ts';
import type { Glossary } from '../../../glossary/model.ts';
import type { ProjectStore } from '../../../services/store/project-store.ts';
import { createMemoryProject } from '../../../services/store/memory-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { importPage } from '../../../articles/import/import-page.ts';
import { createLiveChecker } from '../../../renderer/live-checker.ts';
import { createEditorSession, type EditorSession } from '../../../renderer/editor/session/editor-session.ts';
import { segmentState } from '../../../renderer/editor/edit-history.ts';

const samplesDir = new URL('../../../articles/samples/', import.meta.url);
const glossary = JSON.parse(readFileSync(new URL('../../../glossary/default-glossary.json', import.meta.url), 'utf8')) as Glossary;
const ARTICLE = '001_5fa5028a7c2c55c0';

/** Timers that run only when the test says so. */
function manualTimers() {
  let next = 1;
  const queue = new Map<number, () => void>();
  return {
    setTimeout: (callback: () => void) => {
      queue.set(next, callback);
      return next++;
    },
    clearTimeout: (handle: unknown) => void queue.delete(handle as number),
    /** Runs every queued callback (and those they queue) once. */
    runAll() {
      for (let round = 0; round < 10 && queue.size > 0; round++) {
        const due = [...queue.entries()];
        queue.clear();
        for (const [, callback] of due) callback();
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check: () => boolean | Promise<boolean>) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await settle();
  }
  throw new Error('condition not reached');
}

let store: ProjectStore;
let timers: ReturnType<typeof manualTimers>;
let session: EditorSession;
let errors: string[];

function open(articleId = ARTICLE, initialSegmentId?: string) {
  const handlers = createHandlers(store) as unknown as Record<ApiName, (args: unknown) => unknown>;
  const api = new Proxy({} as Api, { get: (_target, name: string) => async (args: unknown) => handlers[name as ApiName](structuredClone(args)) });
  let clock = 0;
  const live = createLiveChecker(glossary);
  session = createEditorSession({
    api, articleId, initialSegmentId, checker: live, entriesById: new Map(glossary.entries.map((entry) => [entry.id, entry])),
    readOnly: false, timers, now: () => (clock += 10_000), onError: (detail) => errors.push(detail),
  });
  return session;
}

beforeEach(async () => {
  const articles = readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => importPage({ fileName: name, text: readFileSync(new URL(name, samplesDir), 'utf8') }, { now: () => '2026-01-01T00:00:00.000Z' }));
  store = createMemoryProject({ articles, glossary: structuredClone(glossary) } as never);
  timers = manualTimers();
  errors = [];
});

const target = (id: string) => segmentState(session.getSnapshot().history!.doc, id)!;
const stored = async (index: number) => (await store.getArticle(ARTICLE))!.segments[index];

describe('editor session', () => {
  it('loads at the requested segment, asks for focus there and tells subscribers', async () => {
    const article = (await store.getArticle(ARTICLE))!;
    open(ARTICLE, article.segments[2].id);
    let told = 0;
    session.subscribe(() => told++);
    await session.start();
    const snapshot = session.getSnapshot();
    expect(snapshot.current).toBe(2);
    expect(snapshot.focusRequest?.segmentId).toBe(article.segments[2].id);
    expect(snapshot.scrollRequest?.index).toBe(2);
    expect(told).toBeGreaterThan(0);
  });

  it('saves typing after the quiet time and checks it, without a React render', async () => {
    open();
    await session.start();
    const first = session.getSnapshot().article!.segments[0];
    session.changeTarget(first.id, 'Kim Jong-un meets the defense minister of Russia');
    expect(target(first.id).status).toBe('draft');
    expect(session.getSnapshot().save.state).toBe('unsaved');
    expect((await stored(0)).target).toBe('');
    timers.runAll();
    await until(async () => (await stored(0)).target === 'Kim Jong-un meets the defense minister of Russia');
    await until(() => session.getSnapshot().save.state === 'saved');
    expect(session.getSnapshot().issues.get(first.id)?.map((issue) => issue.code)).toContain('forbidden-term');
  });

  it('undoes across segments in one history and writes the undone text', async () => {
    open();
    await session.start();
    const [first, second] = session.getSnapshot().article!.segments;
    session.changeTarget(first.id, 'First');
    session.changeTarget(second.id, 'Second');
    session.undoOrRedo('undo');
    expect(target(second.id).target).toBe('');
    expect(session.getSnapshot().current).toBe(1);
    session.undoOrRedo('undo');
    expect(target(first.id).target).toBe('');
    session.undoOrRedo('redo');
    expect(target(first.id).target).toBe('First');
    await session.flush();
    expect((await stored(0)).target).toBe('First');
    expect((await stored(1)).target).toBe('');
  });

  it('asks for a reason when glossary errors block approval, and keeps it; cancelling approves nothing', async () => {
    open();
    await session.start();
    const first = session.getSnapshot().article!.segments[0];
    session.changeTarget(first.id, 'Kim Jong-un meets the defense minister');
    session.changeStatus(first.id, 'approved');
    expect(session.getSnapshot().override?.segmentId).toBe(first.id);
    expect(session.getSnapshot().override!.issues.length).toBeGreaterThan(0);
    expect(session.runCommand({ type: 'approve' }, 'segment')).toBe(true);
    session.resolveOverride(null);
    expect(target(first.id).status).toBe('draft');
    session.requestApprove(first.id);
    session.resolveOverride('Quoting the agency headline verbatim');
    expect(target(first.id)).toMatchObject({ status: 'approved', overrideReason: 'Quoting the agency headline verbatim' });
    await session.flush();
    expect(await stored(0)).toMatchObject({ status: 'approved', overrideReason: 'Quoting the agency headline verbatim' });
  });

  it('ignores one issue with a reason (Alt+I opens the dialog, the focus goes back to the segment), keeps it with the text, and brings it back on restore', async () => {
    open();
    await session.start();
    const first = session.getSnapshot().article!.segments[0];
    session.changeTarget(first.id, 'Kim Jong-un meets the defense minister');
    timers.runAll();
    await until(() => (session.getSnapshot().issues.get(first.id)?.length ?? 0) > 0);
    const before = session.getSnapshot().issues.get(first.id)!;
    expect(session.runCommand({ type: 'ignore-issue' }, 'segment')).toBe(true);
    const pending = session.getSnapshot().ignoring!;
    expect(pending).toMatchObject({ segmentId: first.id, issue: before[0] });
    session.resolveIgnore('The agency spells it so in the quoted headline');
    expect(session.getSnapshot().ignoring).toBeNull();
    expect(session.getSnapshot().focusRequest?.segmentId).toBe(first.id);
    await until(async () => ((await stored(0)).ignoredIssues?.length ?? 0) === 1);
    // Pending typing was written first: the ignore names the stored text.
    expect(await stored(0)).toMatchObject({ target: 'Kim Jong-un meets the defense minister', ignoredIssues: [{ reason: 'The agency spells it so in the quoted headline', target: 'Kim Jong-un meets the defense minister' }] });
    timers.runAll();
    await until(() => session.getSnapshot().ignored.get(first.id)?.length === 1);
    expect(session.getSnapshot().issues.get(first.id)).toHaveLength(before.length - 1);
    expect(session.getSnapshot().ignored.get(first.id)![0]).toMatchObject({ issue: { code: before[0].code }, reason: 'The agency spells it so in the quoted headline' });

    // The issue no longer blocks approval when it was the only error; the others still do.
    session.requestApprove(first.id);
    const stillBlocking = session.getSnapshot().override?.issues ?? [];
    expect(stillBlocking.some((issue) => issue.code === before[0].code && issue.expected === before[0].expected && issue.targetSpan?.[0] === before[0].targetSpan?.[0])).toBe(false);
    session.resolveOverride(null);

    session.restoreIssue(first.id, session.getSnapshot().ignored.get(first.id)![0].issue);
    await until(async () => (await stored(0)).ignoredIssues === undefined);
    timers.runAll();
    await until(() => session.getSnapshot().ignored.get(first.id) === undefined);
    expect(session.getSnapshot().issues.get(first.id)).toHaveLength(before.length);

    // Cancelling ignores nothing.
    session.requestIgnore(first.id, before[0]);
    session.resolveIgnore(null);
    await settle();
    expect((await stored(0)).ignoredIssues).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("offers a segment confirmed in this session as the server memory's match for a similar segment", async () => {
    // Article 003's heading opens a longer body sentence.
    open('003_1e3141995383dc93');
    await session.start();
    const segments = session.getSnapshot().article!.segments;
    const heading = segments.findIndex((segment) => segment.kind === 'heading');
    const body = segments.findIndex((segment, index) => index !== heading && segment.kind === 'body' && segment.source.startsWith(segments[heading].source));
    expect(body).toBeGreaterThan(heading);
    session.moveTo(heading);
    session.changeTarget(segments[heading].id, "This is Putin's first visit to Korea in 24 years");
    session.confirmAndNext();
    await session.flush();
    session.moveTo(body);
    expect(session.getSnapshot().matches).toBeNull();
    await until(() => (session.getSnapshot().matches?.length ?? 0) > 0);
    expect(session.getSnapshot().matches![0]).toMatchObject({ target: "This is Putin's first visit to Korea in 24 years", articleId: '003_1e3141995383dc93' });
    expect(session.runCommand({ type: 'insert-best-match' }, 'segment')).toBe(true);
    expect(target(segments[body].id).target).toBe("This is Putin's first visit to Korea in 24 years");
    expect(session.getSnapshot().focusRequest).toMatchObject({ segmentId: segments[body].id, caret: "This is Putin's first visit to Korea in 24 years".length });
  });

  it('finds over the current English and steps through the matches, wrapping', async () => {
    open();
    await session.start();
    const [first, , third] = session.getSnapshot().article!.segments;
    session.changeTarget(first.id, 'Moscow talks');
    session.changeTarget(third.id, 'More talks in Moscow');
    session.find.open();
    session.find.setQuery('moscow');
    expect(session.getSnapshot().find.matches).toEqual(expect.arrayContaining([0, 2]));
    const count = session.getSnapshot().find.matches.length;
    for (let step = 0; step < count; step++) session.find.go(1);
    session.find.go(1);
    expect(session.getSnapshot().find.position).toBe(0);
    expect(session.getSnapshot().current).toBe(session.getSnapshot().find.matches[0]);
  });
});
