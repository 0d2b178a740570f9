/** The help of the `anuvad desk …` commands (help.ts lists them after the project commands). */
import type { CommandHelp } from './help.ts';

export const DESK_HELP: readonly CommandHelp[] = [
  {
    name: 'desk init',
    summary: 'create or migrate the desk schema in a PostgreSQL database',
    usage: `Usage: anuvad desk init --database URL [--client-role NAME] [--json]

Creates the desk schema (or migrates it to this version) in the database, as the account in URL,
which becomes the desk's owner. Creates the login role that desktop clients connect as (default
anuvad_desk_client) if missing; it may only call the desk's functions.

  --json   print { from, to, applied, clientRole }`,
  },
  {
    name: 'desk user',
    summary: 'desk user add NAME --role ROLE: add a desk user (or change one)',
    usage: `Usage: anuvad desk user add NAME --role translator|reviewer|terminologist|lead --database URL [--as LEAD] [--password-file FILE] [--json]

Adds a desk user or sets an existing one's role and password. The new password comes from
--password-file or ANUVAD_DESK_NEW_PASSWORD; it is kept only as sha256 of an scrypt key.
Run as the database owner (URL of the account that ran desk init), or --as a desk lead
(signing in with ANUVAD_DESK_PASSWORD).`,
  },
  {
    name: 'desk publish',
    summary: 'upload a local project to a desk and make it a working copy',
    usage: `Usage: anuvad desk publish DIR --database URL [--user NAME] [--json]

Attaches the project DIR to the desk and uploads its articles, glossary, review state and
memories (one sync). Things already on the desk under the same id are conflicts, listed.
Signs in as --user (or ANUVAD_DESK_USER) with ANUVAD_DESK_PASSWORD. Exit 1 when conflicts remain.

  --json   print { pushed, pulled, conflicts, refused, seq }`,
  },
  {
    name: 'desk clone',
    summary: 'make a local working copy of a desk',
    usage: `Usage: anuvad desk clone --database URL DIR [--user NAME] [--json]

Copies the desk into the new folder DIR (one consistent snapshot) and remembers the desk and user
(never the password). Work there offline; anuvad desk sync DIR exchanges changes.

  --json   print { articles, entries, memoryUnits, seq }`,
  },
  {
    name: 'desk sync',
    summary: 'push local changes to the desk and pull the desk’s; list conflicts',
    usage: `Usage: anuvad desk sync DIR [--json]

Sends what changed in the working copy DIR since the last sync, then applies what changed on the
desk, in one local commit. Two changes to one segment or glossary entry are a conflict: both
versions are printed, the local one stays, nothing is merged. The memory never conflicts.
Signs in as the copy's user with ANUVAD_DESK_PASSWORD. Exit 1 when conflicts or refusals remain.

  --json   print { pushed, pulled, conflicts: [{ kind, id, articleId?, baseRevision,
           currentRevision, mine, theirs }], refused: [{ kind, id, reason }], seq }`,
  },
  {
    name: 'desk resolve',
    summary: 'choose a version for one conflict (keep mine or take theirs)',
    usage: `Usage: anuvad desk resolve DIR ID --keep mine|theirs [--json]

ID is the segment, glossary entry or document of a conflict listed by anuvad desk sync.
mine: the next sync sends your version over the desk's; theirs: the desk's version replaces yours now.`,
  },
];
