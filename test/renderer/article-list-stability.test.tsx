// @vitest-environment jsdom
/**
 * The article list keeps its rows across the issue recount: a progress update (new figures from
 * article.summaries every poll) updates each row in place; the row elements are the same nodes.
 * And the windowed slice never runs past the end, so a row far taller than the estimate cannot make
 * the window empty itself and come back on every scroll (rows detaching in a loop).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import type { Api, ArticleCounts, ArticleSummaries, Glossary } from '../../services/contract.ts';
import { createI18n } from '../../renderer/i18n.ts';
import { createLiveChecker } from '../../renderer/live-checker.ts';
import { WorkbenchContext, type Workbench } from '../../renderer/workbench-context.ts';
import { ArticleList } from '../../renderer/list/ArticleList.tsx';
import { visibleWindow } from '../../renderer/virtual-window.ts';

const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../glossary/default-glossary.json'), 'utf8')) as Glossary;

function counts(id: string, issues?: number): ArticleCounts {
  return {
    id, file: `${id}.txt`, title: `शीर्षक ${id}`, date: '2024-06-20', segments: 4, translated: 1, approved: 0,
    byStatus: { untranslated: 3, draft: 0, translated: 1, reviewed: 0, approved: 0, joined: 0 } as ArticleCounts['byStatus'],
    words: 10, lastChange: '2024-06-20T00:00:00Z', ...(issues === undefined ? {} : { issues: { 'missing-term': issues } }),
  };
}

afterEach(() => cleanup());

describe('article list rows across the recount', () => {
  it('updates rows in place when the recount reports progress (same DOM nodes, new figures)', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    // Three answers: recount pending (no issues yet), half done, done.
    const answers: ArticleSummaries[] = [
      { articles: ids.map((id) => counts(id)), issueProgress: { done: 0, total: 4 } },
      { articles: ids.map((id, index) => counts(id, index < 2 ? index + 1 : undefined)), issueProgress: { done: 2, total: 4 } },
      { articles: ids.map((id, index) => counts(id, index + 1)), issueProgress: { done: 4, total: 4 } },
    ];
    let call = 0;
    const api = new Proxy({} as Api, {
      get: (_target, name: string) => async () => (name === 'article.summaries' ? answers[Math.min(call++, answers.length - 1)] : {}),
    });
    const workbench: Workbench = {
      api, language: 'en', readOnly: false, glossary, glossaryReady: true, entriesById: new Map(), checker: createLiveChecker(glossary), checkerReady: true,
      setGlossary: () => {}, proposeTerm: () => {}, openArticle: () => {}, openAnalysis: () => {}, reloadEditor: () => {}, notify: () => {},
    };
    const i18n = await createI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <WorkbenchContext.Provider value={workbench}><ArticleList /></WorkbenchContext.Provider>
      </I18nextProvider>,
    );
    const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid=article-row]')];
    await waitFor(() => expect(rows()).toHaveLength(4));
    const first = rows();
    const links = first.map((row) => row.querySelector('.article-title'));
    // The list polls every second while a recount is pending; wait for the last answer.
    await waitFor(() => expect(container.querySelector('[data-testid=issues-progress]')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('[data-testid=issues-progress]')).toBeNull(), { timeout: 5000 });
    expect(call).toBeGreaterThanOrEqual(3);
    expect(rows().map((row) => row.querySelector('.num:last-child')!.textContent)).toEqual(['1', '2', '3', '4']);
    rows().forEach((row, index) => {
      expect(row).toBe(first[index]);
      expect(row.querySelector('.article-title')).toBe(links[index]);
    });
  }, 10_000);

  it('never returns an empty window when the scroll offset lies past what the estimate can place', () => {
    // Six rows estimated at 74 px, one of them really 8,000 px tall: the browser scrolls to 8,786.
    const view = visibleWindow(6, 74, 8786, 450);
    expect(view.end - view.start).toBe(6);
    const many = visibleWindow(1000, 50, 10_000_000, 500, 0, 2);
    expect(many.end).toBe(1000);
    expect(many.end - many.start).toBe(12);
  });
});
