/**
 * Gale–Church length model in Unicode code points (never bytes: Devanagari is three bytes a
 * letter in UTF-8). English length ≈ ratio × Hindi length, with variance proportional to length.
 */

/** English code points per Hindi code point, and the variance of the difference per Hindi code point. */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * Fitted by `fitLengthModel` on the 997 FLORES-200 dev pairs (hin_Deva/eng_Latn): English is
 * 0.9985 times as long as Hindi (Hindi/English 1.0015), variance 2.16 code points per code point.
 */
export const DEFAULT_LENGTH_MODEL: LengthModel = { ratio: 0.9985, variance: 2.16 };

/** Number of Unicode code points (not UTF-16 units, not bytes). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Fits ratio and variance on aligned pairs [Hindi, English] (least squares, as Gale and Church did). */
export function fitLengthModel(pairs: [string, string][]): LengthModel {
  let hiTotal = 0;
  let enTotal = 0;
  const lengths = pairs.map(([hi, en]) => [codePointLength(hi), codePointLength(en)] as const).filter(([h]) => h > 0);
  for (const [h, e] of lengths) {
    hiTotal += h;
    enTotal += e;
  }
  const ratio = enTotal / hiTotal;
  let variance = 0;
  for (const [h, e] of lengths) variance += (e - ratio * h) ** 2 / h;
  return { ratio, variance: variance / lengths.length };
}

/** −log probability that a Hindi text of `hiLength` code points is translated by `enLength` code points. */
export function lengthCost(model: LengthModel, hiLength: number, enLength: number): number {
  // Gale–Church use the mean of both lengths as the scale, which keeps short sentences sane.
  const scale = Math.max(1, (hiLength + enLength / model.ratio) / 2);
  const delta = (enLength - model.ratio * hiLength) / Math.sqrt(scale * model.variance);
  const tail = 2 * (1 - standardNormalCdf(Math.abs(delta)));
  return -Math.log(Math.max(tail, 1e-12));
}

/** Φ(x) by the Abramowitz–Stegun 26.2.17 approximation (error < 7.5e-8). */
export function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}
