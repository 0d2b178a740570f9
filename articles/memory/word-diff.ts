/** Word-level edit distance, similarity and diff (Levenshtein over word sequences). */

/** One step of a word diff: `delete` = only in the old text, `insert` = only in the new text. */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

// Two reusable rows: the distance runs for every candidate of every lookup, and allocating per
// call showed up as garbage-collection pauses in the lookup tail (bench/tm.ts).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Word-level Levenshtein distance between two sequences of comparable items. */
export function wordDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const substitution = previous[j - 1] + (ai === b[j - 1] ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      current[j] = substitution < deletion ? (substitution < insertion ? substitution : insertion) : (deletion < insertion ? deletion : insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[m];
}

/** Similarity 0..1: 1 − distance / length of the longer sequence (1 for two empty sequences). */
export function wordSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - wordDistance(a, b) / longer;
}

/** One aligned step between two key sequences: indices into each (−1 when absent). */
export interface AlignedStep {
  op: 'equal' | 'substitute' | 'delete' | 'insert';
  oldIndex: number;
  newIndex: number;
}

/** Minimal edit script between two key sequences, in order (substitutions kept as one step). */
export function alignWords(oldKeys: readonly string[], newKeys: readonly string[]): AlignedStep[] {
  const n = oldKeys.length;
  const m = newKeys.length;
  const width = m + 1;
  const table = new Int32Array((n + 1) * width);
  for (let i = 0; i <= n; i++) table[i * width] = i;
  for (let j = 0; j <= m; j++) table[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = oldKeys[i - 1] === newKeys[j - 1] ? 0 : 1;
      table[i * width + j] = Math.min(table[(i - 1) * width + j - 1] + cost, table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1);
    }
  }
  const steps: AlignedStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = table[i * width + j];
    if (i > 0 && j > 0 && here === table[(i - 1) * width + j - 1] + (oldKeys[i - 1] === newKeys[j - 1] ? 0 : 1)) {
      steps.push({ op: oldKeys[i - 1] === newKeys[j - 1] ? 'equal' : 'substitute', oldIndex: i - 1, newIndex: j - 1 });
      i--; j--;
    } else if (i > 0 && here === table[(i - 1) * width + j] + 1) {
      steps.push({ op: 'delete', oldIndex: i - 1, newIndex: -1 });
      i--;
    } else {
      steps.push({ op: 'insert', oldIndex: -1, newIndex: j - 1 });
      j--;
    }
  }
  return steps.reverse();
}

/**
 * Word diff of two texts given their keys (compared) and words (shown): runs of equal, deleted
 * and inserted words, each run's words joined by a space.
 */
export function diffWords(oldKeys: readonly string[], oldWords: readonly string[], newKeys: readonly string[], newWords: readonly string[]): DiffOp[] {
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  // Deletions before insertions inside a substituted run reads best ("old → new").
  let pendingInserts: string[] = [];
  const flush = (): void => {
    for (const w of pendingInserts) push('insert', w);
    pendingInserts = [];
  };
  for (const step of alignWords(oldKeys, newKeys)) {
    if (step.op === 'equal') {
      flush();
      push('equal', newWords[step.newIndex]);
    } else if (step.op === 'substitute') {
      push('delete', oldWords[step.oldIndex]);
      pendingInserts.push(newWords[step.newIndex]);
    } else if (step.op === 'delete') {
      push('delete', oldWords[step.oldIndex]);
    } else {
      pendingInserts.push(newWords[step.newIndex]);
    }
  }
  flush();
  return ops;
}
