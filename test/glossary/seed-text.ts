/** The five seed pages and the default glossary, read from the repository for glossary tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Glossary } from '../../glossary/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const samplesDir = path.join(repoRoot, 'articles/samples');

/** File names of the seed pages, sorted. */
export const seedNames: string[] = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();

/** Text of seed page `prefix` ("000" … "004"), as read from disk. */
export function seed(prefix: string): string {
  const name = seedNames.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(samplesDir, name), 'utf8');
}

/** The sentence (between dandas or line ends) of seed `prefix` that contains `needle`. */
export function seedSentence(prefix: string, needle: string): string {
  const text = seed(prefix);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in seed ${prefix}`);
  const before = Math.max(text.lastIndexOf('।', at), text.lastIndexOf('\n', at)) + 1;
  const afterDanda = text.indexOf('।', at + needle.length);
  const afterLine = text.indexOf('\n', at + needle.length);
  const ends = [afterDanda >= 0 ? afterDanda + 1 : text.length, afterLine >= 0 ? afterLine : text.length];
  return text.slice(before, Math.min(...ends)).trim();
}

/** glossary/default-glossary.json, parsed. */
export function defaultGlossary(): Glossary {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'glossary/default-glossary.json'), 'utf8')) as Glossary;
}
