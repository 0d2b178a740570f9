/**
 * The desk's rules hold for a client that bypasses the app: raw pg as the client role, calling the
 * SQL functions directly (desk/schema-v1.ts).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { deriveKey } from '../../desk/credentials.ts';
import { openDatabase } from '../../desk/connection.ts';
import { PASSWORD, useTestDesk } from './desk-fixture.ts';

const desk = useTestDesk({}, async (started) => {
  const lead = await started.connect('lead');
  const segment = (id: string, status: string) => ({ id, kind: 'body', paragraph: 1, line: 2, source: 'वाक्य', target: status === 'untranslated' ? '' : 'A sentence', status });
  await lead.client.query('select desk.push($1::jsonb)', [JSON.stringify([
    { kind: 'article', id: 'a1', base: 0, meta: { schemaVersion: 1, id: 'a1', file: 'a1.txt', title: 'शीर्षक', removed: [], metadata: [], importedAt: '2026-01-01' }, segmentIds: ['s1', 's2'],
      segments: [{ id: 's1', body: segment('s1', 'translated') }, { id: 's2', body: segment('s2', 'approved') }] },
    { kind: 'entry', id: 'kyiv', base: 0, body: { id: 'kyiv', source: 'कीव', sourceVariants: [], target: 'Kyiv', targetAlternates: [], forbidden: ['Kiev'], type: 'place', caseSensitive: false, matchMode: 'inflected', note: '', status: 'approved', createdAt: '', updatedAt: '', author: 'lead' } },
  ])]);
});

async function signIn(client: pg.Client, name: string): Promise<void> {
  const params = (await client.query('select * from desk.login_params($1)', [name])).rows[0];
  const key = await deriveKey(PASSWORD, params.salt, { n: params.n, r: params.r, p: params.p });
  await client.query('select desk.login($1, $2)', [name, key]);
}

async function push(client: pg.Client, changes: unknown[]): Promise<{ applied: unknown[]; conflicts: unknown[]; refused: { reason: string }[] }> {
  return (await client.query('select desk.push($1::jsonb) as r', [JSON.stringify(changes)])).rows[0].r;
}

async function segmentRow(articleId: string, id: string) {
  const admin = await openDatabase(desk.cluster.adminUrl);
  try {
    return (await admin.query('select revision, body from desk.segments where article_id = $1 and id = $2', [articleId, id])).rows[0];
  } finally {
    await admin.end();
  }
}

const denied = (code: string) => expect.objectContaining({ code });

describe('desk roles, enforced in SQL', () => {
  it('gives a client that is not signed in no table and no function beyond sign-in', async () => {
    const raw = await desk.raw();
    try {
      await expect(raw.query('select * from desk.segments')).rejects.toEqual(denied('42501'));
      await expect(raw.query(`update desk.segments set body = '{}'`)).rejects.toEqual(denied('42501'));
      await expect(raw.query('update desk.counter set seq = 0')).rejects.toEqual(denied('42501'));
      await expect(raw.query('select * from desk.pull(0, 10)')).rejects.toEqual(denied('28000'));
      await expect(raw.query('select desk.push($1::jsonb)', ['[]'])).rejects.toEqual(denied('28000'));
      // A session token set by hand is not a session.
      await raw.query(`set desk.session = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'`);
      await expect(raw.query('select * from desk.me()')).rejects.toEqual(denied('28000'));
      await expect(raw.query('select desk.login($1, $2)', ['lead', Buffer.alloc(32)])).rejects.toEqual(denied('28P01'));
    } finally {
      await raw.end();
    }
  });

  it('refuses a translator who approves a segment or edits an approved one, and lets a reviewer', async () => {
    const raw = await desk.raw();
    try {
      await signIn(raw, 'tina');
      const s1 = await segmentRow('a1', 's1');
      const approve = await push(raw, [{ kind: 'segment', articleId: 'a1', id: 's1', base: s1.revision, body: { ...s1.body, status: 'approved' } }]);
      expect(approve.applied).toEqual([]);
      expect(approve.refused[0].reason).toMatch(/reviewer/);
      const s2 = await segmentRow('a1', 's2');
      const overwrite = await push(raw, [{ kind: 'segment', articleId: 'a1', id: 's2', base: s2.revision, body: { ...s2.body, target: 'changed', status: 'draft' } }]);
      expect(overwrite.refused).toHaveLength(1);
      expect((await segmentRow('a1', 's2')).body.target).toBe('A sentence');
      const draft = await push(raw, [{ kind: 'segment', articleId: 'a1', id: 's1', base: s1.revision, body: { ...s1.body, target: 'Better sentence', status: 'translated' } }]);
      expect(draft.applied).toHaveLength(1);
      await signIn(raw, 'rahul');
      const now = await segmentRow('a1', 's1');
      expect((await push(raw, [{ kind: 'segment', articleId: 'a1', id: 's1', base: now.revision, body: { ...now.body, status: 'approved' } }])).applied).toHaveLength(1);
      expect((await segmentRow('a1', 's1')).body.status).toBe('approved');
    } finally {
      await raw.end();
    }
  });

  it('lets only a terminologist change an approved rendering or forbidden form; a note is anyone’s', async () => {
    const raw = await desk.raw();
    try {
      const entry = async () => {
        const admin = await openDatabase(desk.cluster.adminUrl);
        try {
          return (await admin.query(`select revision, body from desk.entries where id = 'kyiv'`)).rows[0];
        } finally {
          await admin.end();
        }
      };
      for (const who of ['tina', 'rahul']) {
        await signIn(raw, who);
        const held = await entry();
        const changed = await push(raw, [{ kind: 'entry', id: 'kyiv', base: held.revision, body: { ...held.body, forbidden: [] } }]);
        expect(changed.refused[0].reason).toMatch(/terminologist/);
        const deleted = await push(raw, [{ kind: 'entry', id: 'kyiv', base: held.revision, body: null }]);
        expect(deleted.refused).toHaveLength(1);
      }
      await signIn(raw, 'tina');
      let held = await entry();
      expect((await push(raw, [{ kind: 'entry', id: 'kyiv', base: held.revision, body: { ...held.body, note: 'capital of Ukraine' } }])).applied).toHaveLength(1);
      await signIn(raw, 'tara');
      held = await entry();
      expect((await push(raw, [{ kind: 'entry', id: 'kyiv', base: held.revision, body: { ...held.body, targetAlternates: ['Kyiv city'] } }])).applied).toHaveLength(1);
      expect((await entry()).body).toMatchObject({ forbidden: ['Kiev'], targetAlternates: ['Kyiv city'], note: 'capital of Ukraine' });
    } finally {
      await raw.end();
    }
  });

  it('lets only a lead add users and delete articles; keeps no password, only sha256 of an scrypt key', async () => {
    const raw = await desk.raw();
    try {
      await signIn(raw, 'tina');
      await expect(raw.query(`select desk.put_user('eve', 'lead', '\\x00', 1024, 8, 1, '\\x00')`)).rejects.toEqual(denied('42501'));
      const article = await push(raw, [{ kind: 'article', id: 'a1', base: 1, delete: true }]);
      expect(article.refused[0].reason).toMatch(/lead/);
      await signIn(raw, 'lead');
      await raw.query(`select desk.put_user('eve', 'translator', '\\x00', 1024, 8, 1, '\\x00')`);
    } finally {
      await raw.end();
    }
    const admin = await openDatabase(desk.cluster.adminUrl);
    try {
      const row = (await admin.query(`select * from desk.users where name = 'tina'`)).rows[0];
      expect(JSON.stringify(row)).not.toContain(PASSWORD);
      const key = await deriveKey(PASSWORD, row.salt, { n: row.scrypt_n, r: row.scrypt_r, p: row.scrypt_p });
      const { createHash } = await import('node:crypto');
      expect(Buffer.compare(row.verifier, createHash('sha256').update(key).digest())).toBe(0);
    } finally {
      await admin.end();
    }
  });

  it('keeps the memory and the change log append-only, even for the owner', async () => {
    const admin = await openDatabase(desk.cluster.adminUrl);
    try {
      await expect(admin.query(`update desk.changes set author = 'x'`)).rejects.toThrow(/append-only/);
      await expect(admin.query('delete from desk.changes')).rejects.toThrow(/append-only/);
      await expect(admin.query('truncate desk.tm')).rejects.toThrow(/append-only/);
    } finally {
      await admin.end();
    }
  });
});
