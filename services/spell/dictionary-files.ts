/**
 * Where the Hunspell dictionaries are on disk: `node_modules/dictionary-en(-gb)` in a checkout,
 * `dictionaries/<variant>/` inside the packaged app (package.json build.files copies them there,
 * since the app ships no node_modules). The packages themselves are not imported: their index.js
 * reads the files with a top-level await, which the CommonJS Electron bundle cannot hold.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SpellingVariant } from '../contract.ts';

export type { SpellingVariant };

/** The house style of a project that has not chosen one: Indian English news follows British spelling. */
export const DEFAULT_SPELLING_VARIANT: SpellingVariant = 'en-GB';

const PACKAGE: Record<SpellingVariant, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** The affix and word files of a variant. */
export interface DictionaryFiles {
  aff: Buffer;
  dic: Buffer;
}

/** The folder holding index.aff and index.dic of a variant, searched upwards from this module (or the bundle). */
export function dictionaryFolder(variant: SpellingVariant, from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'dictionaries', variant), path.join(dir, 'node_modules', PACKAGE[variant])]) {
      if (existsSync(path.join(candidate, 'index.aff'))) return candidate;
    }
    if (path.dirname(dir) === dir) throw new Error(`The ${variant} spelling dictionary (${PACKAGE[variant]}) was not found above ${from}`);
  }
}

/** Reads a variant's dictionary files. */
export async function readDictionary(variant: SpellingVariant): Promise<DictionaryFiles> {
  const folder = dictionaryFolder(variant);
  const [aff, dic] = await Promise.all([readFile(path.join(folder, 'index.aff')), readFile(path.join(folder, 'index.dic'))]);
  return { aff, dic };
}
