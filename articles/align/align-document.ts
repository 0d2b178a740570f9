/**
 * Sentence alignment of a Hindi article with its English translation: dynamic programming over
 * 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 and 1-3 links inside a band around the diagonal (cost linear in
 * article length), each link scored by length (Gale–Church) plus the log-likelihood ratio of
 * its token evidence (numbers, Latin words, lexicon, names, glossary anchors). Confidence is the
 * link's posterior probability from a forward–backward pass over the same lattice.
 */
import type { Glossary } from '../../glossary/model.ts';
import { matchPair, prepareEnglish, prepareHindi, type EvidenceSources, type PairMatch, type PreparedSentence } from './anchors.ts';
import { splitEnglishSentences, type EnglishSentence } from './english-sentences.ts';
import { glossaryAnchorCounter } from './glossary-anchors.ts';
import { codePointLength, DEFAULT_LENGTH_MODEL, lengthCost, type LengthModel } from './length-model.ts';
import { defaultLexicon } from './default-lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { tokenCategory, type TokenCategory } from './token-category.ts';

/** One link: Hindi and English sentence indices (either may be empty) and its confidence 0..1. */
export interface AlignLink {
  hi: number[];
  en: number[];
  score: number;
}

/** The alignment of one document. */
export interface Alignment {
  hi: string[];
  en: string[];
  /** UTF-16 offsets of each English sentence in the input text. */
  enSpans: [number, number][];
  links: AlignLink[];
}

/** Probability that a content token finds a match in a true translation (pTrue) and in an unrelated sentence (pRandom). */
export interface MatchRates {
  pTrue: number;
  pRandom: number;
}

/** Tunable parts of the scoring; the defaults were measured on the training half of the dev set. */
export interface AlignWeights {
  /** Prior probability of each link type ("hi-en"). */
  priors: Record<string, number>;
  /** Prior of a 0-1 link for an English sentence wholly in brackets (translator's and editor's notes). */
  bracketedAdditionPrior: number;
  hindi: Record<TokenCategory, MatchRates>;
  english: Record<TokenCategory, MatchRates>;
  /** Log-likelihood ratio per glossary anchor. */
  glossaryAnchor: number;
  /** Scale of the token evidence (tokens are not independent). */
  evidenceScale: number;
  /** Scale of the length cost. */
  lengthScale: number;
  /** Temperature of the posterior: confidence = P(link)^(1/T) renormalised over the lattice. */
  temperature: number;
}

/** Default weights. */
export const DEFAULT_WEIGHTS: AlignWeights = {
  // Counts of the dev set's gold links as our splitter sees them (it splits ~10% of the gold
  // English sentences in two); 2-2 at Gale and Church's value, chosen by cross-fitting on docs 0–31.
  priors: { '1-1': 0.78, '1-0': 0.05, '0-1': 0.03, '2-1': 0.07, '1-2': 0.08, '2-2': 0.01, '1-3': 0.005 },
  bracketedAdditionPrior: 0.3,
  // Measured by cross-fitting on docs 0–31 of the dev set (lexicon trained on the other half of
  // those docs, rates of gold 1-1 links against a sentence five places away); see bench/align.ts.
  hindi: {
    number: { pTrue: 0.97, pRandom: 0.027 }, latin: { pTrue: 0.97, pRandom: 0.03 }, name: { pTrue: 0.335, pRandom: 0.007 },
    known: { pTrue: 0.257, pRandom: 0.013 }, unknown: { pTrue: 0.01, pRandom: 0.01 },
  },
  english: {
    number: { pTrue: 0.97, pRandom: 0.026 }, latin: { pTrue: 0.97, pRandom: 0.03 }, name: { pTrue: 0.668, pRandom: 0.007 },
    known: { pTrue: 0.374, pRandom: 0.019 }, unknown: { pTrue: 0.103, pRandom: 0.003 },
  },
  glossaryAnchor: 3,
  evidenceScale: 0.5,
  lengthScale: 1,
  temperature: 1.5,
};

/** Gale and Church's own priors, for the length-only baseline. */
export const GALE_CHURCH_PRIORS: Record<string, number> = { '1-1': 0.89, '1-0': 0.0099, '0-1': 0.0099, '2-1': 0.089, '1-2': 0.089, '2-2': 0.011 };

