// @vitest-environment jsdom
/**
 * Counts in messages use i18next plurals (_one/_other) in both languages, never "(s)": the
 * propagation summary's article count and the memory import's skipped units.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Api, TmImportResult } from '../../services/contract.ts';
import { createI18n } from '../../renderer/i18n.ts';
import { createLiveChecker } from '../../renderer/live-checker.ts';
import { WorkbenchContext, type Workbench } from '../../renderer/workbench-context.ts';
import { MemoryImport } from '../../renderer/memory/MemoryImport.tsx';
import en from '../../renderer/locales/en.json';
import hi from '../../renderer/locales/hi.json';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

afterEach(() => cleanup());

describe('plural wording', () => {
  it('no English or Hindi message says "(s)" or its Hindi forms', () => {
    for (const text of [...strings(en as Tree), ...strings(hi as Tree)]) expect(text).not.toMatch(/\((?:s|es|ओं|एँ|याँ)\)/);
  });

  it.each([
    ['en', 1, 1, '1 translation in 1 article would change to “Kim Jong Un”.'],
    ['en', 3, 2, '3 translations in 2 articles would change to “Kim Jong Un”.'],
    ['hi', 1, 1, '1 लेख में 1 अनुवाद “Kim Jong Un” में बदलेगा।'],
    ['hi', 3, 2, '2 लेखों में 3 अनुवाद “Kim Jong Un” में बदलेंगे।'],
  ] as const)('propagation summary (%s, %i changes in %i articles)', async (language, changes, articles, expected) => {
    const i18n = await createI18n(language);
    // The same call PropagationDialog makes.
    const text = i18n.t('propagation.summary', { count: changes, inArticles: i18n.t('propagation.inArticles', { count: articles, formatted: String(articles) }), replacement: 'Kim Jong Un' });
    expect(text).toBe(expected);
  });

  it.each([
    ['en', 1, 'Imported 12 pairs as memory “news” (1 unit skipped).'],
    ['en', 2, 'Imported 12 pairs as memory “news” (2 units skipped).'],
    ['hi', 1, '12 जोड़े स्मृति “news” के रूप में आयात हुए (1 इकाई छोड़ी गई)।'],
    ['hi', 2, '12 जोड़े स्मृति “news” के रूप में आयात हुए (2 इकाइयाँ छोड़ी गईं)।'],
  ] as const)('memory import message (%s, %i skipped)', async (language, skipped, expected) => {
    const notes: string[] = [];
    const result: TmImportResult = { memory: { name: 'news', file: 'news.tmx', importedAt: '2026-01-01T00:00:00.000Z', pairs: 12 }, skipped: Array.from({ length: skipped }, (_, index) => ({ line: index + 3, message: 'no English' })) };
    const api = { 'tm.import': async () => result } as unknown as Api;
    const workbench = {
      api, language, readOnly: false, glossary: { schemaVersion: 1, entries: [] }, entriesById: new Map(), checker: createLiveChecker({ schemaVersion: 1, entries: [] } as never),
      setGlossary: () => {}, proposeTerm: () => {}, openArticle: () => {}, openAnalysis: () => {}, reloadEditor: () => {}, notify: (message: string) => notes.push(message),
    } as unknown as Workbench;
    render(
      <I18nextProvider i18n={await createI18n(language)}>
        <WorkbenchContext.Provider value={workbench}><MemoryImport onImported={() => {}} /></WorkbenchContext.Provider>
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByTestId('memory-import-input'), { target: { files: [new File(['<tmx/>'], 'news.tmx')] } });
    await waitFor(() => expect(notes).toEqual([expected]));
  });
});
