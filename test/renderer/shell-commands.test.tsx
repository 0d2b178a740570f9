// @vitest-environment jsdom
/**
 * Desktop menu commands reaching the page through a stand-in for the preload bridge
 * (window.anuvad.onCommand), with the real handlers over the in-memory store:
 * 'flush-before-close' writes an edit still inside the autosave delay before its promise settles,
 * and 'insert-best-match' (the Ctrl+M menu item) inserts the best memory match.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import type { Api, ApiName, ShellCommand } from '../../services/contract.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { createHandlers } from '../../services/handlers.ts';
import { importPage } from '../../articles/import/import-page.ts';
import { App } from '../../renderer/App.tsx';
import { createI18n } from '../../renderer/i18n.ts';

const samplesDir = path.resolve(import.meta.dirname, '../../articles/samples');
const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../glossary/default-glossary.json'), 'utf8')) as Glossary;
const SEED = '001_5fa5028a7c2c55c0';
const ENGLISH = 'A confirmed translation of the same Hindi';

let store: ProjectStore;
let listeners: ((command: ShellCommand) => unknown)[];

/** Delivers a command as the preload would, returning what each listener answered. */
const deliver = (command: ShellCommand) => listeners.map((listener) => listener(command));

beforeEach(async () => {
  window.location.hash = '';
  const article = importPage({ fileName: `${SEED}.txt`, text: readFileSync(path.join(samplesDir, `${SEED}.txt`), 'utf8') }, { now: () => '2026-01-01T00:00:00.000Z' });
  // A second article with the same first segment, confirmed: the open article's exact memory match.
  const copy = structuredClone(article);
  copy.id = 'copy';
  copy.file = 'copy.txt';
  copy.segments = [{ ...copy.segments[0], id: 'copy-0', target: ENGLISH, status: 'translated' }];
  store = createMemoryProject({ articles: [article, copy], glossary: structuredClone(glossary) } as never);
  const handlers = createHandlers(store) as unknown as Record<ApiName, (args: unknown) => unknown>;
  const api = new Proxy({} as Api, { get: (_target, name: string) => async (args: unknown) => handlers[name as ApiName](args) });
  listeners = [];
  // Only onCommand is used: the app is given its Api directly.
  window.anuvad = { calls: {} as never, onCommand: (listener) => { listeners.push(listener); return () => { listeners = listeners.filter((each) => each !== listener); }; } };
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <App api={api} initialGlossary={await store.getGlossary()} />
    </I18nextProvider>,
  );
});

afterEach(() => {
  cleanup();
  delete window.anuvad;
});

async function openSeed() {
  const row = await waitFor(() => {
    const found = document.querySelector(`[data-article-id="${SEED}"] a`);
    if (!found) throw new Error('row not yet listed');
    return found as HTMLElement;
  });
  fireEvent.click(row);
  const article = (await store.getArticle(SEED))!;
  // The editor's code is loaded when it is first shown (App.tsx): the first open waits for it too.
  await waitFor(() => expect(document.querySelector(`[data-segment-id="${article.segments[0].id}"]`)).not.toBeNull(), { timeout: 10_000 });
  return article;
}
const targetOf = (segmentId: string) => within(document.querySelector(`[data-segment-id="${segmentId}"]`) as HTMLElement).getByTestId('target') as HTMLTextAreaElement;

describe('shell commands in the page', () => {
  it('flush-before-close answers with a promise that settles once the pending edit is stored', async () => {
    const article = await openSeed();
    const first = article.segments[0];
    fireEvent.change(targetOf(first.id), { target: { value: 'Typed just before closing' } });
    // Still inside the 600 ms autosave delay.
    expect((await store.getArticle(SEED))!.segments[0].target).toBe('');
    const answers = deliver({ type: 'flush-before-close' });
    const promises = answers.filter((answer): answer is Promise<void> => answer instanceof Promise);
    // Exactly one listener (App's) answers, so the preload acknowledges once.
    expect(promises).toHaveLength(1);
    await promises[0];
    expect((await store.getArticle(SEED))!.segments[0].target).toBe('Typed just before closing');
  });

  it('flush-before-close answers at once in the article list (nothing to write)', async () => {
    await waitFor(() => expect(document.querySelector(`[data-article-id="${SEED}"]`)).not.toBeNull());
    const promises = deliver({ type: 'flush-before-close' }).filter((answer) => answer instanceof Promise);
    expect(promises).toHaveLength(1);
    await expect(promises[0]).resolves.toBeUndefined();
  });

  it('insert-best-match from the menu inserts the memory match into the focused segment', async () => {
    const article = await openSeed();
    const first = article.segments[0];
    await waitFor(() => expect(document.querySelector('[data-testid=memory-match]')).not.toBeNull(), { timeout: 5000 });
    targetOf(first.id).focus();
    deliver({ type: 'insert-best-match' });
    await waitFor(() => expect(targetOf(first.id).value).toBe(ENGLISH));
  });
});
