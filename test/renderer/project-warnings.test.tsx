// @vitest-environment jsdom
/**
 * Issue 13, item 7: the project's warnings on screen, from a real lowdb project with a
 * quarantined (corrupt) article and a glossary from a newer schema: both shown with their files
 * and what to do, in English and Hindi, dismissible for the session, not a dialog.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Api, ApiName } from '../../services/contract.ts';
import { createHandlers } from '../../services/handlers.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { apiFromCall } from '../../renderer/transport/http.ts';
import { ProjectWarnings } from '../../renderer/ProjectWarnings.tsx';
import { createI18n } from '../../renderer/i18n.ts';
import { sampleArticle } from '../services/store/store-fixtures.ts';

let dir: string;
let store: ProjectStore;
let api: Api;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'anuvad-warnings-'));
  await mkdir(path.join(dir, 'articles'));
  await writeFile(path.join(dir, 'project.json'), JSON.stringify({ schemaVersion: 1, name: 'w', createdAt: '2026-01-01T00:00:00.000Z', articleIds: ['good', 'broken'] }));
  await writeFile(path.join(dir, 'articles', 'good.json'), JSON.stringify(sampleArticle('good')));
  await writeFile(path.join(dir, 'articles', 'broken.json'), '{"schemaVersion": 1, "id": "broken", "segm');
  await writeFile(path.join(dir, 'glossary.json'), JSON.stringify({ schemaVersion: 99, entries: [] }));
  store = await openLowdbProject(dir);
  const handlers = createHandlers(store, { now: () => '2026-03-01T10:00:00.000Z' });
  api = apiFromCall(async (name, args) => (handlers[name as ApiName] as (a: unknown) => Promise<unknown>)(args));
  window.sessionStorage.clear();
});

afterEach(async () => {
  cleanup();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function show(language: 'en' | 'hi') {
  const i18n = await createI18n(language);
  render(<I18nextProvider i18n={i18n}><ProjectWarnings api={api} initial={await api['project.info']({})} refreshKey="list" /></I18nextProvider>);
  return i18n;
}

describe('project warnings bar', () => {
  it('shows the quarantined article and the newer-schema glossary with their files and what to do', async () => {
    await show('en');
    const bar = await screen.findByTestId('project-warnings');
    expect(bar.tagName).toBe('SECTION');
    expect(bar.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelector('dialog')).toBeNull();
    const items = screen.getAllByTestId('project-warning');
    const byCode = new Map(items.map((item) => [item.dataset.code, item]));
    expect(byCode.get('corrupt-file')?.textContent).toContain('articles/broken.json');
    expect(byCode.get('corrupt-file')?.textContent).toMatch(/moved aside/);
    expect(byCode.get('newer-schema')?.textContent).toContain('glossary.json');
    expect(byCode.get('newer-schema')?.textContent).toMatch(/newer version of Anuvad/);
  });

  it('speaks Hindi and each warning is dismissed for the session only', async () => {
    await show('hi');
    await screen.findByTestId('project-warnings');
    const corrupt = screen.getAllByTestId('project-warning').find((item) => item.dataset.code === 'corrupt-file');
    expect(corrupt?.textContent).toContain('खराब फ़ाइल');
    const dismiss = screen.getByRole('button', { name: /articles\/broken\.json/ });
    fireEvent.click(dismiss);
    await waitFor(() => expect(screen.getAllByTestId('project-warning').map((item) => item.dataset.code)).toEqual(['newer-schema']));
    cleanup();
    await show('en');
    await screen.findByTestId('project-warnings');
    expect(screen.getAllByTestId('project-warning').map((item) => item.dataset.code)).toEqual(['newer-schema']);
    window.sessionStorage.clear();
    cleanup();
    await show('en');
    await waitFor(() => expect(screen.getAllByTestId('project-warning')).toHaveLength(2));
  });
});
