// @vitest-environment jsdom
/**
 * Issue 13, scenario 2 from the page's side: two tabs (two revision trackers) over one project.
 * The stale tab's save reaches the conflict dialog with both versions; keep mine / take theirs do
 * what they say; glossary edits of different fields merge quietly; a clash is chosen per field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Api, ApiName, GlossaryEntry } from '../../services/contract.ts';
import { createHandlers } from '../../services/handlers.ts';
import { toApiError } from '../../services/api-failure.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { ApiClientError, apiFromCall } from '../../renderer/transport/http.ts';
import { withRevisions, type ConflictChoice, type ConflictQuestion } from '../../renderer/transport/revision-tracker.ts';
import { ConflictDialog } from '../../renderer/ConflictDialog.tsx';
import { createI18n } from '../../renderer/i18n.ts';
import { sampleArticle } from '../services/store/store-fixtures.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const entry: GlossaryEntry = {
  id: 'kyiv', source: 'कीव', sourceVariants: [], target: 'Kyiv', targetAlternates: [], forbidden: ['Kiev'], type: 'place',
  caseSensitive: false, matchMode: 'inflected', note: 'capital', status: 'approved', createdAt: NOW, updatedAt: NOW, author: 'desk',
};

let store: ProjectStore;
let server: ReturnType<typeof createHandlers>;

/** A tab: its own tracker over the shared handlers, answering conflicts with `answer`. */
function tab(answer?: (question: ConflictQuestion) => ConflictChoice) {
  const asked: ConflictQuestion[] = [];
  const tookTheirs: string[] = [];
  const transport: Api = apiFromCall(async (name, args) => {
    try {
      return await (server[name as ApiName] as (a: unknown) => Promise<unknown>)(args);
    } catch (thrown) {
      throw new ApiClientError(toApiError(thrown), 409);
    }
  });
  const api = withRevisions(transport, {
    resolver: () => (answer ? async (question) => { asked.push(question); return answer(question); } : undefined),
    onTheirs: (conflict) => tookTheirs.push(conflict.id),
  });
  return { api, asked, tookTheirs };
}

beforeEach(() => {
  store = createMemoryProject({ articles: [sampleArticle('a1')] });
  server = createHandlers(store, { now: () => NOW });
});
afterEach(cleanup);

describe('revision tracker: every write names its base', () => {
  it('a stale segment save asks, with both versions; take theirs keeps the other tab\'s approved text', async () => {
    const first = tab();
    const second = tab(() => ({ choice: 'theirs' }));
    await first.api['article.get']({ id: 'a1' });
    await second.api['article.get']({ id: 'a1' });
    await first.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'North Korea fired a missile.', status: 'approved' });
    const result = await second.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'stale text' });
    expect(second.asked).toHaveLength(1);
    expect(second.asked[0].conflict).toMatchObject({ kind: 'segment', mine: { target: 'stale text' }, theirs: { target: 'North Korea fired a missile.', status: 'approved' } });
    expect(result).toMatchObject({ target: 'North Korea fired a missile.', status: 'approved' });
    expect(second.tookTheirs).toEqual(['a1-s1']);
    expect((await store.getArticle('a1'))?.segments[1]).toMatchObject({ target: 'North Korea fired a missile.', status: 'approved' });
  });

  it('keep mine resends on the current revision and wins', async () => {
    const first = tab();
    const second = tab(() => ({ choice: 'mine' }));
    await first.api['article.get']({ id: 'a1' });
    await second.api['article.get']({ id: 'a1' });
    await first.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'first' });
    await second.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'second' });
    expect((await store.getArticle('a1'))?.segments[1].target).toBe('second');
  });

  it('without a dialog the conflict reaches the caller as an error (the saver keeps the edit queued)', async () => {
    const first = tab();
    const second = tab();
    await first.api['article.get']({ id: 'a1' });
    await second.api['article.get']({ id: 'a1' });
    await first.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'first' });
    const error = await second.api['article.saveSegment']({ articleId: 'a1', segmentId: 'a1-s1', target: 'second' }).catch((thrown: unknown) => thrown);
    expect((error as ApiClientError).error.code).toBe('conflict');
    expect((await store.getArticle('a1'))?.segments[1].target).toBe('first');
  });

  it('glossary edits of different fields merge without asking; the same field asks', async () => {
    const first = tab();
    const second = tab(() => ({ choice: 'mine' }));
    await first.api['glossary.upsert']({ entry });
    await first.api['glossary.get']({});
    await second.api['glossary.get']({});
    await first.api['glossary.upsert']({ entry: { ...entry, note: 'capital of Ukraine' } });
    const merged = await second.api['glossary.upsert']({ entry: { ...entry, sourceVariants: ['कीएव'] } });
    expect(second.asked).toHaveLength(0);
    expect(merged).toMatchObject({ note: 'capital of Ukraine', sourceVariants: ['कीएव'] });

    await first.api['glossary.upsert']({ entry: { ...merged, target: 'Kyiv City' } });
    await second.api['glossary.upsert']({ entry: { ...merged, target: 'Kyiv (city)' } });
    expect(second.asked).toHaveLength(1);
    expect((await store.getGlossary()).entries[0].target).toBe('Kyiv (city)');
  });

  it('a new entry created in two tabs with one id does not silently overwrite', async () => {
    const first = tab();
    const second = tab();
    await first.api['glossary.upsert']({ entry });
    const error = await second.api['glossary.upsert']({ entry: { ...entry, note: 'other' } }).catch((thrown: unknown) => thrown);
    expect((error as ApiClientError).error.code).toBe('conflict');
    expect((await store.getGlossary()).entries[0].note).toBe('capital');
  });
});

