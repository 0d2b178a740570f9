/** The header fields' English in the editor session, without React: drafts, autosave after quiet time, issues, take-theirs. */
import { describe, expect, it } from 'vitest';
import { createFieldSession, type FieldsSnapshot } from '../../renderer/editor/session/field-session.ts';
import type { Api, ApiArgs, Article, SavedField } from '../../services/contract.ts';

const article = {
  schemaVersion: 1, id: 'a', file: 'a.txt', title: 'शीर्षक', segments: [], removed: [], metadata: [], importedAt: 'x',
  kicker: 'North Korea', dateline: 'कीव, 12 मार्च', fieldTranslations: { dateline: { source: 'कीव', target: 'Kiev', revision: 3 } },
} as Article;

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    timers: { setTimeout: (callback: () => void) => { pending.set(next, callback); return next++; }, clearTimeout: (handle: unknown) => void pending.delete(handle as number) },
    runAll() { const callbacks = [...pending.values()]; pending.clear(); for (const callback of callbacks) callback(); },
  };
}

function setup(answer: (args: ApiArgs<'article.saveField'>) => SavedField) {
  const calls: ApiArgs<'article.saveField'>[] = [];
  const clock = fakeTimers();
  let snapshot: FieldsSnapshot | undefined;
  const api = { 'article.saveField': async (args: ApiArgs<'article.saveField'>) => { calls.push(args); return answer(args); } } as Pick<Api, 'article.saveField'>;
  // A checker that flags "Kiev" against "कीव", as a glossary forbidden form would.
  const checker = { check: (source: string, target: string) => (source.includes('कीव') && /Kiev/u.test(target) ? [{ code: 'forbidden-term' } as never] : []) };
  const session = createFieldSession({ api, articleId: 'a', timers: clock.timers, readOnly: false, checker, onChange: (next) => { snapshot = next; } });
  session.load(article);
  return { session, calls, clock, snapshot: () => snapshot! };
}

const stored = (args: ApiArgs<'article.saveField'>, target = args.target): SavedField => ({ articleId: 'a', field: args.field, translation: { source: 'x', target, revision: 4 }, issues: [] });

describe('field session', () => {
  it('loads the text fields with their English, the Hindi it was written for and live issues', () => {
    const { snapshot } = setup(stored);
    expect(snapshot().fields.map((view) => [view.field, view.draft, view.writtenFor, view.issues.length])).toEqual([
      ['kicker', '', undefined, 0],
      ['dateline', 'Kiev', 'कीव', 1],
    ]);
  });

  it('typing saves after the quiet time, one call per field with the last text; a line break becomes a space', async () => {
    const { session, calls, clock, snapshot } = setup(stored);
    session.change('dateline', 'Ky');
    session.change('dateline', 'Kyiv,\nMarch 12');
    expect(snapshot().fields[1].issues).toEqual([]);
    expect(snapshot().save.state).toBe('unsaved');
    expect(calls).toEqual([]);
    clock.runAll();
    await session.flush();
    expect(calls).toEqual([{ articleId: 'a', field: 'dateline', target: 'Kyiv, March 12' }]);
    expect(snapshot().save.state).toBe('saved');
    // Saved for the Hindi it holds now: the earlier Hindi is no longer shown.
    expect(snapshot().fields[1].writtenFor).toBeUndefined();
  });

  it('a take-theirs answer replaces the draft with the stored English', async () => {
    const { session, snapshot } = setup((args) => stored(args, 'Kyiv (theirs)'));
    session.change('kicker', 'N. Korea');
    await session.flush();
    expect(snapshot().fields[0].draft).toBe('Kyiv (theirs)');
  });

  it('a failed save stays pending and says why', async () => {
    const { session, snapshot } = setup(() => { throw new Error('disk full'); });
    session.change('kicker', 'North Korea');
    await session.flush();
    expect(snapshot().save).toEqual({ state: 'error', error: 'disk full' });
    expect(session.hasPending()).toBe(true);
  });
});