/** Options of alignDocument. */
export interface AlignOptions {
  /** Bilingual lexicon; the shipped default (learned from FLORES-200 dev) when absent. Pass emptyLexicon() for none. */
  lexicon?: Lexicon;
  /** Glossary whose terms anchor links (a Hindi term whose rendering appears in the English). */
  glossary?: Glossary;
  /** Custom anchor counter: number of anchors between a Hindi and an English sentence. */
  glossaryAnchors?: (hiSentence: string, enSentence: string) => number;
  /** Transliteration name similarity (default true). */
  names?: boolean;
  capitalisedNamesOnly?: boolean;
  lengthModel?: LengthModel;
  /** Length only, Gale–Church priors: the baseline. */
  lengthOnly?: boolean;
  /** Half-width of the band in sentences (widened automatically when the path touches its edge). */
  band?: number;
  weights?: Partial<AlignWeights>;
  /** Pre-split English sentences (skips the splitter; spans then index the joined text). */
  englishSentences?: EnglishSentence[];
}

const BEADS: [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [1, 3]];

/** Aligns Hindi sentences with an English running text; returns sentences, links and confidences. */
export function alignDocument(hindi: string[], englishText: string, options: AlignOptions = {}): Alignment {
  const englishSentences = options.englishSentences ?? splitEnglishSentences(englishText);
  const en = englishSentences.map((s) => s.text);
  const links = alignSentences(hindi, en, options);
  return { hi: [...hindi], en, enSpans: englishSentences.map((s) => [s.start, s.end]), links };
}

/**
 * Most sentences aligned on one side (a long news article has a few hundred). The lattice band
 * widens with the length difference, so 8,000 against 100 sentences already took 9 s and 700 MB,
 * and a 16 MB page against a short translation would run for hours: such input is refused.
 */
export const MAX_ALIGN_SENTENCES = 5000;

/** Refusal of input the aligner will not take; `code` makes the API report it as bad input. */
export class AlignInputError extends Error {
  readonly code = 'bad-input';
  /** Builds the error with a message a person can act on. */
  constructor(message: string) {
    super(message);
    this.name = 'AlignInputError';
  }
}

/** Aligns two lists of sentences (the core of alignDocument); throws AlignInputError over MAX_ALIGN_SENTENCES. */
export function alignSentences(hindi: string[], english: string[], options: AlignOptions = {}): AlignLink[] {
  const n = hindi.length;
  const m = english.length;
  if (n > MAX_ALIGN_SENTENCES || m > MAX_ALIGN_SENTENCES) {
    throw new AlignInputError(`too many sentences to align (${n} Hindi, ${m} English; at most ${MAX_ALIGN_SENTENCES} on each side): split the document`);
  }
  if (n === 0 || m === 0) {
    return [...hindi.map((_, i) => ({ hi: [i], en: [], score: 1 })), ...english.map((_, j) => ({ hi: [], en: [j], score: 1 }))];
  }
  const weights: AlignWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const scorer = new LinkScorer(hindi, english, { ...options, lexicon: options.lexicon ?? (options.lengthOnly ? undefined : defaultLexicon()) }, weights);
  let band = Math.max(options.band ?? 12, Math.ceil(Math.abs(n - m) / 2) + 4);
  for (;;) {
    const result = runLattice(n, m, band, scorer, weights.temperature);
    if (!result.touchesEdge || band >= Math.max(n, m)) return result.links;
    band *= 2;
  }
}

interface LatticeResult {
  links: AlignLink[];
  touchesEdge: boolean;
}

