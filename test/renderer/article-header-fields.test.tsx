// @vitest-environment jsdom
/** Issue 12 item 3: the editor shows the importer's header fields above the segments, labelled in both languages, as text. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/i18n.ts';
import { WorkbenchContext, type Workbench } from '../../renderer/workbench-context.ts';
import { ArticleHeaderFields } from '../../renderer/editor/ArticleHeaderFields.tsx';
import type { Article } from '../../articles/model.ts';

afterEach(() => cleanup());

const article = {
  schemaVersion: 1, id: 'a', file: 'a.txt', title: 'शीर्षक', segments: [], removed: [], metadata: [], importedAt: 'x',
  kicker: 'North Korea', dateline: 'इंदौर', byline: '<b>नईदुनिया प्रतिनिधि</b>', outlet: 'Naidunia', fieldTranslations: { dateline: { source: 'इंदौर', target: 'Indore' } },
} as Article;

async function show(language: 'en' | 'hi', shown: Article) {
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <WorkbenchContext.Provider value={{ language } as unknown as Workbench}><ArticleHeaderFields article={shown} /></WorkbenchContext.Provider>
    </I18nextProvider>,
  );
}

describe('ArticleHeaderFields', () => {
  it.each([['en', 'Dateline', 'Kicker'], ['hi', 'डेटलाइन', 'किकर']] as const)('%s: labelled fields, Hindi marked lang="hi", the English of a translated field beside it', async (language, dateline, kicker) => {
    await show(language, article);
    const fields = screen.getByTestId('article-fields');
    expect(fields.querySelector('[data-field="dateline"] dt')?.textContent).toBe(dateline);
    expect(fields.querySelector('[data-field="kicker"] dt')?.textContent).toBe(kicker);
    expect(fields.querySelector('[data-field="dateline"] dd')?.getAttribute('lang')).toBe('hi');
    expect(fields.querySelector('[data-field="kicker"] dd')?.getAttribute('lang')).toBeNull();
    expect(fields.querySelector('[data-field="dateline"] dd')?.textContent).toBe('इंदौर — Indore');
    // Article text is data: markup in a byline is shown as characters, never parsed.
    expect(fields.querySelector('[data-field="byline"] dd b')).toBeNull();
    expect(fields.querySelector('[data-field="byline"] dd')?.textContent).toBe('<b>नईदुनिया प्रतिनिधि</b>');
  });

  it('an article without header fields shows nothing', async () => {
    await show('en', { ...article, kicker: undefined, dateline: undefined, byline: undefined, outlet: undefined });
    expect(screen.queryByTestId('article-fields')).toBeNull();
  });
});
