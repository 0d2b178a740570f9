/**
 * XLIFF 1.2 and 2.0 export of one article (one unit per segment, states mapped from our
 * segment statuses) and a reader of both versions that gives pairs for QA and TM import.
 *
 * Status mapping (see README.md for the reasoning):
 * | our status   | XLIFF 1.2 `<target state>`        | XLIFF 2.0 `<segment state>` | 2.0 subState      |
 * | untranslated | needs-translation (empty target)  | initial (no target)         | anuvad:untranslated |
 * | pre-translated | needs-review-translation, state-qualifier="exact-match" | initial | anuvad:pre-translated |
 * | draft        | needs-review-translation          | initial                     | anuvad:draft      |
 * | translated   | translated                        | translated                  | anuvad:translated |
 * | reviewed     | signed-off                        | reviewed                    | anuvad:reviewed   |
 * | approved     | final + approved="yes"            | final                       | anuvad:approved   |
 * | joined       | (merged into the unit before: its Hindi joins that unit's source)               |
 *
 * A joined segment has no English of its own (the English before covers it), so it never becomes
 * a unit claiming a translation with an empty target; only a joined first segment, which has
 * nothing to join, is written alone, as needs-translation / initial with subState anuvad:joined.
 */
import type { Article, Segment, SegmentKind, SegmentStatus } from '../model.ts';
import { ExchangeError, childElements, elementText, escapeXmlAttribute, escapeXmlText, parseXmlSafely, type XmlElement } from './xml.ts';
import { activeIgnores, SEGMENT_STATUSES } from '../segment-workflow.ts';
import { fieldEnglish } from '../field-translations.ts';

/** Tool identification written into the XLIFF header. */
export interface XliffWriteOptions {
  toolName?: string;
  toolVersion?: string;
  /** Source language tag; `hi` unless told. */
  sourceLanguage?: string;
  /** Target language tag; `en` unless told. */
  targetLanguage?: string;
}

/** XLIFF 1.2 `state` for each segment status. */
export const XLIFF12_STATE: Record<SegmentStatus, string> = {
  untranslated: 'needs-translation',
  // A 100 % match filled on import: usable text that a person still has to confirm.
  'pre-translated': 'needs-review-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
  joined: 'needs-translation',
};

/** XLIFF 2.0 `state` for each segment status (2.0 has only four states; subState keeps ours). */
export const XLIFF20_STATE: Record<SegmentStatus, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  untranslated: 'initial',
  'pre-translated': 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  joined: 'initial',
};

/** XLIFF 1.2 `state-qualifier` for statuses that say where the text came from. */
export const XLIFF12_STATE_QUALIFIER: Partial<Record<SegmentStatus, string>> = { 'pre-translated': 'exact-match' };

const SUBSTATE_PREFIX = 'anuvad:';

// XLIFF 2.0 ids are NMTOKENs: letters, digits, . - _ : and combining marks only.
function toNmtoken(id: string): string {
  const token = id.replace(/[^\p{L}\p{M}\p{N}._:-]/gu, '_');
  return token || '_';
}

/** One unit of an XLIFF export: a segment or a bare pair. */
interface XliffUnit {
  id: string;
  source: string;
  target: string;
  status: SegmentStatus;
  kind?: SegmentKind;
  note?: string;
  /** Ids of joined segments whose Hindi this unit's source includes. */
  joined?: string[];
}

function unitsOfArticle(article: Article): XliffUnit[] {
  const units: XliffUnit[] = [];
  for (const s of article.segments as Segment[]) {
    const previous = units.at(-1);
    if (s.status === 'joined' && previous) {
      // The English of the unit before covers this Hindi too: one unit, as the translator wrote it.
      previous.source = `${previous.source} ${s.source}`;
      previous.joined = [...(previous.joined ?? []), s.id];
      continue;
    }
    units.push({
      id: s.id,
      source: s.source,
      // An untranslated or joined segment carries no translation even if stale text lingers.
      target: s.status === 'untranslated' || s.status === 'joined' ? '' : s.target,
      status: s.status,
      kind: s.kind,
      note: segmentNote(s),
    });
  }
  return units.map((unit) => (unit.joined ? { ...unit, note: [unit.note, `Joined segments: ${unit.joined.join(' ')}`].filter(Boolean).join('; ') } : unit));
}

