/**
 * Child process of the kill test: opens a project and saves segment edits as fast as it can,
 * printing `ack <articleId> <n>` after each save has resolved (what autosave would confirm).
 * Started by kill-harness.ts, killed with SIGKILL at a random moment.
 */
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';

const [dir, startArg] = process.argv.slice(2);
const store = await openLowdbProject(dir, { create: true });
if (store.readOnly) {
  process.stderr.write(`read-only: ${JSON.stringify(store.warnings())}\n`);
  process.exit(3);
}
const articles = await store.listArticles();
let n = Number(startArg);
process.stdout.write('ready\n');
for (;;) {
  const article = articles[n % articles.length];
  const index = 1 + (n % (article.segments.length - 1));
  article.segments[index] = { ...article.segments[index], target: `edit ${n}`, status: 'draft' };
  // A glossary or settings write now and then, so a kill can land in any file.
  if (n % 7 === 0) await store.saveSettings({ uiLanguage: n % 2 === 0 ? 'hi' : 'en' });
  await store.saveArticle(article);
  process.stdout.write(`ack ${article.id} ${n}\n`);
  n++;
}