/** Viterbi and forward–backward over the banded lattice of (i Hindi, j English) prefixes. */
function runLattice(n: number, m: number, band: number, scorer: LinkScorer, temperature: number): LatticeResult {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - band);
    hi[i] = Math.min(m, centre + band);
  }
  const width = Math.min(2 * band + 1, m + 1);
  const cell = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : i * width + (j - lo[i]));
  const size = (n + 1) * width;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Int8Array(size).fill(-1);
  const forward = new Float64Array(size).fill(-Infinity);
  const costs = new Float64Array(size * BEADS.length).fill(NaN);
  best[cell(0, 0)] = 0;
  forward[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const here = cell(i, j);
      let bestCost = Infinity;
      let bestBead = -1;
      let logSum = -Infinity;
      for (let b = 0; b < BEADS.length; b++) {
        const [di, dj] = BEADS[b];
        if (i < di || j < dj) continue;
        const from = cell(i - di, j - dj);
        if (from < 0 || best[from] === Infinity) continue;
        const cost = scorer.cost(i - di, i, j - dj, j);
        costs[here * BEADS.length + b] = cost;
        if (best[from] + cost < bestCost) {
          bestCost = best[from] + cost;
          bestBead = b;
        }
        logSum = logAdd(logSum, forward[from] - cost / temperature);
      }
      best[here] = bestCost;
      back[here] = bestBead;
      forward[here] = logSum;
    }
  }
  // Backward pass: log-sum of every path from (i, j) to (n, m).
  const backward = new Float64Array(size).fill(-Infinity);
  backward[cell(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const here = cell(i, j);
      if (i === n && j === m) continue;
      let logSum = -Infinity;
      for (let b = 0; b < BEADS.length; b++) {
        const [di, dj] = BEADS[b];
        if (i + di > n || j + dj > m) continue;
        const to = cell(i + di, j + dj);
        if (to < 0) continue;
        const cost = costs[to * BEADS.length + b];
        if (Number.isNaN(cost) || backward[to] === -Infinity) continue;
        logSum = logAdd(logSum, backward[to] - cost / temperature);
      }
      backward[here] = logSum;
    }
  }
  const total = forward[cell(n, m)];
  const links: AlignLink[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cell(i, j);
    const b = back[here];
    const [di, dj] = BEADS[b];
    const from = cell(i - di, j - dj);
    const cost = costs[here * BEADS.length + b];
    const posterior = Math.exp(forward[from] - cost / temperature + backward[here] - total);
    links.push({ hi: range(i - di, i), en: range(j - dj, j), score: Math.min(1, Math.max(0, posterior)) });
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touchesEdge = true;
    i -= di;
    j -= dj;
  }
  links.reverse();
  return { links, touchesEdge };
}

/** Cost (−log probability, up to a constant) of linking Hindi [i0, i1) with English [j0, j1). */
class LinkScorer {
  private readonly hindi: PreparedSentence[];
  private readonly english: PreparedSentence[];
  private readonly hiLengths: number[];
  private readonly enLengths: number[];
  private readonly bracketed: boolean[];
  private readonly pairs = new Map<number, PairMatch>();
  private readonly anchors = new Map<number, number>();
  private readonly nameCache = new Map<string, Map<string, number>>();
  private readonly sources: EvidenceSources;
  private readonly lengthModel: LengthModel;
  private readonly anchorCounter?: (hi: string, en: string) => number;
  private readonly priorCost: Map<string, number>;
  private readonly bracketPenalty: number;
  /** Per sentence, per token, per number of partner sentences (index 1..3): LLR of a match and of a miss. */
  private readonly hiWeights: { match: number; miss: number }[][][];
  private readonly enWeights: { match: number; miss: number }[][][];