/** The note of a segment: its override reason and the issues ignored for its current text, with their reasons. */
export function segmentNote(segment: Segment): string | undefined {
  const notes: string[] = [];
  if (segment.overrideReason) notes.push(`Override: ${segment.overrideReason}`);
  for (const ignored of activeIgnores(segment)) {
    const [code, , expected] = ignored.key.split('|');
    notes.push(`Ignored ${code}${expected ? ` (${expected})` : ''}: ${ignored.reason}`);
  }
  return notes.length > 0 ? notes.join('\n') : undefined;
}

// Bare pairs are numbered from 1 unless they carry an id; a pair whose target is not blank counts as translated.
function unitsOfPairs(pairs: readonly { source: string; target: string; id?: string }[]): XliffUnit[] {
  return pairs.map((p, i) => ({ id: p.id ?? String(i + 1), source: p.source, target: p.target, status: p.target.trim() ? 'translated' : 'untranslated' }));
}

/** Writes an article as XLIFF 1.2 (valid against the OASIS strict and transitional schemas). */
export function writeXliff12(article: Article, opts: XliffWriteOptions = {}): string {
  return writeXliff12Units(article.file || article.id, unitsOfArticle(article), opts, headerNotes(article));
}

/**
 * The header fields the importer read (kicker, dateline, byline, with their English when translated),
 * as file-level notes: the translator's tool shows them beside the units without making them units.
 */
export function headerNotes(article: Article): string[] {
  const notes: string[] = [];
  for (const [field, label] of [['kicker', 'Kicker'], ['dateline', 'Dateline'], ['byline', 'Byline']] as const) {
    const value = article[field];
    if (!value) continue;
    const english = fieldEnglish(article, field);
    notes.push(english ? `${label}: ${value} (English: ${english})` : `${label}: ${value}`);
  }
  return notes;
}

/** Writes bare pairs as XLIFF 1.2 (used by `tm convert`); every pair counts as translated. */
export function writePairsXliff12(original: string, pairs: readonly { source: string; target: string; id?: string }[], opts: XliffWriteOptions = {}): string {
  return writeXliff12Units(original, unitsOfPairs(pairs), opts);
}

function writeXliff12Units(original: string, units: readonly XliffUnit[], opts: XliffWriteOptions, notes: readonly string[] = []): string {
  const sl = opts.sourceLanguage ?? 'hi';
  const tl = opts.targetLanguage ?? 'en';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXmlAttribute(original)}" source-language="${escapeXmlAttribute(sl)}" target-language="${escapeXmlAttribute(tl)}" datatype="plaintext">`,
    '    <header>',
    `      <tool tool-id="anuvad-workbench" tool-name="${escapeXmlAttribute(opts.toolName ?? 'Anuvad Workbench')}" tool-version="${escapeXmlAttribute(opts.toolVersion ?? '0.1.0')}"/>`,
    ...notes.map((note) => `      <note>${escapeXmlText(note)}</note>`),
    '    </header>',
    '    <body>',
  ];
  const seen = new Set<string>();
  for (const unit of units) {
    const id = uniqueId(unit.id, seen);
    const attrs = [`id="${escapeXmlAttribute(id)}"`];
    if (unit.kind && unit.kind !== 'body') attrs.push(`restype="x-${unit.kind}"`);
    if (unit.status === 'approved') attrs.push('approved="yes"');
    lines.push(`      <trans-unit ${attrs.join(' ')}>`);
    lines.push(`        <source xml:lang="${escapeXmlAttribute(sl)}">${escapeXmlText(unit.source)}</source>`);
    const qualifier = XLIFF12_STATE_QUALIFIER[unit.status];
    const qualifierAttr = qualifier ? ` state-qualifier="${qualifier}"` : '';
    lines.push(`        <target xml:lang="${escapeXmlAttribute(tl)}" state="${XLIFF12_STATE[unit.status]}"${qualifierAttr}>${escapeXmlText(unit.target)}</target>`);
    if (unit.note) lines.push(`        <note>${escapeXmlText(unit.note)}</note>`);
    lines.push('      </trans-unit>');
  }
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}

