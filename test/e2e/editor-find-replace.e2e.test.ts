/**
 * Issue 14 items 5 and 6 (concordance) in Chromium, keyboard first: F8 / Shift+F8 walk the
 * segments with open issues, the filter (status and issue kind, with counts) and the issue counter
 * narrow the list; Ctrl+H finds and replaces across articles (a bad regex is explained, the
 * preview lists every change, one is deselected, Ctrl+Enter applies all-or-nothing), Ctrl+Z in
 * the editor undoes the whole replace in every article; F3 and Ctrl+Shift+C look up the word at
 * the caret / the selected Hindi in the project memory. Screenshots: replace-preview.png, filter.png.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, chromiumAvailable, openWorkbenchForSuite, type Workbench } from './workbench-harness.ts';
import type { ApiArgs, ApiName, ApiResult, Article } from '../../services/contract.ts';
import en from '../../renderer/locales/en.json';

describe.skipIf(!chromiumAvailable())('editor filters, issue navigation, find & replace, concordance (Chromium)', () => {
  let workbench: Workbench;
  const pageErrors: string[] = [];
  openWorkbenchForSuite(pageErrors, (opened) => (workbench = opened));

  /** Calls the running server as the page does. */
  async function call<N extends ApiName>(name: N, args: ApiArgs<N>): Promise<ApiResult<N>> {
    const response = await fetch(new URL(`api/${name}`, workbench.server.url), {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Anuvad-Token': workbench.server.token }, body: JSON.stringify(args),
    });
    const body = (await response.json()) as { result: ApiResult<N> };
    expect(response.ok, JSON.stringify(body)).toBe(true);
    return body.result;
  }
  const segmentRow = (segmentId: string): Locator => workbench.page.locator(`[data-testid=segment][data-segment-id="${segmentId}"]`);
  const focusedSegment = () => workbench.page.evaluate(() => (document.activeElement?.closest('[data-testid=segment]') as HTMLElement | null)?.dataset.segmentId ?? document.activeElement?.tagName);
  const shownRows = () => workbench.page.locator('[data-testid=segment]').count();
  async function openArticle(articleId: string): Promise<Article> {
    const { page } = workbench;
    await page.goto(`${workbench.server.url}#/`);
    await page.locator(`[data-article-id="${articleId}"] .article-title`).click();
    const article = (await workbench.store.getArticle(articleId))!;
    await segmentRow(article.segments[0].id).waitFor();
    return article;
  }
  const articles = async () => (await call('article.list', {})).map((each) => each.id).sort();
  const stored = async (articleId: string, index: number) => (await call('article.get', { id: articleId })).segments[index];

  it('walks the issues with F8 / Shift+F8, filters by status and issue kind with counts, and the counter filters to the issues', async () => {
    const { page } = workbench;
    const [first] = await articles();
    const before = (await call('article.get', { id: first })).segments;
    // Two segments whose Hindi names Kim get the forbidden spelling: glossary issues. One more is plain.
    const kim = before.filter((segment) => segment.source.includes('किम')).slice(0, 2);
    expect(kim).toHaveLength(2);
    for (const segment of kim) await call('article.saveSegment', { articleId: first, segmentId: segment.id, target: 'Kim Jong-un said so.', status: 'translated' });
    // Approved with a recorded reason: no open issue, whatever the checker says.
    const plain = before.findIndex((segment, index) => index > 0 && !segment.source.includes('किम'));
    await call('article.saveSegment', { articleId: first, segmentId: before[plain].id, target: 'Plain words.', status: 'approved', overrideReason: 'house style' });
    // What to expect, from the server's own checker (the seeds may hold other translations too).
    const segments = (await call('article.get', { id: first })).segments;
    const blocking = new Set(['missing-term', 'forbidden-term', 'number-mismatch']);
    const kinds = await Promise.all(segments.map(async (segment) => (segment.target.trim() && !(segment.status === 'approved' && segment.overrideReason)
      ? new Set((await call('glossary.check', { source: segment.source, target: segment.target })).map((issue) => issue.code).filter((code) => blocking.has(code)))
      : new Set<string>())));
    const withIssues = segments.map((_, index) => index).filter((index) => kinds[index].size > 0);
    const forbidden = withIssues.filter((index) => kinds[index].has('forbidden-term')).length;
    const translated = segments.filter((segment) => segment.status === 'translated').length;
    for (const segment of kim) expect(withIssues).toContain(segments.indexOf(segments.find((each) => each.id === segment.id)!));
    expect(withIssues).not.toContain(plain);
    const nextAfter = (from: number) => withIssues.find((index) => index > from) ?? withIssues[0];
    const previousBefore = (from: number) => [...withIssues].reverse().find((index) => index < from) ?? withIssues.at(-1)!;

    await openArticle(first);
    await segmentRow(segments[plain].id).locator('[data-testid=target]').click();
    await page.keyboard.press('F8');
    const one = nextAfter(plain);
    await expect.poll(focusedSegment).toBe(segments[one].id);
    await page.keyboard.press('F8');
    await expect.poll(focusedSegment).toBe(segments[nextAfter(one)].id);
    await page.keyboard.press('Shift+F8');
    await expect.poll(focusedSegment).toBe(segments[previousBefore(nextAfter(one))].id);

    // The counter: only the segments with open issues are listed, with counts beside each kind.
    await page.locator('[data-testid=issue-counter]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(shownRows).toBe(Math.min(withIssues.length, 30));
    await expect.poll(() => page.locator('[data-testid=filter-shown]').textContent()).toBe(`Showing ${withIssues.length} of ${segments.length} segments`);
    await expect.poll(focusedSegment).toBe(segments[withIssues[0]].id);
    expect(await page.locator('[data-testid=filter-issue-forbidden-term]').locator('xpath=..').textContent()).toContain(`(${forbidden})`);
    expect(await page.locator('[data-testid=filter-status-translated]').locator('xpath=..').textContent()).toContain(`(${translated})`);
    // Combined: translated AND with issues; then translated only.
    await page.locator('[data-testid=filter-status-translated]').focus();
    await page.keyboard.press('Space');
    const translatedWithIssues = withIssues.filter((index) => segments[index].status === 'translated');
    await expect.poll(() => page.locator('[data-testid=filter-shown]').textContent()).toBe(`Showing ${translatedWithIssues.length} of ${segments.length} segments`);
    for (const kind of blocking) {
      const box = page.locator(`[data-testid=filter-issue-${kind}]`);
      if (await box.isChecked()) {
        await box.focus();
        await page.keyboard.press('Space');
      }
    }
    await expect.poll(() => page.locator('[data-testid=filter-shown]').textContent()).toBe(`Showing ${translated} of ${segments.length} segments`);
    const translatedIndices = segments.map((segment, index) => (segment.status === 'translated' ? index : -1)).filter((index) => index >= 0);
    expect(await page.locator('[data-testid=segment]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')))).toEqual(translatedIndices.slice(0, 30).map(() => 'translated'));
    // Alt+↓ moves within the filtered list.
    expect(translatedIndices.length).toBeGreaterThanOrEqual(2);
    await segmentRow(segments[translatedIndices[0]].id).locator('[data-testid=target]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(focusedSegment).toBe(segments[translatedIndices[1]].id);
    await page.screenshot({ path: artifactPath('filter.png') });
    await page.getByRole('button', { name: en.filter.clear }).click();
    await expect.poll(shownRows).toBeGreaterThan(Math.min(translated, 3));
    expect(pageErrors).toEqual([]);
  });

  it('replaces across articles with a preview, one change deselected, and one Ctrl+Z undoes it everywhere', async () => {
    const { page } = workbench;
    const [a, b] = await articles();
    const aSegments = (await call('article.get', { id: a })).segments;
    const bSegments = (await call('article.get', { id: b })).segments;
    await call('article.saveSegment', { articleId: a, segmentId: aSegments[1].id, target: 'Talks in Moskva, not Moskvaa.', status: 'translated' });
    await call('article.saveSegment', { articleId: a, segmentId: aSegments[2].id, target: 'Moskva again.', status: 'translated' });
    await call('article.saveSegment', { articleId: b, segmentId: bSegments[1].id, target: 'From moskva to Moskva.', status: 'reviewed' });
    await openArticle(a);
    await segmentRow(aSegments[1].id).locator('[data-testid=target]').click();

    await page.keyboard.press('Control+h');
    const dialog = page.locator('[data-testid=replace-dialog]');
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('replace-query');
    // A broken regular expression is explained, nothing crashes.
    await page.keyboard.type('(Mosk');
    await page.locator('[data-testid=replace-regex]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-testid=replace-query-error]').textContent()).toMatch(/^Not a valid regular expression: missing closing \)/);
    expect(await page.locator('[data-testid=replace-preview-button]').isDisabled()).toBe(true);
    await page.keyboard.press('Space');
    await page.locator('[data-testid=replace-query]').fill('Moskva');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Moscow');
    for (const option of ['replace-matchCase', 'replace-wholeWord', 'replace-every-article']) {
      await page.locator(`[data-testid=${option}]`).focus();
      await page.keyboard.press('Space');
    }
    await page.locator('[data-testid=replace-with]').focus();
    await page.keyboard.press('Enter');
    const changes = page.locator('[data-testid=replace-change]');
    await expect.poll(() => changes.count()).toBe(3);
    // Before/after per change; "Moskvaa" and "moskva" are not whole-word, case-matched hits.
    expect(await changes.nth(0).locator('[data-testid=replace-after]').textContent()).toContain('Talks in Moscow, not Moskvaa.');
    expect(await changes.nth(2).locator('[data-testid=replace-after]').textContent()).toContain('From moskva to Moscow.');
    expect(await changes.nth(2).textContent()).toContain(`${en.status.reviewed} → ${en.status.draft}`);
    await changes.nth(1).locator('[data-testid=replace-change-keep]').focus();
    await page.keyboard.press('Space');
    await page.screenshot({ path: artifactPath('replace-preview.png') });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(async () => (await stored(a, 1)).target).toBe('Talks in Moscow, not Moskvaa.');
    expect(await stored(a, 1)).toMatchObject({ status: 'draft' });
    expect(await stored(a, 2)).toMatchObject({ target: 'Moskva again.', status: 'translated' });
    expect(await stored(b, 1)).toMatchObject({ target: 'From moskva to Moscow.', status: 'draft' });
    await expect.poll(() => segmentRow(aSegments[1].id).locator('[data-testid=target]').inputValue()).toBe('Talks in Moscow, not Moskvaa.');
    await expect.poll(focusedSegment).toBe(aSegments[1].id);

    // One undo step for the whole replace, in both articles.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(b, 1)).target).toBe('From moskva to Moskva.');
    expect(await stored(b, 1)).toMatchObject({ status: 'reviewed' });
    expect(await stored(a, 1)).toMatchObject({ target: 'Talks in Moskva, not Moskvaa.', status: 'translated' });
    await expect.poll(() => segmentRow(aSegments[1].id).locator('[data-testid=target]').inputValue()).toBe('Talks in Moskva, not Moskvaa.');
    expect(pageErrors).toEqual([]);
  });

  it('looks up the word at the caret (F3) and the selected Hindi (Ctrl+Shift+C) in the project memory', async () => {
    const { page } = workbench;
    const [a, b] = await articles();
    const bSegments = (await call('article.get', { id: b })).segments;
    await call('article.saveSegment', { articleId: b, segmentId: bSegments[2].id, target: 'Delegations met in Pyongyang.', status: 'translated' });
    const aSegments = await openArticle(a);
    const box = segmentRow(aSegments.segments[3].id).locator('[data-testid=target]');
    await box.click();
    await box.fill('They flew to Pyongyang today');
    // Caret inside the word: "Pyong|yang".
    await box.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(18, 18));
    await page.keyboard.press('F3');
    await expect.poll(() => page.locator('[data-testid=concordance-input]').inputValue()).toBe('Pyongyang');
    await expect.poll(() => page.locator('[data-testid=concordance-pair]', { hasText: 'Delegations met in Pyongyang.' }).count()).toBe(1);
    // The focus stays in the segment: the translator goes on typing.
    await expect.poll(focusedSegment).toBe(aSegments.segments[3].id);

    // A Hindi word selected in a source: Ctrl+Shift+C.
    const hindiWord = bSegments[2].source.split(/\s+/)[0];
    await page.evaluate((word) => {
      const walker = document.createTreeWalker(document.querySelector('.segments')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0 || !(node.parentElement?.closest('[data-testid=segment]'))) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        (document.activeElement as HTMLElement | null)?.blur();
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    }, hindiWord);
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.locator('[data-testid=concordance-input]').inputValue()).toBe(hindiWord);
    expect(pageErrors).toEqual([]);
  });
});
