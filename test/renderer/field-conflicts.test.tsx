// @vitest-environment jsdom
/**
 * Issue 12 item 3 from the page's side: two tabs (two revision trackers) edit one header field's
 * English. The stale tab's save asks with both versions; take theirs answers with the stored
 * English, keep mine resends and wins; the dialog shows both texts in English and Hindi.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Api, ApiName } from '../../services/contract.ts';
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
let store: ProjectStore;
let server: ReturnType<typeof createHandlers>;

function tab(answer?: (question: ConflictQuestion) => ConflictChoice) {
  const asked: ConflictQuestion[] = [];
  const transport: Api = apiFromCall(async (name, args) => {
    try {
      return await (server[name as ApiName] as (a: unknown) => Promise<unknown>)(args);
    } catch (thrown) {
      throw new ApiClientError(toApiError(thrown), 409);
    }
  });
  const api = withRevisions(transport, { resolver: () => (answer ? async (question) => { asked.push(question); return answer(question); } : undefined) });
  return { api, asked };
}

beforeEach(() => {
  store = createMemoryProject({ articles: [{ ...sampleArticle('a1'), dateline: 'कीव' }] });
  server = createHandlers(store, { now: () => NOW });
});
afterEach(cleanup);

describe('header field English between two tabs', () => {
  it('the second tab\'s save, based on no English, asks with both versions; take theirs answers with the stored English', async () => {
    const first = tab();
    const second = tab(() => ({ choice: 'theirs' }));
    await first.api['article.get']({ id: 'a1' });
    await second.api['article.get']({ id: 'a1' });
    await first.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'Kyiv' });
    const result = await second.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'Kiev' });
    expect(second.asked[0].conflict).toMatchObject({ kind: 'field', id: 'dateline', articleId: 'a1', mine: { target: 'Kiev' }, theirs: { target: 'Kyiv' } });
    expect(result).toMatchObject({ articleId: 'a1', field: 'dateline', translation: { target: 'Kyiv' } });
    // The tracker learnt the current revision: the next save goes through.
    await second.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'Kyiv, Ukraine' });
    expect((await store.getArticle('a1'))?.fieldTranslations?.dateline?.target).toBe('Kyiv, Ukraine');
  });

  it('keep mine resends on the current revision and wins; without a dialog the conflict is an error', async () => {
    const first = tab();
    const second = tab(() => ({ choice: 'mine' }));
    const third = tab();
    for (const each of [first, second, third]) await each.api['article.get']({ id: 'a1' });
    await first.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'Kyiv' });
    await second.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'Kyiv (mine)' });
    expect((await store.getArticle('a1'))?.fieldTranslations?.dateline?.target).toBe('Kyiv (mine)');
    await expect(third.api['article.saveField']({ articleId: 'a1', field: 'dateline', target: 'stale' })).rejects.toThrow(/dateline of article a1 changed elsewhere/u);
  });

  it.each([['en', 'Your version'], ['hi', null]] as const)('%s: the dialog explains a field conflict and shows both texts', async (language, mineHeading) => {
    render(
      <I18nextProvider i18n={await createI18n(language)}>
        <ConflictDialog
          question={{ conflict: { kind: 'field', id: 'dateline', articleId: 'a1', baseRevision: 0, currentRevision: 1, mine: { source: 'कीव', target: 'Kiev' }, theirs: { source: 'कीव', target: 'Kyiv', revision: 1 } } }}
          onDecide={() => undefined}
        />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('conflict-mine').textContent).toContain('Kiev');
    expect(screen.getByTestId('conflict-theirs').textContent).toContain('Kyiv');
    if (mineHeading) expect(screen.getByTestId('conflict-mine').textContent).toContain(mineHeading);
    const explain = screen.getByTestId('conflict-dialog').textContent ?? '';
    expect(explain).not.toContain('conflict.explain');
    expect(explain).toMatch(language === 'en' ? /article detail/u : /विवरण/u);
  });
});
