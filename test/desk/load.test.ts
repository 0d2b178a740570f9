/**
 * 200 simulated clients on loopback, each with its own working copy and connection, editing
 * overlapping segments and syncing at once. Every edit must end on the desk or in a conflict
 * reported to its author with the edit as "mine"; nothing is lost and all copies converge.
 */
import { describe, expect, it } from 'vitest';
import type { DeskConnection } from '../../desk/connection.ts';
import { cloneDesk, publishProject } from '../../desk/clone.ts';
import { openDatabase } from '../../desk/connection.ts';
import { resolveConflict } from '../../desk/resolve.ts';
import { syncProject } from '../../desk/sync.ts';
import { seededRandom } from '../../bench/bench-stats.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';
import { sampleMemoryProject } from '../services/sample-project.ts';
import { useTestDesk } from './desk-fixture.ts';

const CLIENTS = 200;
const ROUNDS = 3;
const desk = useTestDesk({ maxConnections: CLIENTS + 30 });

const comparable = (articles: { segments: { id: string; target: string; status: string }[]; id: string }[]) =>
  articles.map((article) => ({ id: article.id, segments: article.segments.map(({ id, target, status }) => ({ id, target, status })) }));

describe('200 clients at once', () => {
  it('loses no edit and reports every conflict', { timeout: 170_000 }, async () => {
    const lead = await sampleMemoryProject('/lead', 'lead');
    const leadDesk = await desk.connect('lead');
    await publishProject(lead, leadDesk, desk.url);
    // A pool of 60 editable segments shared by everyone, so that edits collide.
    const pool = (await lead.listArticles()).flatMap((article) => article.segments.filter((s) => s.status !== 'approved').map((s) => [article.id, s.id] as const)).slice(0, 60);

    const clients: { name: string; store: ProjectStore; desk: DeskConnection }[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
      const name = `c${i}`;
      await desk.addUser(name, 'translator');
      const connection = await desk.connect(name);
      const store = createMemoryProject({ dir: `/${name}` });
      await cloneDesk(store, connection, desk.url);
      clients.push({ name, store, desk: connection });
    }));

    const written: { client: string; articleId: string; segmentId: string; target: string }[] = [];
    const reported = new Set<string>();
    let conflictCount = 0;
    await Promise.all(clients.map(async (client, i) => {
      const random = seededRandom(1000 + i);
      for (let round = 0; round < ROUNDS; round++) {
        const [articleId, segmentId] = pool[Math.floor(random() * pool.length)];
        const article = (await client.store.getArticle(articleId))!;
        const target = `${client.name} round ${round}`;
        article.segments = article.segments.map((s) => (s.id === segmentId ? { ...s, target, status: 'translated' } : s));
        await client.store.saveArticle(article);
        written.push({ client: client.name, articleId, segmentId, target });
        const report = await syncProject(client.store, client.desk);
        for (const conflict of report.conflicts) {
          const mine = conflict.mine as { target: string };
          // The local copy still holds the reported version.
          const held = (await client.store.getArticle(conflict.articleId!))!.segments.find((s) => s.id === conflict.id)!;
          expect(held.target).toBe(mine.target);
          reported.add(`${client.name}\u0000${conflict.id}\u0000${mine.target}`);
        }
        conflictCount += report.conflicts.length;
      }
    }));

    const admin = await openDatabase(desk.cluster.adminUrl);
    const onDesk = new Set(((await admin.query(`select article_id, id, body->>'target' as target from desk.changes where kind = 'segment'`)).rows as { article_id: string; id: string; target: string }[])
      .map((row) => `${row.article_id}\u0000${row.id}\u0000${row.target}`));
    await admin.end();
    const lost = written.filter((edit) => !onDesk.has(`${edit.articleId}\u0000${edit.segmentId}\u0000${edit.target}`)
      && !reported.has(`${edit.client}\u0000${edit.segmentId}\u0000${edit.target}`));
    expect(lost).toEqual([]);
    expect(conflictCount).toBeGreaterThan(0);
    // Some edits were refused as conflicts: exactly those are missing from the desk, and each was reported.
    expect(written.length - written.filter((edit) => onDesk.has(`${edit.articleId}\u0000${edit.segmentId}\u0000${edit.target}`)).length).toBeLessThanOrEqual(reported.size);

    // Everyone takes the desk's version of their conflicts; then all copies converge on the desk.
    for (const client of clients) {
      for (;;) {
        const report = await syncProject(client.store, client.desk);
        if (report.conflicts.length === 0) break;
        for (const conflict of report.conflicts) await resolveConflict(client.store, conflict.id, 'theirs');
      }
    }
    await Promise.all(clients.map((client) => syncProject(client.store, client.desk)));
    await syncProject(lead, leadDesk);
    const expected = comparable(await lead.listArticles());
    for (const client of clients) expect(comparable(await client.store.listArticles())).toEqual(expected);
  });
});
