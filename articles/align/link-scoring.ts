/**
 * Strict link scoring, as the dev set's score.py does it: predicted English spans are projected
 * onto the gold English sentences (each gold sentence goes to the link covering most of its
 * non-space characters, if at least half), null links are split per sentence, and links count
 * as correct only when both sides match exactly.
 */

/** A gold or projected link: Hindi and English sentence indices. */
export interface IndexLink {
  hi: number[];
  en: number[];
}

/** A predicted link with English spans [start, end) (any consistent offsets into the English text). */
export interface SpanLink {
  hi: number[];
  enSpans: [number, number][];
}

/** Precision, recall and F1 with their counts. */
export interface LinkScore {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

/** Projects predicted span links onto gold English sentences given by their spans. */
export function projectSpans(links: SpanLink[], englishText: string, goldSpans: [number, number][]): IndexLink[] {
  const owner = goldSpans.map(([a, b]) => {
    const need = nonSpace(englishText, a, b);
    let best = -1;
    let bestCover = 0;
    links.forEach((link, k) => {
      let cover = 0;
      for (const [s, t] of link.enSpans) {
        const lo = Math.max(a, s);
        const hi = Math.min(b, t);
        if (lo < hi) cover += nonSpace(englishText, lo, hi);
      }
      if (cover > bestCover) {
        best = k;
        bestCover = cover;
      }
    });
    return best >= 0 && 2 * bestCover >= need ? best : -1;
  });
  return links.map((link, k) => ({ hi: link.hi, en: goldSpans.map((_, g) => g).filter((g) => owner[g] === k) }));
}

/** Normalised link keys: sorted sides, null links split into single-sentence ones, empty links dropped. */
export function linkKeys(links: IndexLink[]): Set<string> {
  const keys = new Set<string>();
  for (const link of links) {
    const hi = [...link.hi].sort((a, b) => a - b);
    const en = [...link.en].sort((a, b) => a - b);
    if (hi.length === 0 && en.length === 0) continue;
    if (en.length === 0) for (const h of hi) keys.add(`${h}|`);
    else if (hi.length === 0) for (const e of en) keys.add(`|${e}`);
    else keys.add(`${hi.join(',')}|${en.join(',')}`);
  }
  return keys;
}

/** Adds one document's counts to a running tally: all links and 1-1 links. */
export function tallyLinks(tally: { all: number[]; oneToOne: number[] }, predicted: IndexLink[], gold: IndexLink[]): void {
  const p = linkKeys(predicted);
  const g = linkKeys(gold);
  const isOneToOne = (key: string) => /^\d+\|\d+$/.test(key);
  let correct = 0;
  let correct11 = 0;
  for (const key of p) {
    if (g.has(key)) {
      correct++;
      if (isOneToOne(key)) correct11++;
    }
  }
  tally.all[0] += correct;
  tally.all[1] += p.size;
  tally.all[2] += g.size;
  tally.oneToOne[0] += correct11;
  tally.oneToOne[1] += [...p].filter(isOneToOne).length;
  tally.oneToOne[2] += [...g].filter(isOneToOne).length;
}

/** Precision, recall and F1 from [correct, predicted, gold]. */
export function linkScore([correct, predicted, gold]: number[]): LinkScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, predicted, gold };
}

/** Converts code-point offsets into a text to UTF-16 offsets. */
export function codePointToUtf16Offsets(text: string): (codePoint: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const ch of text) {
    table.push(unit);
    unit += ch.length;
  }
  table.push(unit);
  return (codePoint) => table[codePoint];
}

/** Converts UTF-16 offsets into a text to code-point offsets. */
export function utf16ToCodePointOffsets(text: string): (unit: number) => number {
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) cp++;
    // A low surrogate belongs to the code point that started one unit before.
    else table[i] = cp - 1;
  }
  table[text.length] = cp;
  return (unit) => table[unit];
}

function nonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) n++;
  return n;
}
