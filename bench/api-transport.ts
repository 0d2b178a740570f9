// Cost of the shells on the typing path: glossary.check and article.saveSegment called on the pure
// domain (baseline), through the handlers (zod validation, checker cache, store) and over the
// browser fallback's HTTP (loopback, token, JSON), on seed text with the default glossary.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGlossaryChecker, GLOSSARY_SCHEMA_VERSION, type Glossary } from '../glossary/index.ts';
import { createHandlers } from '../services/handlers.ts';
import { startServer } from '../transports/http/server.ts';
import { createMemoryProject } from '../services/store/memory-store.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function defaultGlossary(): Glossary {
  const file = path.join(repoRoot, 'glossary', 'default-glossary.json');
  if (!existsSync(file)) return { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: [] };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Glossary | Glossary['entries'];
  return { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: Array.isArray(parsed) ? parsed : parsed.entries };
}

async function latencies(run: (index: number) => Promise<unknown> | unknown, count: number): Promise<{ p50: number; p99: number }> {
  for (let index = 0; index < 50; index++) await run(index); // warm-up
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await run(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(count * 0.5)], p99: times[Math.floor(count * 0.99)] };
}

/** Markdown table: per-call latency of the domain, the handlers and HTTP for the two typing-path calls. */
export async function runApiBench(): Promise<string> {
  const glossary = defaultGlossary();
  const store = createMemoryProject({ glossary });
  const handlers = createHandlers(store);
  const samples = path.join(repoRoot, 'articles', 'samples');
  const pages = readdirSync(samples).filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, base64: readFileSync(path.join(samples, name)).toString('base64') }));
  const [summary] = await handlers['article.import']({ pages });
  const article = await handlers['article.get']({ id: summary.id });
  const segments = article.segments;
  const target = (index: number) => `Kim Jong Un said Russia and North Korea agreed, draft ${index}.`;
  const checker = createGlossaryChecker(glossary);
  const server = await startServer({ store, staticDir: repoRoot, handlers });
  const post = async (name: string, body: unknown) => {
    const response = await fetch(`${server.url}api/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-anuvad-token': server.token }, body: JSON.stringify(body),
    });
    const envelope = await response.json() as { ok: boolean };
    if (!envelope.ok) throw new Error(JSON.stringify(envelope));
  };
  const count = 2000;
  const rows: [string, string, { p50: number; p99: number }][] = [];
  try {
    const segmentAt = (index: number) => segments[index % segments.length];
    rows.push(['glossary.check', 'domain (baseline)', await latencies((i) => checker.check(segmentAt(i).source, target(i)), count)]);
    rows.push(['glossary.check', 'handler', await latencies((i) => handlers['glossary.check']({ source: segmentAt(i).source, target: target(i) }), count)]);
    rows.push(['glossary.check', 'HTTP fallback', await latencies((i) => post('glossary.check', { source: segmentAt(i).source, target: target(i) }), count)]);
    const save = { articleId: article.id };
    rows.push(['article.saveSegment', 'handler (memory store)', await latencies((i) => handlers['article.saveSegment']({ ...save, segmentId: segmentAt(i).id, target: target(i), status: 'draft' }), count)]);
    rows.push(['article.saveSegment', 'HTTP fallback (memory store)', await latencies((i) => post('article.saveSegment', { ...save, segmentId: segmentAt(i).id, target: target(i), status: 'draft' }), count)]);
  } finally {
    await server.close();
  }
  const format = (ms: number) => ms.toFixed(3);
  return [
    `${glossary.entries.length} glossary entries, ${segments.length} segments of ${article.file}, ${count} calls each`,
    '',
    '| call | path | p50 ms | p99 ms |',
    '| --- | --- | ---: | ---: |',
    ...rows.map(([call, route, { p50, p99 }]) => `| ${call} | ${route} | ${format(p50)} | ${format(p99)} |`),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await runApiBench());
}
