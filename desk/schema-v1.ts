/**
 * Version 1 of the desk schema (PostgreSQL 15), as SQL run by desk/migrations.ts. Clients connect
 * as the client role, which holds no table privilege at all: every read and write goes through the
 * SECURITY DEFINER functions below, and those check the signed-in desk user's role. A client that
 * bypasses the UI (psql, raw pg) therefore meets the same rules as the app.
 *
 * Rules, one home each:
 * - Sign-in (`desk.login`): the client derives scrypt(password, salt) (server relief: the slow part
 *   runs on the client); the server keeps only sha256 of that key, so a leaked table is still an
 *   scrypt brute force. The session token lives in the connection's `desk.session` setting, its
 *   sha256 in desk.sessions.
 * - Revisions: a write names the revision it was based on; another one is a conflict returned with
 *   both versions, never applied (`UPDATE … WHERE revision = base`).
 * - Roles: reviewer (or lead) to set reviewed/approved or to touch an approved segment;
 *   terminologist (or lead) to create, change or delete an approved glossary entry (its note aside);
 *   lead to delete articles and add users.
 * - The change log (desk.changes) and the translation memory (desk.tm) are append-only (triggers);
 *   sequence numbers come from one counter row locked until commit, so commit order = seq order and
 *   a client reading "everything after N" never skips a late commit.
 */
export const SCHEMA_V1 = String.raw`
create schema desk;

create table desk.counter (one boolean primary key default true check (one), seq bigint not null);
insert into desk.counter values (true, 0);

create table desk.users (
  name text primary key check (name ~ '^[A-Za-z0-9_.@-]{1,64}$'),
  role text not null check (role in ('translator', 'reviewer', 'terminologist', 'lead')),
  salt bytea not null, scrypt_n int not null, scrypt_r int not null, scrypt_p int not null,
  verifier bytea not null,
  created_at timestamptz not null default now()
);
create table desk.sessions (token_hash bytea primary key, user_name text not null references desk.users(name) on delete cascade, expires_at timestamptz not null);

create table desk.articles (
  id text primary key, ordinal bigint not null, revision int not null, meta jsonb not null,
  segment_ids text[] not null, deleted boolean not null default false
);
create index articles_ordinal on desk.articles (ordinal);
create table desk.segments (
  article_id text not null references desk.articles(id), id text not null, revision int not null,
  body jsonb not null, primary key (article_id, id)
);
create table desk.entries (id text primary key, revision int not null, body jsonb, deleted boolean not null default false);
create table desk.docs (name text primary key, revision int not null, body jsonb);
create table desk.tm (
  seq bigint primary key, memory text not null, source text not null, target text not null,
  author text not null, at timestamptz not null default now(), unit_key text not null unique
);
create table desk.changes (
  seq bigint primary key, kind text not null, id text not null, article_id text, revision int,
  author text not null, at timestamptz not null default now(), body jsonb
);
create table desk.presence (user_name text primary key, article_id text, seen_at timestamptz not null);

create function desk.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end $$;
create trigger tm_append_only before update or delete on desk.tm for each row execute function desk.refuse_change();
create trigger changes_append_only before update or delete on desk.changes for each row execute function desk.refuse_change();
create trigger tm_no_truncate before truncate on desk.tm for each statement execute function desk.refuse_change();
create trigger changes_no_truncate before truncate on desk.changes for each statement execute function desk.refuse_change();

-- The signed-in desk user of this connection, or an error.
create function desk.me(out name text, out role text) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  select u.name, u.role into name, role from desk.sessions s join desk.users u on u.name = s.user_name
   where s.token_hash = sha256(convert_to(coalesce(current_setting('desk.session', true), ''), 'UTF8')) and s.expires_at > now();
  if name is null then raise exception 'not signed in to the desk' using errcode = '28000'; end if;
end $$;

create function desk.owner_session() returns boolean language sql stable security definer set search_path = pg_catalog as $$
  select session_user::text = (select nspowner::regrole::text from pg_namespace where nspname = 'desk')
$$;

-- Salt and scrypt cost for a name; a made-up salt for unknown names, so sign-in does not reveal who exists.
create function desk.login_params(p_name text, out salt bytea, out n int, out r int, out p int) language plpgsql stable security definer set search_path = pg_catalog as $$
begin
  select u.salt, u.scrypt_n, u.scrypt_r, u.scrypt_p into salt, n, r, p from desk.users u where u.name = p_name;
  if salt is null then salt := substring(sha256(convert_to('anuvad-desk:' || p_name, 'UTF8')) from 1 for 16); n := 16384; r := 8; p := 1; end if;
end $$;

create function desk.login(p_name text, p_key bytea) returns text language plpgsql volatile security definer set search_path = pg_catalog as $$
declare
  found_role text;
  token text;
begin
  select u.role into found_role from desk.users u where u.name = p_name and u.verifier = sha256(p_key);
  if found_role is null then raise exception 'unknown desk user or wrong password' using errcode = '28P01'; end if;
  delete from desk.sessions where expires_at < now();
  token := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
  insert into desk.sessions values (sha256(convert_to(token, 'UTF8')), p_name, now() + interval '7 days');
  perform set_config('desk.session', token, false);
  return found_role;
end $$;

-- Adds or updates a desk user: a lead, or the owner of the schema (the account that ran desk init).
create function desk.put_user(p_name text, p_role text, p_salt bytea, p_n int, p_r int, p_p int, p_verifier bytea) returns void
language plpgsql volatile security definer set search_path = pg_catalog as $$
begin
  if not desk.owner_session() and (desk.me()).role <> 'lead' then
    raise exception 'only a desk lead adds users' using errcode = '42501';
  end if;
  insert into desk.users (name, role, salt, scrypt_n, scrypt_r, scrypt_p, verifier) values (p_name, p_role, p_salt, p_n, p_r, p_p, p_verifier)
  on conflict (name) do update set role = excluded.role, salt = excluded.salt, scrypt_n = excluded.scrypt_n, scrypt_r = excluded.scrypt_r, scrypt_p = excluded.scrypt_p, verifier = excluded.verifier;
  delete from desk.sessions where user_name = p_name;
end $$;

create function desk.segment_refusal(p_role text, old_body jsonb, new_body jsonb) returns text language plpgsql immutable set search_path = pg_catalog as $$
begin
  if p_role in ('reviewer', 'lead') then return null; end if;
  if coalesce(old_body->>'status', '') = 'approved' then return 'only a reviewer changes an approved segment'; end if;
  if new_body->>'status' in ('reviewed', 'approved') and coalesce(old_body->>'status', '') is distinct from new_body->>'status' then
    return 'only a reviewer sets a segment ' || (new_body->>'status');
  end if;
  return null;
end $$;

create function desk.entry_refusal(p_role text, old_body jsonb, new_body jsonb) returns text language plpgsql immutable set search_path = pg_catalog as $$
declare
  keep_out text[] := array['note', 'updatedAt', 'author', 'revision'];
begin
  if p_role in ('terminologist', 'lead') then return null; end if;
  if coalesce(old_body->>'status', '') <> 'approved' and coalesce(new_body->>'status', '') <> 'approved' then return null; end if;
  if old_body is not null and new_body is not null and (old_body - keep_out) = (new_body - keep_out) then return null; end if;
  return 'only a terminologist changes an approved glossary entry';
end $$;
`;
