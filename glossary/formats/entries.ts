/** Pieces every glossary exchange format shares: problems, list cells, keys, ids, defaults. */

import type { GlossaryEntry, TermType } from '../model.ts';
import { termKey } from '../normalize.ts';
import { explainNulBytes } from './nul-bytes.ts';

// The domain type-check has no DOM or Node types; TextDecoder/TextEncoder exist at runtime in
// Node, Electron and browsers, so they are reached through globalThis with the few members used.
interface TextCodecs {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}
const codecs = globalThis as unknown as TextCodecs;

/** How bad a problem found while reading a file is: an error blocks the whole import. */
export type ProblemSeverity = 'error' | 'warning';

/** One row-level problem in an imported file (line is 1-based; 0 = the file as a whole). */
export interface ImportProblem {
  file: string;
  line: number;
  message: string;
  severity: ProblemSeverity;
}

/** Options every reader takes: the clock and who is importing. */
export interface ParseOptions {
  now: string;
  author?: string;
}

/** Entry fields a format can carry besides the id. */
export type EntryField = Exclude<keyof GlossaryEntry, 'id'>;

/** The fields that describe what a term is and how to render it (what an import compares). */
export const CONTENT_FIELDS: readonly EntryField[] = [
  'source', 'sourceVariants', 'target', 'targetAlternates', 'forbidden', 'type',
  'caseSensitive', 'matchMode', 'note', 'status', 'acceptedForms', 'rejectedForms',
];

/**
 * The fields the flat formats (CSV, TBX, OmegaT) carry. Not the accepted/removed English forms:
 * CSV's header is fixed, and in TBX or OmegaT an extra English term would be read by other tools
 * as one more approved rendering, which a removed derived form is not.
 */
export const TERM_FIELDS: readonly EntryField[] = [
  'source', 'sourceVariants', 'target', 'targetAlternates', 'forbidden', 'type', 'note',
];

/** Every field of an entry except the id (JSON and XLSX carry them all). */
export const ALL_FIELDS: readonly EntryField[] = [...CONTENT_FIELDS, 'createdAt', 'updatedAt', 'author'];

export const TERM_TYPES: readonly TermType[] = ['person', 'place', 'organization', 'term'];

/** True when a string names one of the entry types. */
export function isTermType(value: string): value is TermType {
  return (TERM_TYPES as readonly string[]).includes(value);
}

/**
 * Joins a list into one cell with `|`; a literal `|` inside an item is written `\|` and a literal
 * backslash `\\`, so any item survives the round trip.
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

/** Splits a `|` list cell written by joinList; empty items are dropped and items are trimmed. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    // A backslash escapes the next character; a lone trailing backslash is kept as typed.
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (ch === '|') {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/**
 * Key under which two spellings are the same source term: the glossary's own Devanagari-aware
 * normalisation (NFC, joiners, hyphens/spaces, nukta, chandrabindu, nasals, candra-o, case).
 */
export function sourceKey(term: string): string {
  return termKey(term);
}

// Ids must not change when the matcher's normalisation is refined, so they hash a simpler key.
function idKey(term: string): string {
  return term
    .normalize('NFC')
    .replace(/[\u200c\u200d]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\-\u2010\u2011]+/g, ' ')
    .trim();
}

// Two FNV-1a 32-bit hashes with different offsets: 64 bits are plenty to keep ids of distinct
// terms apart in one glossary, and the id stays the same when the same file is imported again.
function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Stable id for an entry read from a format that has no ids (derived from its source key). */
export function entryIdForSource(source: string): string {
  const key = idKey(source);
  return `t-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x5bd1e995)}`;
}

/** Default match mode for a type: names match as whole words, common nouns take Hindi inflections. */
export function defaultMatchMode(type: TermType): GlossaryEntry['matchMode'] {
  return type === 'term' ? 'inflected' : 'exact';
}

/** Builds a complete entry from the fields a format carries, filling the rest with defaults. */
export function completeEntry(
  fields: Partial<GlossaryEntry> & { source: string; target: string },
  opts: ParseOptions,
): GlossaryEntry {
  const type = fields.type ?? 'term';
  return {
    id: fields.id && fields.id.length > 0 ? fields.id : entryIdForSource(fields.source),
    source: fields.source,
    sourceVariants: fields.sourceVariants ?? [],
    target: fields.target,
    targetAlternates: fields.targetAlternates ?? [],
    forbidden: fields.forbidden ?? [],
    type,
    caseSensitive: fields.caseSensitive ?? false,
    matchMode: fields.matchMode ?? defaultMatchMode(type),
    note: fields.note ?? '',
    // An imported term base is a deliberate decision of the desk, so its entries are enforced.
    status: fields.status ?? 'approved',
    createdAt: fields.createdAt ?? opts.now,
    updatedAt: fields.updatedAt ?? opts.now,
    author: fields.author ?? opts.author ?? 'import',
    // The terminologist's edits of the derived English forms (english-forms.ts), where carried.
    ...(fields.acceptedForms?.length ? { acceptedForms: fields.acceptedForms } : {}),
    ...(fields.rejectedForms?.length ? { rejectedForms: fields.rejectedForms } : {}),
  };
}

/** Decodes file bytes as text: UTF-8 (BOM stripped) or UTF-16 with a BOM; invalid UTF-8 is a problem. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; problems: ImportProblem[] } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new codecs.TextDecoder('utf-16le').decode(bytes.subarray(2)), problems: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new codecs.TextDecoder('utf-16be').decode(bytes.subarray(2)), problems: [] };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // NUL is valid UTF-8, yet no glossary text holds one: it is UTF-16 without a BOM or a binary file,
  // and reading on would turn it into wrong terms or a misleading CSV/XML error.
  const nul = nulByteProblem(body, file);
  if (nul) return { text: '', problems: [nul] };
  try {
    return { text: new codecs.TextDecoder('utf-8', { fatal: true }).decode(body), problems: [] };
  } catch {
    const lossy = new codecs.TextDecoder('utf-8').decode(body);
    const at = lossy.indexOf('\ufffd');
    const line = lossy.slice(0, at).split('\n').length;
    return {
      text: lossy,
      problems: [{ file, line, severity: 'error', message: 'the file is not valid UTF-8 (save it as UTF-8 and import again)' }],
    };
  }
}

function nulByteProblem(bytes: Uint8Array, file: string): ImportProblem | undefined {
  const nul = explainNulBytes(bytes);
  if (!nul) return undefined;
  if (nul.kind === 'utf16') return { file, line: 1, severity: 'error', message: `the file looks like UTF-16 ${nul.byteOrder} without a byte-order mark (save it as UTF-8 and import again)` };
  return { file, line: nul.line, severity: 'error', message: `binary data: NUL byte at offset ${nul.offset} (save the glossary as UTF-8 text and import again)` };
}

/** Encodes text as UTF-8 bytes. */
export function encodeText(text: string): Uint8Array {
  return new codecs.TextEncoder().encode(text);
}