describe('ConflictDialog', () => {
  let decided: ConflictChoice[];
  beforeEach(() => {
    decided = [];
  });

  async function show(question: ConflictQuestion, language: 'en' | 'hi' = 'en') {
    const i18n = await createI18n(language);
    render(<I18nextProvider i18n={i18n}><ConflictDialog question={question} onDecide={(choice) => decided.push(choice)} /></I18nextProvider>);
  }

  it('shows both versions of a segment as text and answers keep mine / take theirs', async () => {
    await show({ conflict: { kind: 'segment', id: 's1', articleId: 'a1', baseRevision: 1, currentRevision: 2, mine: { target: '<img src=x onerror=alert(1)>' }, theirs: { target: 'Approved text', status: 'approved', overrideReason: 'house style' } } });
    expect(screen.getByText('Changed elsewhere')).toBeTruthy();
    expect(screen.getByTestId('conflict-mine').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('conflict-theirs').textContent).toContain('Approved text');
    expect(screen.getByTestId('conflict-theirs').textContent).toContain('house style');
    expect(document.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByTestId('conflict-take-theirs'));
    fireEvent.click(screen.getByTestId('conflict-keep-mine'));
    expect(decided).toEqual([{ choice: 'theirs' }, { choice: 'mine' }]);
  });

  it('lets a person pick per field for a glossary entry (Hindi UI)', async () => {
    const base = { ...entry, revision: 1 };
    const mine = { ...entry, target: 'Kyiv City', note: 'mine note' };
    const theirs = { ...entry, target: 'Kyiv (city)', revision: 2 };
    await show({ conflict: { kind: 'glossary-entry', id: 'kyiv', baseRevision: 1, currentRevision: 2, mine, theirs }, base }, 'hi');
    expect(screen.getByText('कहीं और बदला गया')).toBeTruthy();
    const rows = [...document.querySelectorAll('[data-field]')].map((row) => row.getAttribute('data-field'));
    expect(rows).toEqual(['target', 'note']);
    // note: only mine changed it → preselected mine; target: both changed → theirs until chosen.
    const targetMine = document.querySelector('[data-field="target"] td input') as HTMLInputElement;
    fireEvent.click(targetMine);
    fireEvent.click(screen.getByTestId('conflict-merge'));
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ choice: 'merged', value: { target: 'Kyiv City', note: 'mine note', revision: 2 } });
  });
});
