/**
 * Issue 12 item 1 through the handlers: a batch import is one project's pages, so a line found on two
 * or more pages cut from one template is furniture (reason 'template', restorable); a page imported on
 * its own is imported exactly as importPage does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../services/handlers.ts';
import { ApiFailure } from '../../services/api-failure.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { importPage } from '../../articles/index.ts';

const NOW = '2026-03-01T10:00:00.000Z';
// A promo written as a full sentence: no signal of its own marks it, only its repetition across pages.
const PROMO = 'हमारे साथ जुड़े रहिए और हर बड़ी खबर सबसे पहले अपने फोन पर पाइए, यह सेवा बिल्कुल मुफ्त है।';
const page = (masthead: string, headline: string, body: string[], footer = PROMO): string =>
  [masthead, '', headline, '', ...body.flatMap((line) => [line, '']), footer, ''].join('\n');
const roads = page('जनपथ समाचार', 'नगर निगम ने शहर की सभी सड़कों की मरम्मत का काम शुरू किया', [
  'नगर निगम ने सोमवार को शहर की सभी प्रमुख सड़कों की मरम्मत का काम शुरू कर दिया है। अधिकारियों ने बताया कि यह काम बारिश से पहले पूरा कर लिया जाएगा।',
  'महापौर ने कहा कि इस काम के लिए बजट में अलग से राशि रखी गई है और ठेकेदारों को समय सीमा दी गई है।',
]);
const insurance = page('जनपथ समाचार', 'राज्य सरकार ने किसानों के लिए नई बीमा योजना की घोषणा की', [
  'राज्य सरकार ने मंगलवार को किसानों के लिए एक नई फसल बीमा योजना की घोषणा की है। कृषि मंत्री ने बताया कि इस योजना में छोटे किसानों को प्राथमिकता दी जाएगी।',
  'योजना के तहत किसानों को फसल खराब होने पर एक महीने के भीतर मुआवजा दिया जाएगा, ऐसा सरकार का दावा है।',
]);
// Another site (another masthead) that happens to print the same sentence once.
const otherSite = page('प्रदेश वार्ता', 'विश्वविद्यालय ने परीक्षा के नतीजे समय से पहले घोषित किए', [
  'विश्वविद्यालय ने बुधवार को स्नातक परीक्षा के नतीजे तय समय से दो हफ्ते पहले घोषित कर दिए हैं। कुलपति ने बताया कि इस बार मूल्यांकन ऑनलाइन हुआ था।',
]);
const upload = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') });
const promoLine = (text: string): number => text.split('\n').indexOf(PROMO) + 1;

let store: ProjectStore;
let api: ReturnType<typeof createHandlers>;

beforeEach(() => {
  store = createMemoryProject({ dir: '/projects/test', name: 'test' });
  api = createHandlers(store, { now: () => NOW });
});

describe('article.import of several pages uses cross-page furniture', () => {
  it('a sentence on two pages of one template is removed as template on both, and can be restored', async () => {
    await api['article.import']({ pages: [upload('roads.txt', roads), upload('insurance.txt', insurance), upload('exams.txt', otherSite)] });
    for (const [id, text] of [['roads', roads], ['insurance', insurance]] as const) {
      const article = await api['article.get']({ id });
      expect(article.removed).toContainEqual({ line: promoLine(text), text: PROMO, reason: 'template' });
      expect(article.segments.map((segment) => segment.source)).not.toContain(PROMO);
    }
    // The other masthead is another template: its one copy of the sentence is body.
    const exams = await api['article.get']({ id: 'exams' });
    expect(exams.segments.map((segment) => segment.source)).toContain(PROMO);
    const restored = await api['article.restoreRemoved']({ articleId: 'roads', line: promoLine(roads) });
    expect(restored.segments.map((segment) => segment.source)).toContain(PROMO);
  });

  it('a page imported on its own is imported exactly as importPage does (the sentence stays body)', async () => {
    await api['article.import']({ pages: [upload('roads.txt', roads)] });
    const stored = await api['article.get']({ id: 'roads' });
    const direct = importPage({ fileName: 'roads.txt', text: roads }, { now: () => NOW });
    expect(stored.segments.map(({ id, source, kind }) => ({ id, source, kind }))).toEqual(direct.segments.map(({ id, source, kind }) => ({ id, source, kind })));
    expect(stored.removed).toEqual(direct.removed);
    expect(stored.segments.map((segment) => segment.source)).toContain(PROMO);
  });

  it('one page without article text refuses the whole batch, naming that page', async () => {
    const thrown = await api['article.import']({ pages: [upload('roads.txt', roads), upload('empty.txt', '\n\n  \n')] }).then(() => undefined, (error: unknown) => error);
    expect(thrown).toBeInstanceOf(ApiFailure);
    expect((thrown as ApiFailure).error).toMatchObject({ code: 'bad-input', file: 'empty.txt' });
    expect(await api['article.list']({})).toEqual([]);
  });
});
