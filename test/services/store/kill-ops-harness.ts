/**
 * The multi-file kill test (issue 13): a child runs propagations over 30 articles, batch imports
 * of 8 pages, batch alignments of 3 articles and single saves through the real handlers, and is
 * stopped with SIGKILL or SIGTERM at random moments. After each stop the project must open with
 * no warning but a recovered lock or a recovered operation, every file must parse, no operation
 * may be half-applied (some of its files changed, others not; an article changed without its undo
 * step), and no acknowledged operation may be missing.
 * Used by kill-ops.test.ts (a few kills) and by `npm run test:kill` (many, prints a table).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openLowdbProject } from '../../../services/store/lowdb-store.ts';
import { ALIGNED_ARTICLES, PAGES_PER_IMPORT, PROPAGATED_ARTICLES, cityEntry, generationOf, killOpsArticles } from './kill-ops-fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Outcome of a multi-file kill run. */
export interface KillOpsReport {
  kills: number;
  sigkills: number;
  sigterms: number;
  survived: number;
  /** Acknowledged operations by kind, over all runs. */
  acknowledged: Record<string, number>;
  /** Operations found partly applied after a stop. */
  halfApplied: string[];
  /** Acknowledged operations not in the project after a stop. */
  lostAcknowledged: string[];
  unparsableFiles: string[];
  unexpectedWarnings: string[];
  /** Interrupted operations the next open completed / undid. */
  rolledForward: number;
  rolledBack: number;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Highest acknowledged number per kind, and how many acknowledgements per kind. */
type Acked = Map<string, number> & { counts?: Map<string, number> };

function runAndStop(dir: string, delayMs: number, signal: 'SIGKILL' | 'SIGTERM'): Promise<Acked> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/services/store/kill-ops-writer.ts'), dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Acked = new Map();
    const counts = new Map<string, number>();
    acked.counts = counts;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill(signal), delayMs);
        const match = /^ack (\S+) (\d+)$/.exec(line);
        if (match) {
          acked.set(match[1], Math.max(acked.get(match[1]) ?? 0, Number(match[2])));
          counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
        }
      }
    });
    child.on('close', (code, got) => {
      if (got === 'SIGKILL' || (signal === 'SIGTERM' && code === 0)) done(acked);
      else fail(new Error(`writer exited with ${code ?? got}: ${stderr}`));
    });
  });
}

/** Creates the project of the test in `dir`. */
export async function createKillOpsProject(dir: string): Promise<void> {
  const setup = await openLowdbProject(dir, { create: true });
  for (const article of killOpsArticles()) await setup.saveArticle(article);
  await setup.saveGlossary({ schemaVersion: 1, entries: [cityEntry(0)] });
  await setup.close();
}

/** Stops a writer `kills` times (SIGKILL or SIGTERM at random) and checks the project after each stop. */
export async function runKillOpsTest(dir: string, kills: number, options: { maxDelayMs?: number; random?: () => number } = {}): Promise<KillOpsReport> {
  const random = options.random ?? Math.random;
  const maxDelayMs = options.maxDelayMs ?? 1500;
  await createKillOpsProject(dir);
  const report: KillOpsReport = {
    kills: 0, sigkills: 0, sigterms: 0, survived: 0, acknowledged: {}, halfApplied: [], lostAcknowledged: [],
    unparsableFiles: [], unexpectedWarnings: [], rolledForward: 0, rolledBack: 0,
  };
  for (let round = 0; round < kills; round++) {
    const signal = random() < 0.25 ? 'SIGTERM' : 'SIGKILL';
    const acked = await runAndStop(dir, Math.floor(random() * maxDelayMs), signal);
    report.kills++;
    if (signal === 'SIGKILL') report.sigkills++;
    else report.sigterms++;
    let ok = true;
    const fail = (list: string[], what: string) => {
      list.push(`round ${round} (${signal}): ${what}`);
      ok = false;
    };
    // Files are checked before the open, which may complete an interrupted operation.
    for (const file of jsonFiles(dir)) {
      if (file.endsWith('.anuvad-journal.json')) continue;
      try {
        JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        fail(report.unparsableFiles, file);
      }
    }
    const store = await openLowdbProject(dir);
    for (const warning of store.warnings()) {
      if (warning.code === 'operation-recovered') {
        if (warning.detail.includes('was completed')) report.rolledForward++;
        else report.rolledBack++;
      } else if (warning.code !== 'stale-lock-recovered') fail(report.unexpectedWarnings, `${warning.code} ${warning.file}: ${warning.detail}`);
    }
    const articles = await store.listArticles();
    const byId = new Map(articles.map((article) => [article.id, article]));
    // Propagation: every article at one generation, and its undo step there.
    const generations = new Set(Array.from({ length: PROPAGATED_ARTICLES }, (_, i) => generationOf(byId.get(`p${i}`)!)));
    const generation = Math.min(...generations);
    if (generations.size !== 1) fail(report.halfApplied, `propagation: articles at generations ${[...generations].join(', ')}`);
    if ((acked.get('propagate') ?? 0) > generation) fail(report.lostAcknowledged, `propagation ${acked.get('propagate')} acknowledged, project at ${generation}`);
    if (generation > 0) {
      const undo = await store.getDoc<{ steps: { segments: { after: string }[] }[] }>('propagation-undo');
      const last = undo?.steps.at(-1);
      if (!last || last.segments.length !== PROPAGATED_ARTICLES || !last.segments.every((each) => each.after.includes(`City${generation}`))) {
        fail(report.halfApplied, `propagation ${generation}: articles changed but the undo step is ${last ? `for ${last.segments[0]?.after}` : 'missing'}`);
      }
    }
    // Batch imports: all pages of a batch or none.
    const batches = new Map<number, number>();
    for (const article of articles) {
      const match = /^b(\d+)-\d+$/.exec(article.id);
      if (match) batches.set(Number(match[1]), (batches.get(Number(match[1])) ?? 0) + 1);
    }
    for (const [k, count] of batches) if (count !== PAGES_PER_IMPORT) fail(report.halfApplied, `import ${k}: ${count} of ${PAGES_PER_IMPORT} pages`);
    const imported = Math.max(0, ...batches.keys());
    if ((acked.get('import') ?? 0) > imported) fail(report.lostAcknowledged, `import ${acked.get('import')} acknowledged, project has ${imported}`);
    // Batch alignments: the three articles aligned in the same round.
    const rounds = new Set<number>();
    for (const id of ALIGNED_ARTICLES) {
      const doc = await store.getDoc<{ translationFile: string }>(`alignments/${id}`);
      rounds.add(doc ? Number(/batch-(\d+)/.exec(doc.translationFile)?.[1]) : 0);
    }
    if (rounds.size !== 1) fail(report.halfApplied, `alignment: articles from rounds ${[...rounds].join(', ')}`);
    if ((acked.get('align') ?? 0) > Math.min(...rounds)) fail(report.lostAcknowledged, `alignment ${acked.get('align')} acknowledged, project at ${Math.min(...rounds)}`);
    // Single saves.
    const saved = Number(byId.get('s0')?.segments[1].target.replace('save ', '') || 0);
    if ((acked.get('save') ?? 0) > saved) fail(report.lostAcknowledged, `save ${acked.get('save')} acknowledged, project has ${saved}`);
    await store.close();
    for (const [kind, n] of acked.counts ?? []) report.acknowledged[kind] = (report.acknowledged[kind] ?? 0) + n;
    if (ok) report.survived++;
  }
  return report;
}
