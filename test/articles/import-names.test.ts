/**
 * Issue 13, item 10: same-stem pages get distinct ids (a re-import of the same page keeps its id),
 * and invisible or bidi control characters in names are shown visibly.
 */
import { describe, expect, it } from 'vitest';
import { chooseImportIds, importPage, visibleName } from '../../articles/index.ts';

const page = (title: string, body: string) => `${title}\n\n${body}\n`;
const story = page('रूस ने वार्ता की पेशकश की', 'रूस ने कहा कि वार्ता जारी रहेगी। मॉस्को में बैठक हुई।');
const other = page('उत्तर कोरिया ने मिसाइल दागी', 'किम जोंग उन ने परीक्षण देखा। अमेरिका ने निंदा की।');

describe('visibleName', () => {
  it('shows bidi controls as ⟨U+XXXX⟩ so a name cannot pose as another', () => {
    expect(visibleName('समाचार\u202Etxt.exe')).toBe('समाचार⟨U+202E⟩txt.exe');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
      expect(visibleName(`a${String.fromCodePoint(code)}b`)).toBe(`a⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩b`);
    }
  });

  it('shows invisible format and control characters (zero-width space, BOM, word joiner, soft hyphen, NUL, tab, tags)', () => {
    expect(visibleName('news\u200Bstory')).toBe('news⟨U+200B⟩story');
    expect(visibleName('\uFEFFa\u2060b\u00ADc')).toBe('⟨U+FEFF⟩a⟨U+2060⟩b⟨U+00AD⟩c');
    expect(visibleName('a\u0000b\tc\u007F')).toBe('a⟨U+0000⟩b⟨U+0009⟩c⟨U+007F⟩');
    expect(visibleName('x\u{E0041}')).toBe('x⟨U+E0041⟩');
    expect(visibleName('a\u2028b')).toBe('a⟨U+2028⟩b');
  });

  it('keeps ZWJ/ZWNJ inside a word (they shape Devanagari conjuncts), shows them anywhere else', () => {
    expect(visibleName('क्\u200Dष')).toBe('क्\u200Dष');
    expect(visibleName('क्\u200Cष')).toBe('क्\u200Cष');
    expect(visibleName('\u200Dnews')).toBe('⟨U+200D⟩news');
    expect(visibleName('news \u200C.txt')).toBe('news ⟨U+200C⟩.txt');
  });

  it('leaves ordinary text of any script unchanged', () => {
    for (const text of ['समाचार-2026.txt', 'Kyiv news.html', 'خبر.txt', 'שלום', 'emoji 🙂 👩‍💻', 'café']) expect(visibleName(text)).toBe(text);
  });
});

describe('chooseImportIds: same-stem pages', () => {
  const fresh = (name: string, text: string) => importPage({ fileName: name, text }, { now: () => '2026-01-01T00:00:00.000Z' });

  it('story.html after story.txt is a new article, not a replacement of the translated one', () => {
    const existing = [fresh('story.txt', story)];
    const [choice] = chooseImportIds([fresh('story.html', story)], existing);
    expect(choice.id).not.toBe('story');
    expect(choice.id).toBe('story-html');
  });

  it('news.html and news.htm, and two index.html in one batch, get distinct ids', () => {
    const ids = chooseImportIds([fresh('news.html', story), fresh('news.htm', other), fresh('a/index.html', story), fresh('b/index.html', other)], []).map((each) => each.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.slice(0, 2)).toEqual(['news', 'news-htm']);
  });

  it('re-importing the same page (same name, shared text) keeps its id, also for the second of two same-named pages', () => {
    const first = chooseImportIds([fresh('a/index.html', story), fresh('b/index.html', other)], []);
    const existing = first.map((choice) => ({ ...choice.article, id: choice.id }));
    expect(chooseImportIds([fresh('index.html', other)], existing)[0].id).toBe(first[1].id);
    expect(chooseImportIds([fresh('index.html', story)], existing)[0].id).toBe(first[0].id);
    expect(chooseImportIds([fresh('story.txt', story)], [fresh('story.txt', story)])[0]).toMatchObject({ id: 'story', replaces: 'story' });
  });

  it('a page with the same name but no text in common does not replace the article (its translations stay)', () => {
    const [choice] = chooseImportIds([fresh('story.txt', other)], [fresh('story.txt', story)]);
    expect(choice.id).not.toBe('story');
    expect(choice.replaces).toBeUndefined();
  });

  it('returns the article re-imported under its chosen id, with segment ids of that id', () => {
    const [choice] = chooseImportIds([fresh('story.html', story)], [fresh('story.txt', story)]);
    expect(choice.article.id).toBe(choice.id);
    expect(choice.article.segments.map((segment) => segment.id)).not.toEqual(fresh('story.html', story).segments.map((segment) => segment.id));
  });
});
