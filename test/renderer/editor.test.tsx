// @vitest-environment jsdom
/**
 * The editor as a component in jsdom, over the real handlers and the in-memory project store:
 * live issues while typing, autosave, undo across segments, the override dialog, and hostile
 * text shown as text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import type { Api, ApiName } from '../../services/contract.ts';
import type { Glossary } from '../../glossary/model.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import { createHandlers } from '../../services/handlers.ts';
import { importPage } from '../../articles/import/import-page.ts';
import { App } from '../../renderer/App.tsx';
import { createI18n } from '../../renderer/i18n.ts';
import en from '../../renderer/locales/en.json';

// Paths, not URLs: under jsdom the global URL is jsdom's, which node:fs does not accept.
const samplesDir = path.resolve(import.meta.dirname, '../../articles/samples');
const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../glossary/default-glossary.json'), 'utf8')) as Glossary;
const HOSTILE = 'खबर <img src=x onerror="globalThis.__pwned=1"> और <script>globalThis.__pwned=1</script> जारी।';

function seedArticles() {
  const articles = readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => importPage({ fileName: name, text: readFileSync(path.join(samplesDir, name), 'utf8') }, { now: () => '2026-01-01T00:00:00.000Z' }));
  // The importer sets markup lines aside, so the hostile text is put into segments directly, as a crafted project file could.
  const hostile = structuredClone(articles[0]);
  hostile.id = 'hostile';
  hostile.file = 'hostile.txt';
  hostile.title = HOSTILE;
  hostile.segments = hostile.segments.slice(0, 2).map((segment, index) => ({ ...segment, id: `hostile-${index}`, source: HOSTILE }));
  articles.push(hostile);
  return articles;
}

function apiOver(store: ProjectStore): Api {
  const handlers = createHandlers(store) as unknown as Record<ApiName, (args: unknown) => unknown>;
  return new Proxy({} as Api, { get: (_target, name: string) => async (args: unknown) => handlers[name as ApiName](args) });
}

let store: ProjectStore;

beforeEach(async () => {
  window.location.hash = '';
  store = createMemoryProject({ articles: seedArticles(), glossary: structuredClone(glossary) } as never);
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <App api={apiOver(store)} initialGlossary={await store.getGlossary()} />
    </I18nextProvider>,
  );
});

afterEach(() => cleanup());

async function openArticle(id: string) {
  const row = await waitFor(() => {
    const found = document.querySelector(`[data-article-id="${id}"] a`);
    if (!found) throw new Error('row not yet listed');
    return found as HTMLElement;
  });
  fireEvent.click(row);
  const article = (await store.getArticle(id))!;
  // The editor's code is loaded when it is first shown (App.tsx): the first open waits for it too.
  await waitFor(() => expect(document.querySelector(`[data-segment-id="${article.segments[0].id}"]`)).not.toBeNull(), { timeout: 10_000 });
  return article;
}

const rowOf = (segmentId: string) => document.querySelector(`[data-segment-id="${segmentId}"]`) as HTMLElement;
const targetOf = (segmentId: string) => within(rowOf(segmentId)).getByTestId('target') as HTMLTextAreaElement;

describe('editor component', () => {
  it('shows a forbidden rendering while typing and autosaves the text', async () => {
    const article = await openArticle('001_5fa5028a7c2c55c0');
    const title = article.segments[0];
    fireEvent.change(targetOf(title.id), { target: { value: 'Kim Jong-un meets the defense minister of Russia' } });
    await waitFor(() => expect(rowOf(title.id).querySelector('[data-code=forbidden-term]')).not.toBeNull());
    expect(rowOf(title.id).dataset.status).toBe('draft');
    await waitFor(async () => expect((await store.getArticle(article.id))!.segments[0].target).toBe('Kim Jong-un meets the defense minister of Russia'), { timeout: 3000 });
    expect(screen.getByTestId('save-state').dataset.state).toBe('saved');
  });

  it('undoes and redoes edits across segments with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const article = await openArticle('001_5fa5028a7c2c55c0');
    const [first, second] = article.segments;
    fireEvent.change(targetOf(first.id), { target: { value: 'First' } });
    fireEvent.change(targetOf(second.id), { target: { value: 'Second' } });
    fireEvent.keyDown(targetOf(second.id), { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(targetOf(second.id).value).toBe('');
    expect(targetOf(first.id).value).toBe('First');
    fireEvent.keyDown(targetOf(first.id), { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(targetOf(first.id).value).toBe('');
    fireEvent.keyDown(targetOf(first.id), { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true });
    expect(targetOf(first.id).value).toBe('First');
    await waitFor(async () => expect((await store.getArticle(article.id))!.segments[0].target).toBe('First'), { timeout: 3000 });
    expect((await store.getArticle(article.id))!.segments[1].target).toBe('');
  });

  it('asks for a reason before approving a segment with glossary errors and keeps the reason', async () => {
    const article = await openArticle('001_5fa5028a7c2c55c0');
    const title = article.segments[0];
    fireEvent.change(targetOf(title.id), { target: { value: 'Kim Jong-un meets the defense minister' } });
    fireEvent.change(within(rowOf(title.id)).getByTestId('status'), { target: { value: 'approved' } });
    const dialog = await screen.findByTestId('override-dialog');
    expect(rowOf(title.id).dataset.status).toBe('draft');
    const approve = within(dialog).getByRole('button', { name: en.override.approve }) as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    fireEvent.change(within(dialog).getByTestId('override-reason'), { target: { value: 'Quoting the agency headline verbatim' } });
    await act(async () => fireEvent.click(approve));
    await waitFor(() => expect(rowOf(title.id).dataset.status).toBe('approved'));
    await waitFor(async () => {
      const saved = (await store.getArticle(article.id))!.segments[0];
      expect(saved.status).toBe('approved');
      expect(saved.overrideReason).toBe('Quoting the agency headline verbatim');
    });
  });

  it('shows markup in article text as text and never creates elements from it', async () => {
    const hostile = (await store.listArticles()).find((article) => article.file === 'hostile.txt')!;
    await openArticle(hostile.id);
    expect(document.body.textContent).toContain('<img src=x onerror=');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.segment script')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
