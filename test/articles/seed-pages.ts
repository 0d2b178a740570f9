import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Directory of the five seed pages shipped with the app (byte copies of the shared seeds). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../articles/samples/', import.meta.url));
/** Directory of the extra outlet-style pages written for tests. */
export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** A seed page: its file name, raw bytes and text. */
export interface SeedPage {
  fileName: string;
  bytes: Uint8Array;
  text: string;
}

/** Reads every `.txt` page of a directory, sorted by name. */
export function readPages(dir: string): SeedPage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => {
      const bytes = new Uint8Array(readFileSync(dir + fileName));
      return { fileName, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    });
}

/** The seed page whose file name starts with `prefix` ('000' … '004'). */
export function seed(prefix: string): SeedPage {
  const page = readPages(SAMPLES_DIR).find((candidate) => candidate.fileName.startsWith(prefix));
  if (!page) throw new Error(`no seed page ${prefix}`);
  return page;
}
