/**
 * Seeding step of the default project: the sample English translations in
 * articles/samples/translations/ (<page name>.en.txt) are aligned with their articles and stored as
 * alignments/<articleId>, so the batch review view has real work in it on first start.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { alignDocument, toStoredAlignment } from '../articles/align/index.ts';
import { decodePage } from '../articles/index.ts';
import type { SeedContext } from './default-project.ts';

/** Aligns every sample translation whose page was imported, with the project's glossary as anchors. */
export async function seedSampleAlignments({ store, appRoot, now }: SeedContext): Promise<void> {
  const folder = join(appRoot, 'articles', 'samples', 'translations');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.en.txt'));
  } catch {
    return; // A build without sample translations simply has nothing to review.
  }
  const glossary = await store.getGlossary();
  for (const article of await store.listArticles()) {
    const translationFile = `${article.file.replace(/\.[^.]*$/, '')}.en.txt`;
    if (!names.includes(translationFile)) continue;
    const englishText = decodePage(new Uint8Array(await readFile(join(folder, translationFile))), translationFile);
    const alignment = alignDocument(article.segments.map((segment) => segment.source), englishText, { glossary });
    await store.saveDoc(
      `alignments/${article.id}`,
      toStoredAlignment(alignment, {
        articleId: article.id,
        segmentIds: article.segments.map((segment) => segment.id),
        translationFile,
        englishText,
        alignedAt: now().toISOString(),
      }),
    );
  }
}