  constructor(hindi: string[], english: string[], private readonly options: AlignOptions, private readonly weights: AlignWeights) {
    const names = !options.lengthOnly && options.names !== false;
    this.hindi = hindi.map((s) => prepareHindi(s, names));
    this.english = english.map((s) => prepareEnglish(s, names, options.capitalisedNamesOnly));
    this.hiLengths = hindi.map((s) => codePointLength(s.trim()));
    this.enLengths = english.map((s) => codePointLength(s.trim()));
    this.bracketed = english.map((s) => /^[([][^()[\]]*[)\]][.!?]?$/.test(s.trim()));
    this.sources = { lexicon: options.lexicon, names, capitalisedNamesOnly: options.capitalisedNamesOnly };
    this.lengthModel = options.lengthModel ?? DEFAULT_LENGTH_MODEL;
    const counters = [options.glossaryAnchors, options.glossary ? glossaryAnchorCounter(options.glossary) : undefined].filter(
      (c): c is (hi: string, en: string) => number => c !== undefined,
    );
    if (counters.length > 0) this.anchorCounter = (h, e) => counters.reduce((sum, count) => sum + count(h, e), 0);
    const priors = options.lengthOnly ? GALE_CHURCH_PRIORS : weights.priors;
    this.priorCost = new Map(Object.entries(priors).map(([type, p]) => [type, -Math.log(p)]));
    this.bracketPenalty = Math.max(0, Math.log(weights.bracketedAdditionPrior / (priors['0-1'] ?? weights.bracketedAdditionPrior)));
    // Against k partner sentences a random match is k times as likely (1 − (1 − p)^k), so pooling
    // the evidence of a 2-2 link does not look better than two 1-1 links by chance alone.
    const llr = (r: MatchRates) =>
      [0, 1, 2, 3].map((k) => {
        const pRandom = 1 - (1 - r.pRandom) ** Math.max(1, k);
        return { match: Math.log(r.pTrue / pRandom), miss: Math.log((1 - r.pTrue) / (1 - pRandom)) };
      });
    this.hiWeights = this.hindi.map((s) => s.tokens.map((t, k) => llr(weights.hindi[tokenCategory('hi', t, s.keys[k], options.lexicon)])));
    this.enWeights = this.english.map((s) => s.tokens.map((t, k) => llr(weights.english[tokenCategory('en', t, s.keys[k], options.lexicon)])));
  }

  cost(i0: number, i1: number, j0: number, j1: number): number {
    const type = `${i1 - i0}-${j1 - j0}`;
    const prior = this.priorCost.get(type);
    if (prior === undefined) return Infinity;
    if (i1 === i0 || j1 === j0) {
      if (j1 - j0 === 1 && this.bracketed[j0] && !this.options.lengthOnly) return -Math.log(this.weights.bracketedAdditionPrior);
      return prior;
    }
    let hiLength = 0;
    let enLength = 0;
    for (let i = i0; i < i1; i++) hiLength += this.hiLengths[i];
    for (let j = j0; j < j1; j++) enLength += this.enLengths[j];
    const length = lengthCost(this.lengthModel, hiLength, enLength);
    if (this.options.lengthOnly) return prior + length;
    // A bracketed sentence is that many times likelier to be an addition, so as much less likely
    // to be part of a translated link.
    let bracketed = 0;
    for (let j = j0; j < j1; j++) if (this.bracketed[j]) bracketed += this.bracketPenalty;
    return prior + bracketed + this.weights.lengthScale * length - this.weights.evidenceScale * this.evidence(i0, i1, j0, j1);
  }

  /** Log-likelihood ratio "translation vs unrelated" of the token evidence of a link. */
  private evidence(i0: number, i1: number, j0: number, j1: number): number {
    let total = 0;
    const enCount = j1 - j0;
    const hiCount = i1 - i0;
    for (let i = i0; i < i1; i++) {
      const rates = this.hiWeights[i];
      for (let k = 0; k < rates.length; k++) {
        let strength = 0;
        for (let j = j0; j < j1; j++) strength = Math.max(strength, this.pair(i, j).hi[k]);
        const r = rates[k][enCount];
        total += strength * r.match + (1 - strength) * r.miss;
      }
    }
    for (let j = j0; j < j1; j++) {
      const rates = this.enWeights[j];
      for (let k = 0; k < rates.length; k++) {
        let strength = 0;
        for (let i = i0; i < i1; i++) strength = Math.max(strength, this.pair(i, j).en[k]);
        const r = rates[k][hiCount];
        total += strength * r.match + (1 - strength) * r.miss;
      }
    }
    if (this.anchorCounter) {
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) total += this.weights.glossaryAnchor * this.anchor(i, j);
    }
    return total;
  }

  private pair(i: number, j: number): PairMatch {
    const key = i * 1_000_003 + j;
    let match = this.pairs.get(key);
    if (!match) this.pairs.set(key, (match = matchPair(this.hindi[i], this.english[j], this.sources, this.nameCache)));
    return match;
  }

  private anchor(i: number, j: number): number {
    const key = i * 1_000_003 + j;
    let count = this.anchors.get(key);
    if (count === undefined) this.anchors.set(key, (count = this.anchorCounter!(this.hindi[i].text, this.english[j].text)));
    return count;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
