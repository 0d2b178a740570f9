/**
 * Version 1 of the desk schema, second half: the functions a client may call (push, pull, clone
 * snapshots, presence) and the grants. See desk/schema-v1.ts for the rules they enforce.
 */
export const SCHEMA_V1_API = String.raw`
-- One push: a JSON list of changes applied in one transaction. Each change is applied, or returned
-- as a conflict (stale base, with the current version) or a refusal (role); nothing is merged.
create function desk.push(p_changes jsonb) returns jsonb language plpgsql volatile security definer set search_path = pg_catalog as $$
declare
  who record;
  change jsonb;
  kind text;
  base int;
  cur record;
  seq bigint;
  last_seq bigint := 0;
  -- Arrays, not jsonb: appending to a PL/pgSQL array is amortised O(1), to a jsonb value O(n).
  applied jsonb[] := '{}';
  conflicts jsonb[] := '{}';
  refused jsonb[] := '{}';
  reason text;
  seg jsonb;
  new_rev int;
  pos bigint;
begin
  who := desk.me();
  -- Lock the counter first: pushes run one after another, so no two can deadlock on rows.
  -- Numbers are taken from the locked row and written back once at the end.
  select c.seq into last_seq from desk.counter c for update;
  for change in select value from jsonb_array_elements(p_changes) loop
    kind := change->>'kind';
    base := coalesce((change->>'base')::int, 0);
    if kind = 'segment' then
      select s.revision, s.body into cur from desk.segments s join desk.articles a on a.id = s.article_id
        where s.article_id = change->>'articleId' and s.id = change->>'id' and not a.deleted for update of s;
      if not found then
        conflicts := array_append(conflicts, jsonb_build_object('kind', 'segment', 'id', change->>'id', 'articleId', change->>'articleId', 'baseRevision', base, 'currentRevision', 0, 'theirs', null));
        continue;
      end if;
      if cur.revision <> base then
        conflicts := array_append(conflicts, jsonb_build_object('kind', 'segment', 'id', change->>'id', 'articleId', change->>'articleId', 'baseRevision', base, 'currentRevision', cur.revision, 'theirs', cur.body));
        continue;
      end if;
      reason := desk.segment_refusal(who.role, cur.body, change->'body');
      if reason is not null then
        refused := array_append(refused, jsonb_build_object('kind', 'segment', 'id', change->>'id', 'articleId', change->>'articleId', 'reason', reason));
        continue;
      end if;
      update desk.segments set revision = revision + 1, body = change->'body' where article_id = change->>'articleId' and id = change->>'id' returning revision into new_rev;
      last_seq := last_seq + 1; seq := last_seq;
      insert into desk.changes values (seq, 'segment', change->>'id', change->>'articleId', new_rev, who.name, now(), change->'body');
      applied := array_append(applied, jsonb_build_object('kind', 'segment', 'id', change->>'id', 'articleId', change->>'articleId', 'revision', new_rev));
    elsif kind = 'article' then
      select a.revision, a.deleted, jsonb_build_object('meta', a.meta, 'segmentIds', to_jsonb(a.segment_ids)) as body into cur from desk.articles a where a.id = change->>'id' for update;
      if (found and not cur.deleted and cur.revision <> base) or (found and cur.deleted and base <> 0 and cur.revision <> base) or (not found and base <> 0) then
        conflicts := array_append(conflicts, jsonb_build_object('kind', 'article', 'id', change->>'id', 'baseRevision', base, 'currentRevision', coalesce(cur.revision, 0), 'theirs', case when found and not cur.deleted then cur.body end));
        continue;
      end if;
      if coalesce((change->>'delete')::boolean, false) then
        if who.role <> 'lead' then
          refused := array_append(refused, jsonb_build_object('kind', 'article', 'id', change->>'id', 'reason', 'only a desk lead deletes an article'));
          continue;
        end if;
        update desk.articles set deleted = true, revision = revision + 1 where id = change->>'id' returning revision into new_rev;
        last_seq := last_seq + 1; seq := last_seq;
        insert into desk.changes values (seq, 'article', change->>'id', null, new_rev, who.name, now(), null);
        applied := array_append(applied, jsonb_build_object('kind', 'article', 'id', change->>'id', 'revision', new_rev));
        continue;
      end if;
      if found then
        update desk.articles set revision = revision + 1, deleted = false, meta = change->'meta', segment_ids = array(select jsonb_array_elements_text(change->'segmentIds'))
          where id = change->>'id' returning revision into new_rev;
      else
        select coalesce(max(ordinal), 0) + 1 into pos from desk.articles;
        insert into desk.articles values (change->>'id', pos, 1, change->'meta', array(select jsonb_array_elements_text(change->'segmentIds')), false);
        new_rev := 1;
      end if;
      last_seq := last_seq + 1; seq := last_seq;
      insert into desk.changes values (seq, 'article', change->>'id', null, new_rev, who.name, now(), jsonb_build_object('meta', change->'meta', 'segmentIds', change->'segmentIds'));
      applied := array_append(applied, jsonb_build_object('kind', 'article', 'id', change->>'id', 'revision', new_rev));
      -- Segments new to the article arrive with it (revision 1); existing ones keep theirs.
      for seg in select value from jsonb_array_elements(coalesce(change->'segments', '[]')) loop
        reason := desk.segment_refusal(who.role, null, seg->'body');
        if reason is not null then
          seg := jsonb_set(seg, '{body,status}', to_jsonb(case when coalesce(seg->'body'->>'target', '') = '' then 'untranslated' else 'translated' end));
          refused := array_append(refused, jsonb_build_object('kind', 'segment', 'id', seg->>'id', 'articleId', change->>'id', 'reason', reason));
        end if;
        insert into desk.segments values (change->>'id', seg->>'id', 1, seg->'body') on conflict do nothing;
        if found then
          last_seq := last_seq + 1; seq := last_seq;
          insert into desk.changes values (seq, 'segment', seg->>'id', change->>'id', 1, who.name, now(), seg->'body');
          applied := array_append(applied, jsonb_build_object('kind', 'segment', 'id', seg->>'id', 'articleId', change->>'id', 'revision', 1));
        end if;
      end loop;
    elsif kind = 'entry' or kind = 'doc' then
      if kind = 'entry' then
        select e.revision, e.body into cur from desk.entries e where e.id = change->>'id' for update;
      else
        select d.revision, d.body into cur from desk.docs d where d.name = change->>'id' for update;
      end if;
      if coalesce(cur.revision, 0) <> base then
        conflicts := array_append(conflicts, jsonb_build_object('kind', case when kind = 'entry' then 'glossary-entry' else 'doc' end, 'id', change->>'id', 'baseRevision', base, 'currentRevision', coalesce(cur.revision, 0), 'theirs', cur.body));
        continue;
      end if;
      if kind = 'entry' then
        reason := desk.entry_refusal(who.role, cur.body, case when jsonb_typeof(change->'body') = 'object' then change->'body' end);
        if reason is not null then
          refused := array_append(refused, jsonb_build_object('kind', 'glossary-entry', 'id', change->>'id', 'reason', reason));
          continue;
        end if;
        insert into desk.entries values (change->>'id', coalesce(cur.revision, 0) + 1, nullif(change->'body', 'null'), jsonb_typeof(change->'body') is distinct from 'object')
          on conflict (id) do update set revision = excluded.revision, body = excluded.body, deleted = excluded.deleted;
      else
        insert into desk.docs values (change->>'id', coalesce(cur.revision, 0) + 1, nullif(change->'body', 'null'))
          on conflict (name) do update set revision = excluded.revision, body = excluded.body;
      end if;
      new_rev := coalesce(cur.revision, 0) + 1;
      last_seq := last_seq + 1; seq := last_seq;
      insert into desk.changes values (seq, kind, change->>'id', null, new_rev, who.name, now(), nullif(change->'body', 'null'));
      applied := array_append(applied, jsonb_build_object('kind', case when kind = 'entry' then 'glossary-entry' else 'doc' end, 'id', change->>'id', 'revision', new_rev));
    elsif kind = 'tm' then
      -- The memory only grows: a unit already present (same key) is simply there; never a conflict.
      perform 1 from desk.tm where unit_key = change->>'key';
      if not found then
        last_seq := last_seq + 1; seq := last_seq;
        insert into desk.tm values (seq, change->>'memory', change->>'source', change->>'target', who.name, now(), change->>'key');
        insert into desk.changes values (seq, 'tm', change->>'key', null, null, who.name, now(),
          jsonb_build_object('memory', change->>'memory', 'source', change->>'source', 'target', change->>'target'));
      end if;
    else
      raise exception 'unknown change kind %', kind using errcode = '22023';
    end if;
  end loop;
  update desk.counter set seq = last_seq;
  if cardinality(applied) > 0 then perform pg_notify('desk_changes', last_seq::text); end if;
  return jsonb_build_object('applied', to_jsonb(applied), 'conflicts', to_jsonb(conflicts), 'refused', to_jsonb(refused), 'seq', last_seq);
end $$;

create function desk.head() returns bigint language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return (select seq from desk.counter);
end $$;

-- The change log after 'since', oldest first, at most p_limit rows.
create function desk.pull(p_since bigint, p_limit int) returns table (seq bigint, kind text, id text, article_id text, revision int, author text, body jsonb)
language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select c.seq, c.kind, c.id, c.article_id, c.revision, c.author, c.body from desk.changes c where c.seq > p_since order by c.seq limit p_limit;
end $$;

-- Clone: live articles in display order after position p_after, with their segments.
create function desk.snapshot_articles(p_after bigint, p_limit int) returns table (ordinal bigint, id text, revision int, meta jsonb, segments jsonb)
language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select a.ordinal, a.id, a.revision, a.meta,
    (select coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'revision', s.revision, 'body', s.body) order by o.n), '[]') from unnest(a.segment_ids) with ordinality o(sid, n)
       join desk.segments s on s.article_id = a.id and s.id = o.sid)
    from desk.articles a where not a.deleted and a.ordinal > p_after order by a.ordinal limit p_limit;
end $$;

create function desk.snapshot_entries() returns table (id text, revision int, body jsonb) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select e.id, e.revision, e.body from desk.entries e where not e.deleted order by e.id;
end $$;

create function desk.snapshot_docs() returns table (name text, revision int, body jsonb) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select d.name, d.revision, d.body from desk.docs d where d.body is not null order by d.name;
end $$;

create function desk.snapshot_tm() returns table (seq bigint, memory text, source text, target text) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select t.seq, t.memory, t.source, t.target from desk.tm t order by t.seq;
end $$;

-- Presence: which article this user has open (null = none); others see it for 90 s after the last call.
create function desk.set_presence(p_article text) returns void language plpgsql volatile security definer set search_path = pg_catalog as $$
declare who record;
begin
  who := desk.me();
  insert into desk.presence values (who.name, p_article, now()) on conflict (user_name) do update set article_id = excluded.article_id, seen_at = excluded.seen_at;
  perform pg_notify('desk_presence', who.name);
end $$;

create function desk.presence() returns table (user_name text, role text, article_id text, seen_at timestamptz) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  perform desk.me();
  return query select p.user_name, u.role, p.article_id, p.seen_at from desk.presence p join desk.users u on u.name = p.user_name
    where p.seen_at > now() - interval '90 seconds' and p.article_id is not null order by p.user_name;
end $$;

revoke all on all tables in schema desk from public;
revoke execute on all functions in schema desk from public;
`;

/** Functions the client role may execute (everything else in the schema is the owner's). */
export const CLIENT_FUNCTIONS = [
  'desk.me()', 'desk.login_params(text)', 'desk.login(text, bytea)', 'desk.put_user(text, text, bytea, int, int, int, bytea)',
  'desk.push(jsonb)', 'desk.head()', 'desk.pull(bigint, int)', 'desk.snapshot_articles(bigint, int)', 'desk.snapshot_entries()',
  'desk.snapshot_docs()', 'desk.snapshot_tm()', 'desk.set_presence(text)', 'desk.presence()',
];
