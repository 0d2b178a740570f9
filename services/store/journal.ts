/**
 * All-or-nothing writes of several files in a project folder (issue 13). The intent journal
 * `.anuvad-journal.json` is written and fsynced BEFORE the first file is touched:
 *
 *   1. journal {state: 'staging', files}         — fsync file + folder
 *   2. every new file's content into a staged file beside it (`.<name>.txn-<id>`), fsynced
 *   3. journal {state: 'committing'}               — the point of no return, fsynced
 *   4. rename each staged file over its real name (and unlink deleted ones); fsync the folders
 *   5. unlink the journal                          — the completion mark
 *
 * A failure in 1–2 (ENOSPC, EROFS, …) removes what was staged: nothing changed. On open,
 * `recoverJournal` finishes a 'committing' journal (roll forward: renames are idempotent) and
 * discards a 'staging' one (roll back), and says which it did. Renames need no free space, so a
 * full disk cannot stop step 4.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The journal's name in the project folder. */
export const JOURNAL_FILE = '.anuvad-journal.json';
const STAGED_MARK = '.txn-';

/** One file of a multi-file write: new content, or null to delete it. */
export interface JournaledFile {
  /** Path relative to the project folder ('/'-separated). */
  rel: string;
  content: string | null;
}

interface JournalEntry {
  rel: string;
  /** Staged file (relative) holding the new content; absent for a delete. */
  staged?: string;
  delete?: true;
}

interface Journal {
  schemaVersion: 1;
  id: string;
  label: string;
  startedAt: string;
  state: 'staging' | 'committing';
  files: JournalEntry[];
}

/** What opening found: an operation interrupted by a crash, and what was done with it. */
export interface JournalRecovery {
  label: string;
  startedAt: string;
  /** forward: every file now has the new content; back: every file kept its old content. */
  action: 'rolled-forward' | 'rolled-back';
  files: number;
}

/** Test hook: called before each step so a test can fail or stop the write there. */
export type JournalStepHook = (step: 'journal' | 'stage' | 'commit-mark' | 'rename' | 'done', rel?: string) => Promise<void> | void;

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function stagedName(rel: string, id: string): string {
  const slash = rel.lastIndexOf('/');
  return `${rel.slice(0, slash + 1)}.${rel.slice(slash + 1)}${STAGED_MARK}${id}`;
}

async function writeDurably(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// fsync of a folder makes its renames and new names durable; some file systems refuse it (ignored).
async function syncFolder(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on file systems without directory fsync: nothing more can be done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function writeJournal(dir: string, journal: Journal): Promise<void> {
  const path = join(dir, JOURNAL_FILE);
  await writeDurably(`${path}.tmp`, JSON.stringify(journal, null, 2));
  await rename(`${path}.tmp`, path);
  await syncFolder(dir);
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch((error: unknown) => {
    if (errnoCode(error) !== 'ENOENT') throw error;
  });
}

function foldersOf(dir: string, files: readonly { rel: string }[]): string[] {
  return [...new Set(files.map((file) => dirname(join(dir, file.rel))))];
}

/**
 * Writes `files` all-or-nothing (the folders must exist). Throws the first error; when it comes
 * before the commit mark, nothing changed. `label` names the operation in the journal and in the
 * warning a later open gives if this process dies half-way.
 */
export async function writeFilesJournaled(dir: string, label: string, files: readonly JournaledFile[], now: Date, hook?: JournalStepHook): Promise<void> {
  const id = randomBytes(6).toString('hex');
  const journal: Journal = {
    schemaVersion: 1, id, label, startedAt: now.toISOString(), state: 'staging',
    files: files.map((file) => (file.content === null ? { rel: file.rel, delete: true } : { rel: file.rel, staged: stagedName(file.rel, id) })),
  };
  await hook?.('journal');
  await writeJournal(dir, journal);
  try {
    for (let i = 0; i < files.length; i++) {
      const content = files[i].content;
      const staged = journal.files[i].staged;
      if (content === null || staged === undefined) continue;
      await hook?.('stage', files[i].rel);
      await writeDurably(join(dir, staged), content);
    }
    for (const folder of foldersOf(dir, files)) await syncFolder(folder);
    await hook?.('commit-mark');
    await writeJournal(dir, { ...journal, state: 'committing' });
  } catch (error) {
    // Before the commit mark: take everything back, so the old files stay the truth.
    await rollBack(dir, journal).catch(() => undefined);
    throw error;
  }
  await rollForward(dir, journal, hook);
}

async function rollBack(dir: string, journal: Journal): Promise<void> {
  for (const entry of journal.files) if (entry.staged) await removeQuietly(join(dir, entry.staged));
  await removeQuietly(join(dir, JOURNAL_FILE));
  await removeQuietly(join(dir, `${JOURNAL_FILE}.tmp`));
}

async function rollForward(dir: string, journal: Journal, hook?: JournalStepHook): Promise<void> {
  for (const entry of journal.files) {
    await hook?.('rename', entry.rel);
    if (entry.delete) await removeQuietly(join(dir, entry.rel));
    else if (entry.staged) {
      await rename(join(dir, entry.staged), join(dir, entry.rel)).catch((error: unknown) => {
        // Already renamed by an earlier, interrupted roll-forward.
        if (errnoCode(error) !== 'ENOENT') throw error;
      });
    }
  }
  for (const folder of foldersOf(dir, journal.files)) await syncFolder(folder);
  await hook?.('done');
  await removeQuietly(join(dir, JOURNAL_FILE));
  await syncFolder(dir);
}

function isJournal(value: unknown): value is Journal {
  const journal = value as Journal | null;
  return typeof journal === 'object' && journal !== null && (journal.state === 'staging' || journal.state === 'committing')
    && Array.isArray(journal.files) && journal.files.every((entry) => typeof entry?.rel === 'string' && !entry.rel.split('/').includes('..')
      && (entry.staged === undefined || (typeof entry.staged === 'string' && !entry.staged.split('/').includes('..'))));
}

/** True when the folder holds an unfinished multi-file write. */
export async function hasUnfinishedJournal(dir: string): Promise<boolean> {
  return readFile(join(dir, JOURNAL_FILE)).then(() => true, () => false);
}

/** Finishes or discards an interrupted multi-file write (see the file comment); undefined when there was none. */
export async function recoverJournal(dir: string): Promise<JournalRecovery | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
    await removeQuietly(join(dir, `${JOURNAL_FILE}.tmp`));
    return undefined;
  }
  let journal: unknown;
  try {
    journal = JSON.parse(text);
  } catch {
    journal = undefined;
  }
  if (!isJournal(journal)) {
    // Written by tmp + rename, so a damaged journal is not ours to trust: no real file was touched
    // through it (the commit mark is a later, whole journal), so removing staged debris is safe.
    await removeStagedDebris(dir);
    await removeQuietly(join(dir, JOURNAL_FILE));
    return { label: 'unknown operation', startedAt: '', action: 'rolled-back', files: 0 };
  }
  const recovery: JournalRecovery = { label: String(journal.label), startedAt: String(journal.startedAt), action: journal.state === 'committing' ? 'rolled-forward' : 'rolled-back', files: journal.files.length };
  if (journal.state === 'committing') await rollForward(dir, journal);
  else await rollBack(dir, journal);
  return recovery;
}

/** Removes staged files no journal refers to (a crash between rollback steps). */
export async function removeStagedDebris(dir: string, folders: readonly string[] = ['', 'articles', 'docs']): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names) if (name.startsWith('.') && name.includes(STAGED_MARK)) await removeQuietly(join(dir, folder, name));
  }
}
