/** Matches English translation files to articles by name: `<page name>.en.txt`, `<page name>.txt` or `<article id>.en.txt`. */

/** A file read in the browser. */
export interface NamedText {
  name: string;
  text: string;
}

/** The files that name an article, and the names that named none. */
export function matchTranslationFiles(
  files: readonly NamedText[],
  articles: readonly { id: string; file: string }[],
): { matched: (NamedText & { articleId: string })[]; unmatched: string[] } {
  const byStem = new Map<string, string>();
  for (const article of articles) {
    byStem.set(stem(article.file), article.id);
    byStem.set(article.id.toLowerCase(), article.id);
  }
  const matched: (NamedText & { articleId: string })[] = [];
  const unmatched: string[] = [];
  for (const file of files) {
    const articleId = byStem.get(stem(file.name));
    if (articleId) matched.push({ ...file, articleId });
    else unmatched.push(file.name);
  }
  return { matched, unmatched };
}

// "000_x.en.txt", "000_x.txt" and "000_X.EN.TXT" all become "000_x".
function stem(fileName: string): string {
  return fileName.toLowerCase().replace(/\.txt$/, '').replace(/[._-]en(?:glish)?$/, '');
}
