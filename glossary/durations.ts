/**
 * A number of time units said by the English noun for that span: पिछले 10 वर्षों → "the past
 * decade", 24 घंटे → "a day" or "round the clock", 12 महीने → "a year", 14 दिन → "a fortnight".
 * Everything is converted to one base unit per kind (years, days, minutes) and compared by value,
 * so "two decades" is 20 years and does not pass for 10.
 */
import { termKey } from './normalize.ts';
import { numberWordValues } from './numbers.ts';

/** A span of time in a base unit: years (months as twelfths), days (weeks, hours as 24ths) or minutes. */
export interface Duration { kind: 'year' | 'day' | 'minute'; amount: number }

// Hindi time units (normalised: nukta folded), in their base unit.
const HINDI_UNITS = new Map<string, Duration>([
  ...['वर्ष', 'वर्षों', 'साल', 'सालों', 'बरस', 'बरसों'].map((w) => [w, { kind: 'year', amount: 1 }] as const),
  ...['महीने', 'महीनों', 'महीना', 'माह'].map((w) => [w, { kind: 'year', amount: 1 / 12 }] as const),
  ...['सप्ताह', 'सप्ताहों', 'हफ्ते', 'हफ्तों', 'हफ्ता'].map((w) => [w, { kind: 'day', amount: 7 }] as const),
  ...['दिन', 'दिनों'].map((w) => [w, { kind: 'day', amount: 1 }] as const),
  ...['घंटे', 'घंटों', 'घंटा'].map((w) => [w, { kind: 'day', amount: 1 / 24 }] as const),
  ...['मिनट', 'मिनटों'].map((w) => [w, { kind: 'minute', amount: 1 }] as const),
] as [string, Duration][]);

// English nouns for a span of time (singular and plural) in the same base units.
const ENGLISH_SPANS = new Map<string, Duration>([
  ['century', { kind: 'year', amount: 100 }], ['centuries', { kind: 'year', amount: 100 }],
  ['decade', { kind: 'year', amount: 10 }], ['decades', { kind: 'year', amount: 10 }],
  ['year', { kind: 'year', amount: 1 }], ['years', { kind: 'year', amount: 1 }],
  ['month', { kind: 'year', amount: 1 / 12 }], ['months', { kind: 'year', amount: 1 / 12 }],
  ['fortnight', { kind: 'day', amount: 14 }], ['fortnights', { kind: 'day', amount: 14 }],
  ['week', { kind: 'day', amount: 7 }], ['weeks', { kind: 'day', amount: 7 }],
  ['day', { kind: 'day', amount: 1 }], ['days', { kind: 'day', amount: 1 }],
  ['hour', { kind: 'minute', amount: 60 }], ['hours', { kind: 'minute', amount: 60 }],
]);
// "Round the clock" / "around the clock" is all day: 24 hours.
const ROUND_THE_CLOCK = /\b(?:a)?round[\s-]the[\s-]clock\b/i;

const same = (a: Duration, b: Duration) => a.kind === b.kind && Math.abs(a.amount - b.amount) < 1e-9;

/** The duration of a source number `value` whose unit word follows at `end` (10 वर्षों = 10 years), or null. */
export function sourceDuration(sourceText: string, end: number, value: number): Duration | null {
  const m = /^\s*([\u0900-\u097f]+)/u.exec(sourceText.slice(end));
  const unit = m ? HINDI_UNITS.get(termKey(m[1])) : undefined;
  if (!unit || !Number.isFinite(value)) return null;
  // Hours in days, and minutes in hours, compare as the larger unit does.
  return unit.kind === 'day' && unit.amount < 1 ? { kind: 'minute', amount: value * 24 * 60 * unit.amount } : { kind: unit.kind, amount: value * unit.amount };
}

/** True when the English names `duration` by a span noun, with a count before it or none (= one). */
export function durationInTarget(targetText: string, duration: Duration): boolean {
  if (duration.kind === 'minute' && duration.amount === 24 * 60 && ROUND_THE_CLOCK.test(targetText)) return true;
  const asMinutes = (d: Duration): Duration => (d.kind === 'day' && duration.kind === 'minute' ? { kind: 'minute', amount: d.amount * 24 * 60 } : d);
  for (const m of targetText.matchAll(/[A-Za-z]+/g)) {
    const span = ENGLISH_SPANS.get(m[0].toLowerCase());
    if (!span) continue;
    // The count is the figure or number words right before the noun ("two decades", "3 weeks"); none = one.
    const before = /(?:^|[^\w.,-])((?:\d+(?:\.\d+)?)|(?:[A-Za-z]+[\s-]+){1,2})[\s-]*$/.exec(targetText.slice(Math.max(0, m.index - 24), m.index));
    let counts = [1];
    if (before && /^\d/.test(before[1])) counts = [Number(before[1])];
    else if (before) {
      const words = numberWordValues(before[1].trim());
      if (words.length > 0) counts = words;
    }
    if (counts.some((count) => same(asMinutes({ kind: span.kind, amount: span.amount * count }), duration))) return true;
  }
  return false;
}