/** Writes an article as XLIFF 2.0 (valid against the OASIS xliff_core_2.0.xsd). */
export function writeXliff20(article: Article, opts: XliffWriteOptions = {}): string {
  return writeXliff20Units(article.file || article.id, unitsOfArticle(article), opts, headerNotes(article));
}

/** Writes bare pairs as XLIFF 2.0 (used by `tm convert`). */
export function writePairsXliff20(original: string, pairs: readonly { source: string; target: string; id?: string }[], opts: XliffWriteOptions = {}): string {
  return writeXliff20Units(original, unitsOfPairs(pairs), opts);
}

function writeXliff20Units(original: string, units: readonly XliffUnit[], opts: XliffWriteOptions, notes: readonly string[] = []): string {
  const sl = opts.sourceLanguage ?? 'hi';
  const tl = opts.targetLanguage ?? 'en';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0" srcLang="${escapeXmlAttribute(sl)}" trgLang="${escapeXmlAttribute(tl)}" xmlns="urn:oasis:names:tc:xliff:document:2.0">`,
    `  <file id="f1" original="${escapeXmlAttribute(original)}">`,
    // XLIFF 2.0 allows one <notes> on <file>, before the first unit.
    ...(notes.length > 0 ? [`    <notes>${notes.map((note) => `<note>${escapeXmlText(note)}</note>`).join('')}</notes>`] : []),
  ];
  const seen = new Set<string>();
  for (const unit of units) {
    const id = uniqueId(toNmtoken(unit.id), seen);
    const attrs = [`id="${escapeXmlAttribute(id)}"`];
    if (id !== unit.id) attrs.push(`name="${escapeXmlAttribute(unit.id)}"`);
    if (unit.kind && unit.kind !== 'body') attrs.push(`type="anuvad:${unit.kind}"`);
    lines.push(`    <unit ${attrs.join(' ')}>`);
    if (unit.note) lines.push(`      <notes><note>${escapeXmlText(unit.note)}</note></notes>`);
    lines.push(`      <segment state="${XLIFF20_STATE[unit.status]}" subState="${SUBSTATE_PREFIX}${unit.status}">`);
    lines.push(`        <source>${escapeXmlText(unit.source)}</source>`);
    if (unit.target) lines.push(`        <target>${escapeXmlText(unit.target)}</target>`);
    lines.push('      </segment>', '    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n += 1) candidate = `${id}_${n}`;
  seen.add(candidate);
  return candidate;
}

/** One unit read from an XLIFF file. */
export interface XliffPair {
  id: string;
  source: string;
  target: string;
  status: SegmentStatus;
  /** 1-based line of the unit in the file. */
  line: number;
}

/** A unit that could not be read. */
export interface XliffProblem {
  line: number;
  message: string;
}

// Inline elements that hold native code, not text: 1.2 bpt/ept/it/ph (and their sub), 2.0 has none with text.
const NATIVE_CODE_12 = new Set(['bpt', 'ept', 'it', 'ph']);

/** Reads an XLIFF 1.2 or 2.0/2.1 document into pairs (untranslated units included with an empty target). */
export function readXliff(xml: string, fileName: string): { version: '1.2' | '2.0'; pairs: XliffPair[]; problems: XliffProblem[] } {
  const root = parseXmlSafely(xml, fileName);
  if (root.name !== 'xliff') throw new ExchangeError(fileName, root.line, `root element is <${root.name}>, expected <xliff>`);
  const version = root.attributes.version ?? '';
  const pairs: XliffPair[] = [];
  const problems: XliffProblem[] = [];
  if (version.startsWith('1.')) {
    for (const file of childElements(root, 'file')) {
      for (const body of childElements(file, 'body')) read12Container(body, pairs, problems);
    }
    return { version: '1.2', pairs, problems };
  }
  if (version.startsWith('2.')) {
    for (const file of childElements(root, 'file')) read20Container(file, pairs, problems);
    return { version: '2.0', pairs, problems };
  }
  throw new ExchangeError(fileName, root.line, `unsupported XLIFF version '${version}' (expected 1.2, 2.0 or 2.1)`);
}

function read12Container(container: XmlElement, pairs: XliffPair[], problems: XliffProblem[]): void {
  for (const child of childElements(container)) {
    if (child.name === 'group') {
      read12Container(child, pairs, problems);
      continue;
    }
    if (child.name !== 'trans-unit') continue;
    const sourceElement = childElements(child, 'source')[0];
    if (!sourceElement) {
      problems.push({ line: child.line, message: '<trans-unit> has no <source>' });
      continue;
    }
    const targetElement = childElements(child, 'target')[0];
    const source = elementText(sourceElement, NATIVE_CODE_12);
    const target = targetElement ? elementText(targetElement, NATIVE_CODE_12) : '';
    const state = targetElement?.attributes.state;
    const status: SegmentStatus = child.attributes.approved === 'yes' && target.trim() ? 'approved' : statusFrom12(state, target, targetElement?.attributes['state-qualifier']);
    pairs.push({ id: child.attributes.id ?? '', source, target, status, line: child.line });
  }
}

function statusFrom12(state: string | undefined, target: string, qualifier: string | undefined): SegmentStatus {
  if (!target.trim()) return 'untranslated';
  // Our own pre-translation (and any tool's unreviewed exact match) reads back as pre-translated.
  if (state === 'needs-review-translation' && qualifier === 'exact-match') return 'pre-translated';
  switch (state) {
    case 'final': return 'approved';
    case 'signed-off': return 'reviewed';
    case 'translated': return 'translated';
    case undefined: return 'translated';
    default: return 'draft';
  }
}

function read20Container(container: XmlElement, pairs: XliffPair[], problems: XliffProblem[]): void {
  for (const child of childElements(container)) {
    if (child.name === 'group') {
      read20Container(child, pairs, problems);
      continue;
    }
    if (child.name !== 'unit') continue;
    const unitId = child.attributes.name ?? child.attributes.id ?? '';
    const segments = childElements(child, 'segment');
    if (segments.length === 0) problems.push({ line: child.line, message: '<unit> has no <segment>' });
    segments.forEach((segment, i) => {
      const sourceElement = childElements(segment, 'source')[0];
      if (!sourceElement) {
        problems.push({ line: segment.line, message: '<segment> has no <source>' });
        return;
      }
      const targetElement = childElements(segment, 'target')[0];
      const source = elementText(sourceElement);
      const target = targetElement ? elementText(targetElement) : '';
      const id = segments.length === 1 ? unitId : `${unitId}#${segment.attributes.id ?? i + 1}`;
      pairs.push({ id, source, target, status: statusFrom20(segment.attributes.state, segment.attributes.subState, target), line: segment.line });
    });
  }
}

function statusFrom20(state: string | undefined, subState: string | undefined, target: string): SegmentStatus {
  if (!target.trim()) return 'untranslated';
  const ours = subState?.startsWith(SUBSTATE_PREFIX) ? subState.slice(SUBSTATE_PREFIX.length) : undefined;
  if (ours && (SEGMENT_STATUSES as readonly string[]).includes(ours) && ours !== 'untranslated' && ours !== 'joined') return ours as SegmentStatus;
  switch (state) {
    case 'final': return 'approved';
    case 'reviewed': return 'reviewed';
    case 'translated': return 'translated';
    case 'initial': return 'draft';
    default: return 'translated';
  }
}
