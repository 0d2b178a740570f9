/**
 * Child process of the multi-file kill test (issue 13): opens a project through the real handlers
 * and runs multi-file operations in a loop — glossary propagation over every article, a batch
 * import of several pages, a batch alignment of three articles — plus single segment saves,
 * printing `ack <kind> <n>` after each call has resolved (what the app would confirm). SIGTERM is
 * handled like the server's Ctrl+C (the call in flight finishes, the project closes); SIGKILL is not.
 * Started by kill-ops-harness.ts.
 */
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { createHandlers } from '../../../services/handlers.ts';
import { KILL_OPS, cityEntry, generationOf, importPages, alignItems } from './kill-ops-fixtures.ts';

const [dir] = process.argv.slice(2);
const store = await openLowdbProject(dir);
if (store.readOnly) {
  process.stderr.write(`read-only: ${JSON.stringify(store.warnings())}\n`);
  process.exit(3);
}
const api = createHandlers(store);
let stopping = false;
let inFlight: Promise<unknown> = Promise.resolve();
process.on('SIGTERM', () => {
  stopping = true;
  void inFlight.finally(async () => {
    await store.close();
    process.exit(0);
  });
});

const say = (line: string) => process.stdout.write(`${line}\n`);
const articles = await store.listArticles();
let generation = generationOf(articles.find((each) => each.id === 'p0')!);
let batch = articles.filter((each) => /^b\d+-0$/.test(each.id)).length;
const aligned = await store.getDoc<{ translationFile: string }>('alignments/p0');
let alignRound = aligned ? Number(/batch-(\d+)/.exec(aligned.translationFile)?.[1] ?? 0) : 0;
let save = Number((await store.getArticle('s0'))?.segments[1].target.replace('save ', '') || 0);
say('ready');
for (let n = 0; !stopping; n++) {
  const kind = KILL_OPS[n % KILL_OPS.length];
  let done: string;
  if (kind === 'propagate') {
    const next = generation + 1;
    const call = (async () => {
      await api['glossary.upsert']({ entry: cityEntry(next) });
      await api['glossary.applyPropagation']({ entryId: 'city', before: cityEntry(generation) });
    })();
    inFlight = call;
    await call;
    generation = next;
    done = `propagate ${generation}`;
  } else if (kind === 'import') {
    const call = api['article.import']({ pages: importPages(batch + 1) });
    inFlight = call;
    await call;
    batch++;
    done = `import ${batch}`;
  } else if (kind === 'align') {
    const call = api['align.runBatch']({ items: alignItems(alignRound + 1) });
    inFlight = call;
    const results = await call;
    if (results.some((result) => !result.ok)) throw new Error(JSON.stringify(results));
    alignRound++;
    done = `align ${alignRound}`;
  } else {
    const article = await api['article.get']({ id: 's0' });
    const call = api['article.saveSegment']({ articleId: 's0', segmentId: article.segments[1].id, target: `save ${save + 1}` });
    inFlight = call;
    await call;
    save++;
    done = `save ${save}`;
  }
  say(`ack ${done}`);
}
