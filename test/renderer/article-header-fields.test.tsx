// @vitest-environment jsdom
/** Issue 12 item 3: the editor shows the importer's header fields above the segments, labelled in both languages, as text. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/i18n.ts';
import { WorkbenchContext, type Workbench } from '../../renderer/workbench-context.ts';
import { ArticleHeaderFields, type ArticleHeaderFieldsProps } from '../../renderer/editor/ArticleHeaderFields.tsx';
import type { Article } from '../../articles/model.ts';

afterEach(() => cleanup());

const article = {
  schemaVersion: 1, id: 'a', file: 'a.txt', title: 'शीर्षक', segments: [], removed: [], metadata: [], importedAt: 'x',
  kicker: 'North Korea', dateline: 'इंदौर', byline: '<b>नईदुनिया प्रतिनिधि</b>', outlet: 'Naidunia', fieldTranslations: { dateline: { source: 'इंदौर', target: 'Indore' } },
} as Article;

async function show(language: 'en' | 'hi', shown: Article, props: Omit<ArticleHeaderFieldsProps, 'article'> = {}) {
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <WorkbenchContext.Provider value={{ language, entriesById: new Map() } as unknown as Workbench}><ArticleHeaderFields article={shown} {...props} /></WorkbenchContext.Provider>
    </I18nextProvider>,
  );
}

describe('ArticleHeaderFields', () => {
  it.each([['en', 'Dateline', 'Kicker'], ['hi', 'डेटलाइन', 'किकर']] as const)('%s: labelled fields, Hindi marked lang="hi", the English of a translated field beside it', async (language, dateline, kicker) => {
    await show(language, article);
    const fields = screen.getByTestId('article-fields');
    expect(fields.querySelector('[data-field="dateline"] dt')?.textContent).toBe(dateline);
    expect(fields.querySelector('[data-field="kicker"] dt')?.textContent).toBe(kicker);
    expect(fields.querySelector('[data-field="dateline"] .article-field-source')?.getAttribute('lang')).toBe('hi');
    expect(fields.querySelector('[data-field="kicker"] .article-field-source')?.getAttribute('lang')).toBeNull();
    expect(fields.querySelector('[data-field="dateline"] .article-field-source')?.textContent).toBe('इंदौर');
    // Without a session the stored English is shown read-only, in a labelled box.
    const english = screen.getByLabelText(language === 'en' ? 'English of the Dateline' : 'डेटलाइन का अंग्रेज़ी अनुवाद') as HTMLInputElement;
    expect(english.value).toBe('Indore');
    expect(english.readOnly).toBe(true);
    // Article text is data: markup in a byline is shown as characters, never parsed.
    expect(fields.querySelector('[data-field="byline"] dd b')).toBeNull();
    expect(fields.querySelector('[data-field="byline"] .article-field-source')?.textContent).toBe('<b>नईदुनिया प्रतिनिधि</b>');
    // The date and outlet have no English box.
    expect(fields.querySelector('[data-field="outlet"] input')).toBeNull();
  });

  it('with a session: typing reports the field and text, leaving the box reports a blur, issues and the earlier Hindi are shown', async () => {
    const changes: [string, string][] = [];
    let blurs = 0;
    await show('en', article, {
      fields: { save: { state: 'error', error: 'disk full' }, fields: [
        { field: 'kicker', source: 'North Korea', draft: '', issues: [] },
        { field: 'dateline', source: 'इंदौर', draft: 'Indor', writtenFor: 'इंदौर, 28 अक्तूबर', issues: [{ code: 'forbidden-term', entryId: 'indore', start: 0, end: 5, text: 'Indor' } as never] },
      ] },
      onChange: (field, text) => changes.push([field, text]),
      onBlur: () => { blurs += 1; },
    });
    const box = screen.getByLabelText('English of the Kicker') as HTMLInputElement;
    expect(box.readOnly).toBe(false);
    fireEvent.change(box, { target: { value: 'North Korea' } });
    fireEvent.blur(box);
    expect(changes).toEqual([['kicker', 'North Korea']]);
    expect(blurs).toBe(1);
    expect(screen.getByTestId('field-stale-dateline').textContent).toContain('इंदौर, 28 अक्तूबर');
    expect(screen.getByTestId('field-issues-dateline')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('disk full');
    // No byline in the session's fields: no box for it.
    expect(screen.queryByLabelText('English of the Byline')).toBeNull();
  });

  it('an article without header fields shows nothing', async () => {
    await show('en', { ...article, kicker: undefined, dateline: undefined, byline: undefined, outlet: undefined });
    expect(screen.queryByTestId('article-fields')).toBeNull();
  });
});
