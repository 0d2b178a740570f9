/**
 * TMX 1.4b (LISA) writer and reader for Hindi→English translation memories.
 * Writer: srclang `hi`, the Hindi `<tuv>` first in every `<tu>` (translate-toolkit takes the first
 * `<tuv>` as the source whatever `srclang` says), valid against tmx14.dtd.
 * Reader: accepts hi / hi-IN and en / en-US / en-GB …, refuses entity-declaring DOCTYPEs.
 */
import { ExchangeError, childElements, elementText, escapeXmlAttribute, escapeXmlText, parseXmlSafely, type XmlElement } from './xml.ts';

/** One bilingual pair as stored in a TMX `<tu>`. */
export interface TmxPair {
  source: string;
  target: string;
  note?: string;
  /** ISO 8601 creation time. */
  created?: string;
  /** Where the pair came from (e.g. `article:<id>`, `aligned`, a memory name); stored as `<prop type="x-origin">`. */
  origin?: string;
}

/** Header values of a TMX export. */
export interface TmxWriteOptions {
  creationTool: string;
  creationToolVersion?: string;
  srcLang: 'hi';
  tgtLang: 'en';
  /** ISO 8601 time written as the header creationdate; omitted when absent (the writer reads no clock). */
  createdAt?: string;
}

/** A pair that could not be read, with the line of its `<tu>`. */
export interface TmxProblem {
  line: number;
  message: string;
}

/** Converts ISO 8601 to TMX's `YYYYMMDDThhmmssZ`; undefined when the input is not a date. */
export function toTmxDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Converts TMX's `YYYYMMDDThhmmssZ` back to ISO 8601; undefined when malformed. */
export function fromTmxDate(tmx: string | undefined): string | undefined {
  const m = tmx?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

/** Serialises pairs as a TMX 1.4b document (one `<tu>` per pair with a non-empty source and target). */
export function writeTmx(pairs: readonly TmxPair[], opts: TmxWriteOptions): string {
  const header = [
    `creationtool="${escapeXmlAttribute(opts.creationTool)}"`,
    `creationtoolversion="${escapeXmlAttribute(opts.creationToolVersion ?? '1')}"`,
    'segtype="sentence"',
    `o-tmf="${escapeXmlAttribute(opts.creationTool)}"`,
    'adminlang="en"',
    `srclang="${opts.srcLang}"`,
    'datatype="plaintext"',
  ];
  const headerDate = toTmxDate(opts.createdAt);
  if (headerDate) header.push(`creationdate="${headerDate}"`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header ${header.join(' ')}/>`,
    '  <body>',
  ];
  let n = 0;
  for (const pair of pairs) {
    // The DTD and translate-toolkit need non-empty segments on both sides.
    if (!escapeXmlText(pair.source).trim() || !escapeXmlText(pair.target).trim()) continue;
    n += 1;
    const date = toTmxDate(pair.created);
    lines.push(`    <tu tuid="${n}"${date ? ` creationdate="${date}"` : ''}>`);
    if (pair.note) lines.push(`      <note>${escapeXmlText(pair.note)}</note>`);
    if (pair.origin) lines.push(`      <prop type="x-origin">${escapeXmlText(pair.origin)}</prop>`);
    lines.push(`      <tuv xml:lang="${opts.srcLang}"><seg>${escapeXmlText(pair.source)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${opts.tgtLang}"><seg>${escapeXmlText(pair.target)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

// Inline elements whose content is native markup, not translatable text (TMX 1.4b §3.7).
const NATIVE_CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** True when a language tag is `base` or a regional variant of it (hi, hi-IN, HI_in). */
export function languageMatches(tag: string | undefined, base: string): boolean {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-');
  return t === base || t.startsWith(`${base}-`);
}

/** Reads Hindi→English pairs from a TMX document; malformed XML or a refused DOCTYPE throws ExchangeError. */
export function readTmx(xml: string, fileName: string): { pairs: TmxPair[]; problems: TmxProblem[] } {
  const root = parseXmlSafely(xml, fileName);
  if (root.name !== 'tmx') throw new ExchangeError(fileName, root.line, `root element is <${root.name}>, expected <tmx>`);
  const body = childElements(root, 'body')[0];
  if (!body) throw new ExchangeError(fileName, root.line, 'TMX has no <body>');
  const pairs: TmxPair[] = [];
  const problems: TmxProblem[] = [];
  for (const tu of childElements(body, 'tu')) {
    const read = readTu(tu);
    if ('problem' in read) problems.push({ line: tu.line, message: read.problem });
    else pairs.push(read);
  }
  return { pairs, problems };
}

function readTu(tu: XmlElement): TmxPair | { problem: string } {
  let source: string | undefined;
  let target: string | undefined;
  for (const tuv of childElements(tu, 'tuv')) {
    // TMX 1.1 used `lang`; 1.4 uses `xml:lang`.
    const lang = tuv.attributes['xml:lang'] ?? tuv.attributes.lang;
    const seg = childElements(tuv, 'seg')[0];
    if (!seg) continue;
    const text = elementText(seg, NATIVE_CODE);
    if (source === undefined && languageMatches(lang, 'hi')) source = text;
    else if (target === undefined && languageMatches(lang, 'en')) target = text;
  }
  if (source === undefined) return { problem: '<tu> has no Hindi (hi) <tuv>' };
  if (target === undefined) return { problem: '<tu> has no English (en) <tuv>' };
  if (!source.trim()) return { problem: 'Hindi <seg> is empty' };
  if (!target.trim()) return { problem: 'English <seg> is empty' };
  const pair: TmxPair = { source, target };
  const note = childElements(tu, 'note')[0];
  if (note) pair.note = elementText(note);
  const origin = childElements(tu, 'prop').find((p) => p.attributes.type === 'x-origin');
  if (origin) pair.origin = elementText(origin);
  const created = fromTmxDate(tu.attributes.creationdate);
  if (created) pair.created = created;
  return pair;
}
