/**
 * The embedded default project: on first start (app or CLI without --project) the five sample pages
 * in articles/samples/ and glossary/default-glossary.json become a project in the user's data
 * folder, so the workbench opens on real articles with no set-up.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePage, importPage } from '../articles/index.ts';
import { GLOSSARY_SCHEMA_VERSION, type Glossary, type GlossaryEntry } from '../glossary/model.ts';
import { seedSampleAlignments } from './seed-sample-alignments.ts';
import { openLowdbProject } from './store/lowdb-store.ts';
import type { ProjectStore } from './store/project-store.ts';

/** The repository (or packaged app) root, where articles/samples and glossary/ live. */
export const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const APP_FOLDER = 'anuvad-workbench';
export const DEFAULT_PROJECT_FOLDER = 'default-project';

/** Where the app keeps user data: $ANUVAD_HOME, else the platform's per-user data folder. */
export function userDataDir(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.ANUVAD_HOME) return resolve(env.ANUVAD_HOME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_FOLDER);
}

/** What a seeding step gets: the store being built, where the samples live, and the clock. */
export interface SeedContext {
  store: ProjectStore;
  appRoot: string;
  now: () => Date;
}

/** Imports every articles/samples/*.txt page through the article importer. */
export async function seedSampleArticles({ store, appRoot, now }: SeedContext): Promise<void> {
  const samples = join(appRoot, 'articles', 'samples');
  const names = (await readdir(samples)).filter((name) => name.endsWith('.txt')).sort();
  for (const fileName of names) {
    const text = decodePage(new Uint8Array(await readFile(join(samples, fileName))), fileName);
    await store.saveArticle(importPage({ fileName, text }, { now: () => now().toISOString() }));
  }
}

/** Copies glossary/default-glossary.json (a Glossary or a bare list of entries) into the project. */
export async function seedDefaultGlossary({ store, appRoot }: SeedContext): Promise<void> {
  const file = join(appRoot, 'glossary', 'default-glossary.json');
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Glossary | GlossaryEntry[];
  const entries = Array.isArray(parsed) ? parsed : parsed.entries;
  await store.saveGlossary({ schemaVersion: GLOSSARY_SCHEMA_VERSION, entries });
}

// The steps that fill a new default project, in order. Sample English translations of seed
// articles (articles/samples/translations/*.en.txt, helper E's alignment samples) are seeded by
// adding their step here.
const SEED_STEPS: ((context: SeedContext) => Promise<void>)[] = [seedSampleArticles, seedDefaultGlossary, seedSampleAlignments];

/** Options for ensureDefaultProject. */
export interface DefaultProjectOptions {
  env?: Record<string, string | undefined>;
  now?: () => Date;
  appRoot?: string;
}

/** Returns the default project's folder, creating it from the samples on first use (idempotent). */
export async function ensureDefaultProject(options: DefaultProjectOptions = {}): Promise<string> {
  const now = options.now ?? (() => new Date());
  const appRoot = options.appRoot ?? APP_ROOT;
  const base = userDataDir(options.env ?? process.env);
  const target = join(base, DEFAULT_PROJECT_FOLDER);
  if (await stat(join(target, 'project.json')).then(() => true, () => false)) return target;
  if (await stat(target).then(() => true, () => false)) {
    // The folder exists without project.json (e.g. damaged): leave it to the store's recovery.
    return target;
  }
  await mkdir(base, { recursive: true });
  // Build beside the target and rename into place, so a crash or a second first-start never
  // leaves a half-filled default project.
  const building = join(base, `.${DEFAULT_PROJECT_FOLDER}.building-${process.pid}-${Date.now()}`);
  try {
    // The project is named after where it ends up, not after the temporary folder it is built in.
    const store = await openLowdbProject(building, { create: true, now, name: DEFAULT_PROJECT_FOLDER });
    try {
      for (const step of SEED_STEPS) await step({ store, appRoot, now });
    } finally {
      await store.close();
    }
    await rename(building, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished first: theirs wins, ours is discarded.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return target;
}
