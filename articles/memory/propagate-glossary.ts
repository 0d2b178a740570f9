/**
 * Glossary-change propagation: when an entry's approved rendering changes or a rendering becomes
 * forbidden, plan the replacement in every target whose Hindi source contains the term, keeping
 * the case of what it replaces (sentence-initial capital, ALL CAPS) and any possessive ('s / ’s),
 * then apply all or a selection of the plan as one new state.
 */
import { buildTermMatcher, type GlossaryEntry } from '../../glossary/index.ts';
import type { Article, Segment } from '../model.ts';
import { diffWords, type DiffOp } from './word-diff.ts';

/** One proposed change to a target segment. */
export interface PropagationChange {
  articleId: string;
  segmentId: string;
  /** Segment status at planning time (the preview may show or filter by it). */
  status: Segment['status'];
  before: string;
  after: string;
  /** Word diff from `before` to `after`. */
  diff: DiffOp[];
}

/** Renderings to replace: the old approved rendering (when it changed) and every forbidden one, minus what is now allowed. */
export function formsToReplace(before: GlossaryEntry | undefined, after: GlossaryEntry): string[] {
  const fold = (s: string): string => (after.caseSensitive ? s : s.toLowerCase());
  const allowed = new Set([after.target, ...after.targetAlternates].map(fold));
  const candidates = [...after.forbidden];
  if (before && fold(before.target) !== fold(after.target)) candidates.push(before.target);
  const forms: string[] = [];
  const seen = new Set<string>();
  for (const form of candidates.map((f) => f.trim())) {
    if (!form || allowed.has(fold(form)) || seen.has(fold(form))) continue;
    seen.add(fold(form));
    forms.push(form);
  }
  // Longest first, so "Kim Jong-un" is replaced whole before "Kim Jong" could match inside it.
  return forms.sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A rendering is found as a whole word: no letter or digit before it, none after it, and no
// hyphen joining it to a following word (so "Kim Jong" is not found inside "Kim Jong-un").
function renderingPattern(form: string, caseSensitive: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{M}\\p{N}]|[-‐][\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** The replacement in the case of the text it replaces: ALL CAPS stays caps, a capital first letter stays capital. */
export function matchCase(found: string, form: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && form !== form.toUpperCase()) return replacement.toUpperCase();
  const first = found.charAt(0);
  if (first !== first.toLowerCase() && form.charAt(0) === form.charAt(0).toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Replaces the old forms in one target; unchanged text is returned as is. */
export function replaceRenderings(target: string, forms: readonly string[], after: GlossaryEntry): string {
  const protectedSpans: [number, number][] = [];
  for (const allowed of [after.target, ...after.targetAlternates]) {
    if (!allowed.trim()) continue;
    for (const m of target.matchAll(renderingPattern(allowed, after.caseSensitive))) protectedSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const form of forms) {
    for (const m of target.matchAll(renderingPattern(form, after.caseSensitive))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // A forbidden form lying inside an occurrence of the approved rendering is not an error
      // ("Kim Jong" in "Kim Jong Un"); one that contains it still is ("ITAR-TASS", "the Ukraine").
      if (protectedSpans.some(([s, e]) => s <= start && end <= e && e - s > end - start)) continue;
      if (edits.some((edit) => start < edit.end && edit.start < end)) continue;
      edits.push({ start, end, text: matchCase(m[0], form, after.target) });
    }
  }
  if (edits.length === 0) return target;
  edits.sort((a, b) => b.start - a.start);
  let out = target;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** English words of a text for the diff (split at spaces; punctuation stays with its word). */
function englishWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Every target segment across the articles that the entry change would alter, with a diff.
 * `before` is the entry as it was (undefined for a new entry); only segments whose Hindi source
 * contains the term (any variant, as the glossary matcher finds it) are considered.
 */
export function planGlossaryPropagation(articles: readonly Article[], before: GlossaryEntry | undefined, after: GlossaryEntry): PropagationChange[] {
  const forms = formsToReplace(before, after);
  if (forms.length === 0 || !after.target.trim()) return [];
  const matchers = [buildTermMatcher([after]), ...(before ? [buildTermMatcher([before])] : [])];
  const plan: PropagationChange[] = [];
  for (const article of articles) {
    for (const segment of article.segments) {
      if (!segment.target.trim()) continue;
      if (!matchers.some((m) => m.scan(segment.source).length > 0)) continue;
      const replaced = replaceRenderings(segment.target, forms, after);
      if (replaced === segment.target) continue;
      const oldWords = englishWords(segment.target);
      const newWords = englishWords(replaced);
      plan.push({ articleId: article.id, segmentId: segment.id, status: segment.status, before: segment.target, after: replaced, diff: diffWords(oldWords, oldWords, newWords, newWords) });
    }
  }
  return plan;
}

/** Result of applying a plan. */
export interface PropagationResult {
  articles: Article[];
  /** Segment ids changed. */
  applied: string[];
  /** Segment ids skipped because their target changed since the plan was made. */
  stale: string[];
}

/**
 * Applies the plan (or only the changes whose segment id is in `selectedIds`) as one new state:
 * targets replaced, origin `propagation`, status kept. Untouched articles keep their identity.
 */
export function applyPropagation(articles: readonly Article[], plan: readonly PropagationChange[], selectedIds?: Iterable<string>, now?: string): PropagationResult {
  const selected = selectedIds ? new Set(selectedIds) : undefined;
  const byArticle = new Map<string, Map<string, PropagationChange>>();
  for (const change of plan) {
    if (selected && !selected.has(change.segmentId)) continue;
    let changes = byArticle.get(change.articleId);
    if (!changes) byArticle.set(change.articleId, (changes = new Map()));
    changes.set(change.segmentId, change);
  }
  const applied: string[] = [];
  const stale: string[] = [];
  const next = articles.map((article) => {
    const changes = byArticle.get(article.id);
    if (!changes) return article;
    let changed = false;
    const segments = article.segments.map((segment) => {
      const change = changes.get(segment.id);
      if (!change) return segment;
      if (segment.target !== change.before) {
        stale.push(segment.id);
        return segment;
      }
      changed = true;
      applied.push(segment.id);
      const updated: Segment = { ...segment, target: change.after, origin: 'propagation' };
      if (now) updated.updatedAt = now;
      return updated;
    });
    return changed ? { ...article, segments } : article;
  });
  return { articles: next, applied, stale };
}
