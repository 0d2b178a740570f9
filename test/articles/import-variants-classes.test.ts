/**
 * Issue 12, failures the import variants bench (bench/import-variants.ts) showed, each fixed by a general
 * principle and tested here on made-up lines that occur in no fixture.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from '../../articles/index.ts';
import { lineFeatures } from '../../articles/import/line-features.ts';
import { runEndsInSubheading } from '../../articles/import/run-edges.ts';

const importOne = (text: string, fileName = 'made_up_page.txt') => importPages([{ fileName, text }], { now: () => 'x' })[0];
const bodyLines = (text: string): number[] => {
  const article = importOne(text);
  const claimed = new Set([...article.removed.map((entry) => entry.line), ...article.metadata.map((entry) => entry.line)]);
  return text.split('\n').map((line, k) => (line.trim() !== '' && !claimed.has(k + 1) ? k + 1 : 0)).filter((n) => n > 0);
};
const features = (lines: string[], first = 1) => lines.map((text, k) => lineFeatures(first + k, text, k));

describe('a run of linked headlines ends where the story resumes (a copy without blank lines)', () => {
  const paragraph = 'नगर परिषद ने बताया कि नई पाइपलाइन बिछाने का काम अगले महीने से शुरू होगा और इससे बीस मोहल्लों को पानी मिलेगा।';
  it('keeps a short line that heads a long paragraph right under it, after two or more headlines', () => {
    const run = features(['पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात', 'बारिश के बाद पुल की मरम्मत', 'आगे की योजना']);
    expect(runEndsInSubheading(run, lineFeatures(4, paragraph, 3))).toBe(true);
  });
  it('leaves the run whole when a blank line, a short line or an unpunctuated line follows, or the run has one line', () => {
    const run = features(['पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात', 'आगे की योजना']);
    expect(runEndsInSubheading(run, lineFeatures(4, paragraph, 2))).toBe(false); // a blank line between
    expect(runEndsInSubheading(run, lineFeatures(3, 'छोटी पंक्ति।', 2))).toBe(false);
    expect(runEndsInSubheading(run, lineFeatures(3, paragraph.replace('।', ''), 2))).toBe(false);
    expect(runEndsInSubheading(run.slice(1), lineFeatures(3, paragraph, 2))).toBe(false);
  });
  it('keeps a headline as long as those above it in the run', () => {
    const run = features(['मंत्री ने दी सौगात', 'पुल की मरम्मत पूरी हुई']);
    expect(runEndsInSubheading(run, lineFeatures(3, paragraph, 2))).toBe(false);
  });
  it('on a page: the subheading stays body with and without the blank line, the linked headline is removed', () => {
    const head = ['कस्बे की पानी योजना को मिली मंजूरी, दो साल में होगा काम', '', 'जिला प्रशासन ने मंगलवार को कस्बे की पुरानी पानी योजना के विस्तार को मंजूरी दे दी है और काम जल्द शुरू होगा।', 'यह भी पढ़ें', 'पहाड़ी कस्बे में नई सड़क का शिलान्यास, मंत्री ने दी सौगात'];
    const withBlank = [...head, '', 'आगे की योजना', paragraph].join('\n');
    const withoutBlank = [...head, 'आगे की योजना', paragraph].join('\n');
    expect(bodyLines(withBlank)).toEqual([3, 7, 8]);
    expect(bodyLines(withoutBlank)).toEqual([3, 6, 7]);
  });
});
