// @vitest-environment jsdom
/**
 * Picked files over the server's size limit are refused by name before a byte is read: the
 * article import (pages, 16 MiB), the memory import (64 MiB) and the alignment dialog's English
 * files (6 MB, surely over 2 M characters). The files here report a large `size` but throw when
 * read, so a test fails if the page reads them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Api, ApiName, Glossary } from '../../services/contract.ts';
import { MEMORY_LIMITS } from '../../services/memory-schemas.ts';
import { REVIEW_LIMITS } from '../../services/review-schemas.ts';
import { MAX_PAGE_BYTES as DOMAIN_MAX_PAGE_BYTES } from '../../articles/index.ts';
import { MAX_MEMORY_FILE_BYTES, MAX_PAGE_BYTES, MAX_TRANSLATION_FILE_BYTES, oversizedFiles, tooLargeValues } from '../../renderer/file-limits.ts';
import { createI18n } from '../../renderer/i18n.ts';
import { createLiveChecker } from '../../renderer/live-checker.ts';
import { WorkbenchContext, type Workbench } from '../../renderer/workbench-context.ts';
import { ArticleList } from '../../renderer/list/ArticleList.tsx';
import { MemoryImport } from '../../renderer/memory/MemoryImport.tsx';
import { AlignDialog } from '../../renderer/review/AlignDialog.tsx';
import en from '../../renderer/locales/en.json';
import hi from '../../renderer/locales/hi.json';

const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../glossary/default-glossary.json'), 'utf8')) as Glossary;
const MIB = 1024 * 1024;

/** A File that says it has `size` bytes and fails the test if anything reads it. */
function unreadableFile(name: string, size: number): File {
  const file = new File(['x'], name, { type: 'text/plain' });
  const refuse = () => { throw new Error(`${name} was read`); };
  Object.defineProperties(file, {
    size: { value: size },
    arrayBuffer: { value: refuse },
    text: { value: refuse },
    stream: { value: refuse },
    slice: { value: refuse },
  });
  return file;
}

/** Renders `node` in the workbench context over an API that records calls (and answers article.list and article.summaries with none). */
async function renderWithWorkbench(node: ReactNode, language: 'en' | 'hi' = 'en') {
  const calls: ApiName[] = [];
  const notes: { message: string; tone?: string }[] = [];
  const api = new Proxy({} as Api, {
    get: (_target, name: string) => async () => {
      calls.push(name as ApiName);
      if (name === 'article.summaries') return { articles: [], issueProgress: { done: 0, total: 0 } };
      return name === 'article.list' ? [] : {};
    },
  });
  const workbench: Workbench = {
    api, language, readOnly: false, glossary, glossaryReady: true, entriesById: new Map(), checker: createLiveChecker(glossary), checkerReady: true,
    setGlossary: () => {}, proposeTerm: () => {}, openArticle: () => {}, openAnalysis: () => {}, reloadEditor: () => {}, notify: (message, tone) => notes.push({ message, tone }),
  };
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <WorkbenchContext.Provider value={workbench}>{node}</WorkbenchContext.Provider>
    </I18nextProvider>,
  );
  return { calls, notes };
}

afterEach(() => cleanup());

describe('file size limits', () => {
  it('match what the server accepts', () => {
    expect(MAX_PAGE_BYTES).toBe(DOMAIN_MAX_PAGE_BYTES);
    expect(MAX_PAGE_BYTES).toBe(16 * MIB);
    expect(Math.ceil(MAX_MEMORY_FILE_BYTES / 3) * 4).toBe(MEMORY_LIMITS.memoryBase64Chars);
    expect(MAX_TRANSLATION_FILE_BYTES).toBe(3 * REVIEW_LIMITS.englishChars);
  });

  it('picks only the files over the limit, and names them in the message values', () => {
    const files = [{ name: 'a.txt', size: 10 }, { name: 'b.txt', size: 11 }, { name: 'c.txt', size: 12 }];
    expect(oversizedFiles(files, 10).map((file) => file.name)).toEqual(['b.txt', 'c.txt']);
    expect(oversizedFiles(files, 12)).toEqual([]);
    expect(tooLargeValues([{ name: 'big.txt', size: 17 * MIB }], 16 * MIB, 'en')).toEqual({ name: 'big.txt', size: '17', limit: '16' });
  });

  it('article import: refuses a page over 16 MiB by name without reading it or calling the server', async () => {
    const { calls, notes } = await renderWithWorkbench(<ArticleList />);
    await waitFor(() => expect(calls).toContain('article.summaries'));
    const input = screen.getByTestId('import-input');
    fireEvent.change(input, { target: { files: [unreadableFile('ok.txt', 1000), unreadableFile('huge-page.txt', 17 * MIB)] } });
    await waitFor(() => expect(notes).toHaveLength(1));
    expect(notes[0]).toEqual({ message: '“huge-page.txt” is too large (17 MiB); the limit is 16 MiB. Nothing was read.', tone: 'error' });
    expect(calls).not.toContain('article.import');
  });

  it('memory import: refuses a file over 64 MiB by name, in Hindi too', async () => {
    const { calls, notes } = await renderWithWorkbench(<MemoryImport onImported={() => {}} />, 'hi');
    fireEvent.change(screen.getByTestId('memory-import-input'), { target: { files: [unreadableFile('project.tmx', 70 * MIB)] } });
    await waitFor(() => expect(notes).toHaveLength(1));
    expect(notes[0].tone).toBe('error');
    expect(notes[0].message).toBe(hi.files.tooLarge.replace('{{name}}', 'project.tmx').replace('{{size}}', '70').replace('{{limit}}', '64'));
    expect(calls).not.toContain('tm.import');
  });

  it('alignment files: refuses an English file over 6 MB by name and loads none of the picked files', async () => {
    await renderWithWorkbench(<AlignDialog articles={[]} onClose={() => {}} onAligned={() => {}} />);
    fireEvent.change(screen.getByTestId('align-files'), { target: { files: [unreadableFile('000_a.en.txt', 100), unreadableFile('001_b.en.txt', MAX_TRANSLATION_FILE_BYTES + 1)] } });
    const alert = await screen.findByTestId('align-files-too-large');
    expect(alert.textContent).toBe(en.files.tooLarge.replace('{{name}}', '001_b.en.txt').replace('{{size}}', '5.7').replace('{{limit}}', '5.7'));
  });
});
