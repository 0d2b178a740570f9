/**
 * Issue 13, scenario 4 / item 10 through the API and the CLI: importing `story.html` after
 * `story.txt` used to replace the translated article `story` with an empty one. A different page
 * now gets its own id; a re-import of the same page keeps its translations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../services/handlers.ts';
import { openLowdbProject } from '../../services/store/lowdb-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { runCliInProcess } from '../transports/cli/cli-in-process.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const story = 'रूस ने वार्ता की पेशकश की\n\nरूस ने कहा कि वार्ता जारी रहेगी। मॉस्को में बैठक हुई।\n';
const storyHtml = 'रूस ने वार्ता की पेशकश की\n\nरूस ने कहा कि वार्ता जारी रहेगी। मॉस्को में बैठक हुई, अधिकारियों ने बताया।\n';
const upload = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') });

let dir: string;
let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'anuvad-stem-'));
  store = await openLowdbProject(dir, { create: true });
  api = createHandlers(store, { now: () => NOW });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function translateAll(id: string): Promise<void> {
  const article = await api['article.get']({ id });
  for (const segment of article.segments) {
    await api['article.saveSegment']({ articleId: id, segmentId: segment.id, target: `EN ${segment.source}`, status: 'translated', baseRevision: segment.revision });
  }
}

describe('article.import: same-stem pages', () => {
  it('story.html after a translated story.txt is a second article; story keeps every translation', async () => {
    await api['article.import']({ pages: [upload('story.txt', story)] });
    await translateAll('story');
    const [second] = await api['article.import']({ pages: [upload('story.html', storyHtml)] });
    expect(second.id).not.toBe('story');
    expect(second.file).toBe('story.html');
    const kept = await api['article.get']({ id: 'story' });
    expect(kept.file).toBe('story.txt');
    expect(kept.segments.every((segment) => segment.target.startsWith('EN ') && segment.status === 'translated')).toBe(true);
    expect((await api['article.list']({})).map((each) => each.id).sort()).toEqual(['story', second.id].sort());
  });

  it('two index.html in one import are two articles; importing one again updates it and keeps its translations', async () => {
    const other = 'उत्तर कोरिया ने मिसाइल दागी\n\nकिम जोंग उन ने परीक्षण देखा। अमेरिका ने निंदा की।\n';
    const imported = await api['article.import']({ pages: [upload('index.html', story), upload('index.html', other)] });
    expect(new Set(imported.map((each) => each.id)).size).toBe(2);
    await translateAll(imported[1].id);
    const [again] = await api['article.import']({ pages: [upload('index.html', other)] });
    expect(again.id).toBe(imported[1].id);
    expect(again.translated).toBe(again.segments);
    expect(await api['article.list']({})).toHaveLength(2);
  });

  it('the CLI follows the same rule and shows a bidi override in a name visibly', async () => {
    await store.close();
    const pages = path.join(dir, '..', `${path.basename(dir)}-pages`);
    await rm(pages, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(pages));
    await writeFile(path.join(pages, 'story.txt'), story);
    await writeFile(path.join(pages, 'story.html'), storyHtml);
    const spoof = 'समाचार\u202Etxt.exe';
    await writeFile(path.join(pages, spoof), story);
    const first = await runCliInProcess(['import', path.join(pages, 'story.txt'), '--project', dir], pages, path.join(pages, 'home'));
    expect(first.code).toBe(0);
    const second = await runCliInProcess(['import', path.join(pages, 'story.html'), path.join(pages, spoof), '--project', dir, '--json'], pages, path.join(pages, 'home'));
    expect(second.code, second.stderr).toBe(0);
    const ids = (JSON.parse(second.stdout) as { id: string }[]).map((each) => each.id);
    expect(ids).not.toContain('story');
    const plain = await runCliInProcess(['import', path.join(pages, spoof), '--project', dir], pages, path.join(pages, 'home'));
    expect(plain.stdout).toContain('समाचार⟨U+202E⟩txt.exe');
    expect(plain.stdout).not.toContain('\u202E');
    await rm(pages, { recursive: true, force: true });
    store = await openLowdbProject(dir);
    expect((await store.meta()).articleIds).toHaveLength(3);
  });
});
