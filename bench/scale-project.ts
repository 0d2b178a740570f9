/**
 * A generated desk archive for the scale benchmark: N articles of Hindi sentences taken from the
 * sample pages (shuffled, some words swapped, so the memory sees near-repeats as a desk does), with
 * statuses spread like a working archive, and a glossary of the default entries plus generated
 * Devanagari terms up to M entries. Written straight into a lowdb project folder (the store's own
 * file shapes), because importing 10,000 pages one by one would measure the importer instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Segment, SegmentStatus } from '../articles/model.ts';
import type { Glossary, GlossaryEntry } from '../glossary/model.ts';
import { seededRandom } from './bench-stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Sizes of the generated project. */
export interface ScaleSizes {
  articles: number;
  /** Segments per article, title included. */
  segmentsPerArticle: number;
  glossaryEntries: number;
}

/** The full size the issue asks for: 10,000 articles (190,000 segments), 50,000 entries. */
export const FULL_SIZES: ScaleSizes = { articles: 10_000, segmentsPerArticle: 19, glossaryEntries: 50_000 };

/** Hindi sentences of the sample pages (four words or more). */
export function sampleSentences(): string[] {
  const dir = path.join(repoRoot, 'articles/samples');
  return fs.readdirSync(dir).filter((file) => file.endsWith('.txt'))
    .flatMap((file) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n'))
    .flatMap((line) => line.split(/(?<=[।?!])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\u0900-\u097F]/.test(sentence) && sentence.split(/\s+/).length >= 4);
}

const OUTLETS = ['Dainik Bhaskar', 'Amar Ujala', 'Navbharat Times', 'Jagran', 'Live Hindustan', 'NDTV India', 'Aaj Tak', 'ABP News'];
// Status mix of a working archive: most old work confirmed, recent work open.
const STATUS_WEIGHTS: [SegmentStatus, number][] = [['untranslated', 0.35], ['draft', 0.1], ['translated', 0.35], ['reviewed', 0.1], ['approved', 0.1]];

function pickStatus(random: () => number): SegmentStatus {
  let roll = random();
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'approved';
}

/** Generates the articles (deterministic for a seed). */
export function generateArticles(sizes: ScaleSizes, seed = 11): Article[] {
  const random = seededRandom(seed);
  const sentences = sampleSentences();
  const vocabulary = sentences.flatMap((sentence) => sentence.split(/\s+/));
  const sentence = () => sentences[Math.floor(random() * sentences.length)].split(/\s+/)
    .map((word) => (random() < 0.4 ? vocabulary[Math.floor(random() * vocabulary.length)] : word)).join(' ');
  const articles: Article[] = [];
  for (let a = 0; a < sizes.articles; a++) {
    const id = `scale_${String(a).padStart(6, '0')}`;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const importedAt = `${day}T08:00:00.000Z`;
    const segments: Segment[] = [];
    for (let s = 0; s < sizes.segmentsPerArticle; s++) {
      const status = pickStatus(random);
      const source = sentence();
      const target = status === 'untranslated' ? '' : `English sentence ${a}.${s} about the news of the day.`;
      segments.push({
        id: `${id}-s${s}`, kind: s === 0 ? 'title' : 'body', paragraph: s === 0 ? 0 : 1 + Math.floor((s - 1) / 3), line: s + 1,
        source, target, status, ...(status === 'untranslated' ? {} : { origin: 'manual' as const, updatedAt: `${day}T09:00:00.000Z` }),
      });
    }
    articles.push({
      schemaVersion: 1, id, file: `${id}.txt`, title: segments[0].source, date: day, outlet: OUTLETS[a % OUTLETS.length],
      segments, removed: [], metadata: [{ line: 1, text: segments[0].source, field: 'title' }], importedAt,
    });
  }
  return articles;
}

const CONSONANTS = [...'कखगघचछजझटठडढतथदधनपफबभमयरलवशसह'];
const VOWEL_SIGNS = ['', 'ा', 'ि', 'ी', 'ु', 'ू', 'े', 'ै', 'ो', 'ौ'];
const LATIN = ['ka', 'kha', 'ga', 'gha', 'cha', 'chha', 'ja', 'jha', 'ta', 'tha', 'da', 'dha', 'ta', 'tha', 'da', 'dha', 'na', 'pa', 'pha', 'ba', 'bha', 'ma', 'ya', 'ra', 'la', 'va', 'sha', 'sa', 'ha'];

/** A unique pronounceable Devanagari term for `n` and a Latin rendering of it. */
function syntheticTerm(n: number): { source: string; target: string } {
  const syllables: string[] = [];
  const latin: string[] = [];
  let rest = n;
  // Three syllables or more (≥ 290³ terms): base-290 digits, each a consonant + vowel sign.
  for (let i = 0; i < 3 || rest > 0; i++) {
    const digit = rest % (CONSONANTS.length * VOWEL_SIGNS.length);
    rest = Math.floor(rest / (CONSONANTS.length * VOWEL_SIGNS.length));
    const consonant = digit % CONSONANTS.length;
    syllables.push(CONSONANTS[consonant] + VOWEL_SIGNS[Math.floor(digit / CONSONANTS.length)]);
    latin.push(LATIN[consonant]);
  }
  const word = latin.join('');
  return { source: syllables.join(''), target: word[0].toUpperCase() + word.slice(1) + ` ${n}` };
}

/** The default glossary plus generated terms up to `entries`. */
export function generateGlossary(entries: number): Glossary {
  const base = JSON.parse(fs.readFileSync(path.join(repoRoot, 'glossary/default-glossary.json'), 'utf8')) as Glossary;
  const out: GlossaryEntry[] = base.entries.slice(0, entries);
  for (let n = 0; out.length < entries; n++) {
    const { source, target } = syntheticTerm(n);
    out.push({
      id: `gen-${n}`, source, sourceVariants: [], target, targetAlternates: [], forbidden: [], type: n % 3 === 0 ? 'person' : n % 3 === 1 ? 'place' : 'organization',
      caseSensitive: false, matchMode: 'exact', note: '', status: 'approved', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', author: 'bench',
    });
  }
  return { schemaVersion: base.schemaVersion, entries: out };
}

/** Writes a generated project into `dir` (project.json, glossary.json, settings.json, articles/). */
export function writeScaleProject(dir: string, sizes: ScaleSizes): { articles: number; segments: number; entries: number } {
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const articles = generateArticles(sizes);
  for (const article of articles) fs.writeFileSync(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify(article));
  const glossary = generateGlossary(sizes.glossaryEntries);
  fs.writeFileSync(path.join(dir, 'glossary.json'), JSON.stringify(glossary));
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, uiLanguage: 'en' }));
  fs.writeFileSync(path.join(dir, 'project.json'), JSON.stringify({ schemaVersion: 1, name: 'scale', createdAt: '2026-01-01T00:00:00.000Z', articleIds: articles.map((article) => article.id) }));
  return { articles: articles.length, segments: articles.length * sizes.segmentsPerArticle, entries: glossary.entries.length };
}
