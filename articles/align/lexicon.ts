/**
 * Bilingual lexicon: Hindi stem → English stems with a weight 0..1. Learned from aligned pairs by
 * IBM Model 1 in both directions (weight = geometric mean of the two translation probabilities),
 * or read from a FreeDict eng-hin dictionary; lexicons merge by taking the larger weight.
 */
import { englishTokens, hindiTokens, normaliseDevanagari, stemEnglish, stemHindi, type AlignToken } from './tokens.ts';

/** Hindi stem → (English stem → weight 0..1). */
export interface Lexicon {
  entries: Map<string, Map<string, number>>;
}

/** The JSON form shipped in the repository: `pairs[hiStem] = "enStem weight,enStem weight"`. */
export interface LexiconFile {
  about: string;
  pairs: Record<string, string>;
}

/** Options of the IBM Model 1 trainer. */
export interface TrainOptions {
  iterations?: number;
  /** Entries below this weight are dropped. */
  minWeight?: number;
  /** At most this many English stems per Hindi stem. */
  maxPerWord?: number;
}

/** Creates an empty lexicon. */
export function emptyLexicon(): Lexicon {
  return { entries: new Map() };
}

/** Weight of the pair (Hindi stem, English stem), 0 when unknown. */
export function lexiconWeight(lexicon: Lexicon, hindiStem: string, englishStem: string): number {
  return lexicon.entries.get(hindiStem)?.get(englishStem) ?? 0;
}

function contentStems(tokens: AlignToken[]): string[] {
  return tokens.filter((t) => !t.stop && t.kind !== 'number').map((t) => t.stem);
}

/** Latin words inside Hindi match the English directly; only Devanagari words need the lexicon. */
function hindiContentStems(tokens: AlignToken[]): string[] {
  return tokens.filter((t) => !t.stop && t.kind === 'word').map((t) => t.stem);
}

/** Learns a lexicon from aligned sentence pairs [Hindi, English] by IBM Model 1 in both directions. */
export function trainLexicon(pairs: [string, string][], options: TrainOptions = {}): Lexicon {
  const iterations = options.iterations ?? 6;
  const minWeight = options.minWeight ?? 0.05;
  const maxPerWord = options.maxPerWord ?? 6;
  const corpus = pairs.map(([hi, en]) => [hindiContentStems(hindiTokens(hi)), contentStems(englishTokens(en))] as const)
    .filter(([h, e]) => h.length > 0 && e.length > 0);
  const enGivenHi = model1(corpus.map(([h, e]) => [h, e]), iterations);
  const hiGivenEn = model1(corpus.map(([h, e]) => [e, h]), iterations);
  const lexicon = emptyLexicon();
  for (const [hi, row] of enGivenHi) {
    const scored: [string, number][] = [];
    for (const [en, p] of row) {
      const q = hiGivenEn.get(en)?.get(hi) ?? 0;
      const weight = Math.sqrt(p * q);
      if (weight >= minWeight) scored.push([en, weight]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    if (scored.length > 0) lexicon.entries.set(hi, new Map(scored.slice(0, maxPerWord)));
  }
  return lexicon;
}

const NULL_WORD = '\u0000';

/** IBM Model 1: t(target | source) by EM, with a NULL source word; returns source → target → p. */
function model1(corpus: [string[], string[]][], iterations: number): Map<string, Map<string, number>> {
  const t = new Map<string, Map<string, number>>();
  // Uniform start over co-occurring pairs.
  for (const [source, target] of corpus) {
    for (const s of [NULL_WORD, ...source]) {
      let row = t.get(s);
      if (!row) t.set(s, (row = new Map()));
      for (const w of target) row.set(w, 1);
    }
  }
  for (let it = 0; it < iterations; it++) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const [source, target] of corpus) {
      const sources = [NULL_WORD, ...source];
      for (const w of target) {
        let z = 0;
        for (const s of sources) z += t.get(s)!.get(w)!;
        for (const s of sources) {
          const c = t.get(s)!.get(w)! / z;
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(w, (row.get(w) ?? 0) + c);
          totals.set(s, (totals.get(s) ?? 0) + c);
        }
      }
    }
    for (const [s, row] of counts) {
      const total = totals.get(s)!;
      const tRow = t.get(s)!;
      for (const [w, c] of row) tRow.set(w, c / total);
    }
  }
  t.delete(NULL_WORD);
  return t;
}

/** Merges lexicons; a pair known to several keeps its largest weight. */
export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  const merged = emptyLexicon();
  for (const lexicon of lexicons) {
    for (const [hi, row] of lexicon.entries) {
      let target = merged.entries.get(hi);
      if (!target) merged.entries.set(hi, (target = new Map()));
      for (const [en, w] of row) target.set(en, Math.max(w, target.get(en) ?? 0));
    }
  }
  return merged;
}

/** Serialises a lexicon to its compact JSON form (weights rounded to two decimals). */
export function lexiconToJson(lexicon: Lexicon, about: string): LexiconFile {
  const pairs: Record<string, string> = {};
  for (const hi of [...lexicon.entries.keys()].sort()) {
    pairs[hi] = [...lexicon.entries.get(hi)!].map(([en, w]) => `${en} ${w.toFixed(2)}`).join(',');
  }
  return { about, pairs };
}

/** Reads the compact JSON form written by lexiconToJson. */
export function lexiconFromJson(file: LexiconFile): Lexicon {
  const lexicon = emptyLexicon();
  for (const [hi, list] of Object.entries(file.pairs)) {
    const row = new Map<string, number>();
    for (const item of list.split(',')) {
      const space = item.lastIndexOf(' ');
      if (space > 0) row.set(item.slice(0, space), Number(item.slice(space + 1)));
    }
    lexicon.entries.set(hi, row);
  }
  return lexicon;
}

/**
 * Reads FreeDict eng-hin in its dictd text form (the decompressed `.dict.dz`): a headword line
 * `word /ipa/ <POS>`, then numbered senses `1. हिंदी~शब्द, दूसरा` and quoted examples. Every
 * single-word Hindi rendering becomes an entry of weight `weight`; multi-word ones give their
 * first content word.
 */
export function parseFreeDict(dictText: string, weight = 0.5): Lexicon {
  const lexicon = emptyLexicon();
  let headword: string | undefined;
  for (const line of dictText.split('\n')) {
    const head = /^([A-Za-z][A-Za-z' -]*?)\s+\/[^/]*\/\s*<[^>]+>/.exec(line);
    if (head) {
      headword = head[1].trim().toLowerCase();
      continue;
    }
    const sense = /^\d+\.\s+(.*)$/.exec(line);
    if (!sense || !headword || headword.includes(' ')) continue;
    const englishStem = stemEnglish(headword);
    for (const rendering of sense[1].replace(/\{[^}]*\}/g, '').split(/[,;]/)) {
      const words = rendering.trim().split(/[~\s]+/).filter((w) => /[\u0900-\u097f]/.test(w));
      const content = words.map(normaliseDevanagari).filter((w) => hindiTokens(w)[0]?.stop === false);
      if (content.length === 0) continue;
      const hi = stemHindi(content[0]);
      let row = lexicon.entries.get(hi);
      if (!row) lexicon.entries.set(hi, (row = new Map()));
      row.set(englishStem, Math.max(weight, row.get(englishStem) ?? 0));
    }
  }
  return lexicon;
}
