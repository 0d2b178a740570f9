/**
 * Translation memory, repetitions and glossary-change propagation end to end in Chromium against
 * the fallback server and lowdb store on a temporary copy of the default project (seed 003, which
 * repeats two sentences of its standfirst): confirming a repeated sentence fills its repetition,
 * an unlinked repetition stays empty, a similar segment's memory match is inserted with Ctrl+M,
 * and a forbidden form added to the Kim Jong Un entry is previewed, applied across the article
 * and undone. Screenshots: test-artifacts/memory.png (a filled repetition with its badge and memory
 * match), memory-match.png (a similar segment's match) and propagation.png (the preview dialog).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, chromiumAvailable, openBuiltWorkbench, type Workbench } from './workbench-harness.ts';
import type { Article } from '../../services/contract.ts';
import en from '../../renderer/locales/en.json';

const SEED_003 = '003_1e3141995383dc93';

describe.skipIf(!chromiumAvailable())('memory, repetitions and propagation end to end (Chromium, fallback server)', () => {
  let workbench: Workbench;
  let article: Article;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await openBuiltWorkbench(pageErrors);
    article = (await workbench.store.getArticle(SEED_003))!;
    await workbench.page.locator(`[data-article-id="${SEED_003}"] .article-title`).click();
    await segmentRow(article.segments[0].id).waitFor();
  }, 180_000);

  afterAll(async () => {
    await workbench?.close();
    expect(pageErrors).toEqual([]);
  });

  const segmentRow = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
  const stored = async (segmentId: string) => (await workbench.store.getArticle(SEED_003))!.segments.find((segment) => segment.id === segmentId)!;
  /** Scrolls a row into the virtual list by moving the cursor to it, then returns it. */
  const goTo = async (index: number): Promise<Locator> => {
    const { page } = workbench;
    const target = article.segments[index].id;
    const focusedIndex = async () => {
      const focused = await page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId);
      return article.segments.findIndex((segment) => segment.id === focused);
    };
    if ((await focusedIndex()) < 0) await segmentRow(article.segments[0].id).locator('[data-testid=target]').click();
    for (let guard = 0; guard < article.segments.length && (await focusedIndex()) !== index; guard++) {
      await page.keyboard.press((await focusedIndex()) < index ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
    }
    await expect.poll(focusedIndex).toBe(index);
    return segmentRow(target);
  };
  const confirmTyped = async (index: number, english: string) => {
    const row = await goTo(index);
    await row.locator('[data-testid=target]').fill(english);
    await row.locator('[data-testid=target]').press('Control+Enter');
    await expect.poll(() => row.getAttribute('data-status')).toBe('translated');
    return row;
  };
  const repeated = () => {
    const pairs = article.segments.flatMap((segment, index) => (segment.repeatOf ? [{ repeat: index, first: article.segments.findIndex((other) => other.id === segment.repeatOf) }] : []));
    expect(pairs).toHaveLength(2);
    return pairs;
  };

  it('shows the repetition count on both copies and fills the repetition when one is confirmed', async () => {
    const [{ first, repeat }] = repeated();
    const firstRow = await goTo(first);
    await expect.poll(() => firstRow.locator('[data-testid=repetition] .badge').textContent()).toBe('2×');
    const english = 'According to Russian state news agencies, Putin said Russia would not rule out military-technical cooperation with North Korea.';
    await confirmTyped(first, english);
    await workbench.page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });

    await expect.poll(async () => (await stored(article.segments[repeat].id)).origin).toBe('repetition');
    expect(await stored(article.segments[repeat].id)).toMatchObject({ target: english, status: 'translated' });
    const repeatRow = await goTo(repeat);
    await expect.poll(() => repeatRow.locator('[data-testid=target]').inputValue()).toBe(english);
    expect(await repeatRow.getAttribute('data-status')).toBe('translated');
    expect(await repeatRow.locator('[data-testid=repetition] .badge').textContent()).toBe('2×');
    // The repeat's own memory pane offers the same pair as a 100% match.
    await expect.poll(() => workbench.page.locator('[data-testid=memory-match] .match-target').first().textContent()).toBe(english);
    await workbench.page.screenshot({ path: artifactPath('memory.png') });
  });

  it('leaves an unlinked repetition alone when its twin is confirmed', async () => {
    const [, { first, repeat }] = repeated();
    const repeatRow = await goTo(repeat);
    await repeatRow.getByRole('button', { name: en.repetition.unlink }).click();
    await repeatRow.getByRole('button', { name: en.repetition.relink }).waitFor();
    await expect.poll(async () => (await stored(article.segments[repeat].id)).unlinked).toBe(true);

    await confirmTyped(first, 'Kim was quoted as saying he had no doubt that a new multipolar world was emerging.');
    await workbench.page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
    await expect.poll(async () => (await stored(article.segments[first].id)).status).toBe('translated');
    expect(await stored(article.segments[repeat].id)).toMatchObject({ target: '', status: 'untranslated', unlinked: true });
    expect(await (await goTo(repeat)).locator('[data-testid=target]').inputValue()).toBe('');
  });

  it('offers the confirmed heading as a match for the similar body sentence and inserts it with Ctrl+M', async () => {
    const heading = article.segments.findIndex((segment) => segment.kind === 'heading');
    const body = article.segments.findIndex((segment, index) => index !== heading && segment.kind === 'body' && segment.source.startsWith(article.segments[heading].source));
    expect(body).toBeGreaterThan(heading);
    expect(article.segments[body].source).not.toBe(article.segments[heading].source);
    const english = "This is Putin's first visit to Korea in 24 years";
    await confirmTyped(heading, english);
    const bodyRow = await goTo(body);
    const best = workbench.page.locator('[data-testid=memory-match]').first();
    await expect.poll(() => best.locator('.match-target').textContent()).toBe(english);
    await workbench.page.screenshot({ path: artifactPath('memory-match.png') });
    await workbench.page.keyboard.press('Control+m');
    await expect.poll(() => bodyRow.locator('[data-testid=target]').inputValue()).toBe(english);
    await expect.poll(async () => (await stored(article.segments[body].id)).target).toBe(english);
  });

  it('imports a memory file, shows its match with the adapted number marked, and finds pairs from a Hindi or English selection', async () => {
    const { page } = workbench;
    const tsv = "बीते 25 वर्षों में यह पुतिन की पहली कोरिया यात्रा है।\tThis is Putin's first visit to Korea in 25 years.\n";
    await page.locator('[data-testid=memory-import-input]').setInputFiles({ name: 'agency.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) });
    await expect.poll(async () => (await workbench.store.getDoc<{ memories: { name: string; pairs: number }[] }>('tm-memories'))?.memories).toEqual([expect.objectContaining({ name: 'agency', pairs: 1 })]);

    const heading = article.segments.findIndex((segment) => segment.kind === 'heading');
    await goTo(heading + 1);
    await goTo(heading);
    const match = page.locator('[data-testid=imported-match]').first();
    await expect.poll(() => match.locator('.match-target').textContent()).toBe("This is Putin's first visit to Korea in 24 years.");
    expect(await match.locator('.match-target mark.adapted').allTextContents()).toEqual(['24']);
    expect(await match.locator('.match-source del').allTextContents()).toEqual(['25 ']);
    expect(await match.locator('.match-source ins').allTextContents()).toEqual(['24 ']);

    // Select words of a Hindi source and ask for the concordance.
    const body = article.segments.findIndex((segment, index) => index > heading && segment.source.startsWith('बीते 24'));
    const source = segmentRow(article.segments[body].id).locator('[data-source]');
    await source.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((node) => node.data).join('');
      const start = whole.indexOf(wanted);
      const at = (offset: number): [Text, number] => {
        let passed = 0;
        for (const node of nodes) {
          if (offset <= passed + node.data.length) return [node, offset - passed];
          passed += node.data.length;
        }
        throw new Error('offset beyond the text');
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + wanted.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, 'पहली कोरिया यात्रा');
    await source.dispatchEvent('mouseup');
    await page.locator('[data-testid=concordance-from-selection]').click();
    await expect.poll(() => page.locator('[data-testid=concordance-input]').inputValue()).toBe('पहली कोरिया यात्रा');
    const pairs = page.locator('[data-testid=concordance-pair]');
    await expect.poll(() => pairs.count()).toBeGreaterThanOrEqual(2);
    const origins = await pairs.locator('.concordance-origin').allTextContents();
    expect(origins).toContain('Memory “agency”');
    expect(origins).toContain(article.title);

    // English selected in a translation box searches the English side.
    const textarea = segmentRow(article.segments[heading].id).locator('[data-testid=target]');
    await textarea.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.indexOf('first visit'), element.value.indexOf('first visit') + 'first visit'.length));
    await textarea.dispatchEvent('mouseup');
    await page.locator('[data-testid=concordance-from-selection]').click();
    await expect.poll(() => page.locator('[data-testid=concordance-input]').inputValue()).toBe('first visit');
    await expect.poll(async () => (await pairs.locator('[lang=en]').allTextContents()).filter((text) => text.includes('first visit')).length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: artifactPath('memory-concordance.png') });
  });

  it('previews a new forbidden form of Kim Jong Un across the article, applies it and undoes it', async () => {
    const { page } = workbench;
    const kimRows = article.segments.flatMap((segment, index) => (segment.source.includes('किम जोंग उन') ? [index] : []));
    expect(kimRows.length).toBeGreaterThanOrEqual(3);
    const [left, ...changed] = kimRows.slice(0, 3);
    const typed = (index: number) => `Putin and Kim Jon Un met (${index}).`;
    // One target already uses the approved rendering, so it is not in the preview.
    await confirmTyped(left, `Putin and Kim Jong Un met (${left}).`);
    for (const index of changed) await confirmTyped(index, typed(index));
    for (const index of changed) await expect.poll(async () => (await stored(article.segments[index].id)).target).toBe(typed(index));

    await page.getByRole('button', { name: en.glossary.panelTitle, exact: true }).click();
    const panel = page.locator('[data-testid=glossary-panel]');
    await panel.locator('[data-testid=glossary-search]').fill('किम जोंग उन');
    await panel.locator('.entry-item', { hasText: 'Kim Jong Un' }).first().click();
    const forbidden = panel.getByLabel(en.glossary.fields.forbidden);
    await forbidden.fill(`${await forbidden.inputValue()} | Kim Jon Un`);
    await panel.locator('[data-testid=entry-save]').click();

    const dialog = page.locator('[data-testid=propagation-dialog]');
    await dialog.waitFor();
    const changes = dialog.locator('[data-testid=propagation-change]');
    await expect.poll(() => changes.count()).toBe(changed.length);
    expect(await changes.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.segmentId))).toEqual(changed.map((index) => article.segments[index].id));
    expect(await changes.first().locator('del').allTextContents()).toEqual(['Jon ']);
    expect(await changes.first().locator('ins').allTextContents()).toEqual(['Jong ']);
    await page.screenshot({ path: artifactPath('propagation.png') });

    await dialog.locator('[data-testid=propagation-apply-all]').click();
    await dialog.locator('[data-testid=propagation-result]').waitFor();
    for (const index of changed) {
      expect(await stored(article.segments[index].id)).toMatchObject({ target: `Putin and Kim Jong Un met (${index}).`, origin: 'propagation' });
    }
    // The open editor shows the new targets without a reload.
    await expect.poll(() => segmentRow(article.segments[changed[0]].id).locator('[data-testid=target]').inputValue()).toBe(`Putin and Kim Jong Un met (${changed[0]}).`);

    await dialog.locator('[data-testid=propagation-undo]').click();
    await expect.poll(() => dialog.locator('[data-testid=propagation-result]').textContent()).toContain('restored');
    for (const index of changed) expect((await stored(article.segments[index].id)).target).toBe(typed(index));
    await expect.poll(() => segmentRow(article.segments[changed[0]].id).locator('[data-testid=target]').inputValue()).toBe(typed(changed[0]));
    await dialog.locator('[data-testid=propagation-close]').click();
    await dialog.waitFor({ state: 'detached' });
  });
});
