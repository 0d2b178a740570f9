// Loads the Hindi–English alignment dev set (../shared/align-dev) and scores alignments with the TS scorer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignDocument, type AlignOptions, type Alignment } from '../articles/align/align-document.ts';
import { matchPair, prepareEnglish, prepareHindi } from '../articles/align/anchors.ts';
import { trainLexicon } from '../articles/align/lexicon.ts';
import { tokenCategory } from '../articles/align/token-category.ts';
import { codePointToUtf16Offsets, linkScore, projectSpans, tallyLinks, type IndexLink, type LinkScore } from '../articles/align/link-scoring.ts';

export const ALIGN_DEV_DIR = process.env.ALIGN_DEV_DIR ?? '/work/shared/align-dev';

export interface DevDoc {
  id: string;
  /** First and last+1 line of the FLORES files the document was built from. */
  sourceLines: [number, number];
  hindi: string[];
  englishText: string;
  /** Gold English sentence spans, UTF-16 offsets into englishText. */
  goldSpans: [number, number][];
  gold: IndexLink[];
}

/** Reads every document listed in docs/manifest.json (or the docN folders of `dir`). */
export function loadDevDocs(docsDir = path.join(ALIGN_DEV_DIR, 'docs')): DevDoc[] {
  const manifest = JSON.parse(readFileSync(path.join(docsDir, 'manifest.json'), 'utf8')) as { docs: { doc_id: string; source_lines: [number, number] }[] };
  return manifest.docs.filter((d) => existsSync(path.join(docsDir, d.doc_id))).map((d) => loadDevDoc(path.join(docsDir, d.doc_id), d.source_lines));
}

/** Reads one document folder (hi.txt, en.txt, en_spans.json, gold.json). */
export function loadDevDoc(dir: string, sourceLines: [number, number] = [0, 0]): DevDoc {
  const hindi = readFileSync(path.join(dir, 'hi.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const englishText = readFileSync(path.join(dir, 'en.txt'), 'utf8');
  const toUtf16 = codePointToUtf16Offsets(englishText);
  const spans = JSON.parse(readFileSync(path.join(dir, 'en_spans.json'), 'utf8')) as [number, number][];
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { links: IndexLink[]; source_lines?: [number, number] };
  return {
    id: path.basename(dir),
    sourceLines: gold.source_lines ?? sourceLines,
    hindi,
    englishText,
    goldSpans: spans.map(([a, b]) => [toUtf16(a), toUtf16(b)]),
    gold: gold.links.map((l) => ({ hi: l.hi, en: l.en })),
  };
}

/** Projects an alignment's links onto the gold English sentences of a document. */
export function projectAlignment(doc: DevDoc, alignment: Alignment): IndexLink[] {
  return projectSpans(
    alignment.links.map((l) => ({ hi: l.hi, enSpans: l.en.map((j) => alignment.enSpans[j]) })),
    doc.englishText,
    doc.goldSpans,
  );
}

export interface DevResult {
  all: LinkScore;
  oneToOne: LinkScore;
  sentences: number;
  seconds: number;
  /** Per predicted link: confidence and whether it is correct. */
  confidences: { score: number; correct: boolean }[];
}

/** Aligns every document and scores it with the TS scorer. */
export function evaluateDocs(docs: DevDoc[], options: AlignOptions): DevResult {
  const tally = { all: [0, 0, 0], oneToOne: [0, 0, 0] };
  const confidences: { score: number; correct: boolean }[] = [];
  let sentences = 0;
  const started = performance.now();
  for (const doc of docs) {
    const alignment = alignDocument(doc.hindi, doc.englishText, options);
    sentences += alignment.hi.length + alignment.en.length;
    const projected = projectAlignment(doc, alignment);
    tallyLinks(tally, projected, doc.gold);
    const goldKeys = new Set(doc.gold.map((l) => `${[...l.hi].sort((a, b) => a - b)}|${[...l.en].sort((a, b) => a - b)}`));
    projected.forEach((link, k) => {
      if (link.hi.length === 0 && link.en.length === 0) return;
      // A null link with two sentences on one side is never a gold link (gold null links are single).
      const key = `${[...link.hi].sort((a, b) => a - b)}|${[...link.en].sort((a, b) => a - b)}`;
      confidences.push({ score: alignment.links[k].score, correct: goldKeys.has(key) });
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return { all: linkScore(tally.all), oneToOne: linkScore(tally.oneToOne), sentences, seconds, confidences };
}

/** FLORES line pairs [Hindi, English] for the lines [from, to). */
export function floresPairs(from = 0, to = Infinity): [string, string][] {
  const hi = readFileSync(path.join(ALIGN_DEV_DIR, 'hin_Deva.dev'), 'utf8').split('\n');
  const en = readFileSync(path.join(ALIGN_DEV_DIR, 'eng_Latn.dev'), 'utf8').split('\n');
  const pairs: [string, string][] = [];
  for (let i = from; i < Math.min(to, hi.length, en.length); i++) if (hi[i].trim() && en[i].trim()) pairs.push([hi[i], en[i]]);
  return pairs;
}

/**
 * Measures, per token category, how often a content token finds a counterpart in its gold 1-1
 * partner (pTrue) and in the sentence five places away (pRandom), with a lexicon trained on the
 * other half of `docs` (cross-fitting), as DEFAULT_WEIGHTS were measured on docs 0–31.
 */
export function measureMatchRates(docs: DevDoc[]): Record<string, { pTrue: number; pRandom: number; tokens: number }> {
  const stats: Record<string, number[]> = {};
  const add = (key: string, slot: number, value: number) => {
    (stats[key] ??= [0, 0, 0, 0])[slot] += value;
  };
  const half = Math.floor(docs.length / 2);
  const folds = [docs.slice(0, half), docs.slice(half)];
  folds.forEach((fold, f) => {
    const lexicon = trainLexicon(folds[1 - f].flatMap((d) => floresPairs(d.sourceLines[0], d.sourceLines[1])));
    for (const doc of fold) {
      const hindi = doc.hindi.map((h) => prepareHindi(h));
      const english = doc.goldSpans.map(([s, e]) => prepareEnglish(doc.englishText.slice(s, e)));
      for (const link of doc.gold) {
        if (link.hi.length !== 1 || link.en.length !== 1) continue;
        const h = hindi[link.hi[0]];
        for (const [j, slot] of [[link.en[0], 0], [(link.en[0] + 5) % english.length, 2]] as const) {
          if (slot === 2 && j === link.en[0]) continue;
          const e = english[j];
          const match = matchPair(h, e, { lexicon, names: true });
          h.tokens.forEach((t, k) => {
            const key = `hi ${tokenCategory('hi', t, h.keys[k], lexicon)}`;
            add(key, slot, match.hi[k]);
            add(key, slot + 1, 1);
          });
          e.tokens.forEach((t, k) => {
            const key = `en ${tokenCategory('en', t, e.keys[k], lexicon)}`;
            add(key, slot, match.en[k]);
            add(key, slot + 1, 1);
          });
        }
      }
    }
  });
  return Object.fromEntries(
    Object.entries(stats).sort().map(([key, [mt, nt, mr, nr]]) => [key, { pTrue: nt ? mt / nt : 0, pRandom: nr ? mr / nr : 0, tokens: nt }]),
  );
}
