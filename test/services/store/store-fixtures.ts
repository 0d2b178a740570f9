/** Small stand-in articles for store tests (the store does not care what the importer produces). */
import { ARTICLE_SCHEMA_VERSION, type Article } from '../../../articles/model.ts';

/** An article with `count` Hindi segments, all untranslated. */
export function sampleArticle(id: string, count = 3): Article {
  const sources = ['उत्तर कोरिया ने मिसाइल दागी।', 'रूस ने कहा कि वार्ता जारी रहेगी।', 'किम जोंग उन ने मास्को का दौरा किया।', 'डॉ. शर्मा ने 27.1 प्रतिशत बताया।'];
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    file: `${id}.txt`,
    title: `शीर्षक ${id}`,
    segments: Array.from({ length: count }, (_, i) => ({
      id: `${id}-s${i}`,
      kind: i === 0 ? 'title' as const : 'body' as const,
      paragraph: i === 0 ? 0 : 1,
      line: i + 1,
      source: i === 0 ? `शीर्षक ${id}` : sources[i % sources.length],
      target: '',
      status: 'untranslated' as const,
    })),
    removed: [{ line: 9, text: 'Tags: रूस', reason: 'tags' }],
    metadata: [],
    importedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** `article` as a store holds it after its first save: revision 1 on it and on every segment (services/store/revisions.ts). */
export function firstRevision(article: Article): Article {
  return { ...article, revision: 1, segments: article.segments.map((segment) => ({ ...segment, revision: 1 })) };
}
