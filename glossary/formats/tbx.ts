/** TBX term bases: TBX-Basic 2008 (`<martif>`) and TBX v3 / ISO 30042:2019 TBX-Basic DCA (`<tbx>`). */

import type { GlossaryEntry } from '../model.ts';
import {
  completeEntry, encodeText, isTermType, joinList, sourceKey, splitList,
  type ImportProblem, type ParseOptions,
} from './entries.ts';
import { childElements, escapeXml, firstChild, readXml, textContent, XmlReadError, type XmlElement } from './xml.ts';

/** Options of the TBX 2008 export. */
export interface Tbx2008Options {
  /**
   * OmegaT 3.6 offers every term of the target language, deprecated or not (its TBX reader never
   * looks at administrativeStatus). With forOmegaT the forbidden renderings are left out of the
   * terms and listed in a termEntry `<note>` instead, which OmegaT shows as a comment only.
   */
  forOmegaT?: boolean;
}

export const TBX3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
const SOURCE_LANG = 'hi';
const TARGET_LANG = 'en';
const PRODUCER = 'Anuvad Workbench';

/** Prefix of the termEntry note that carries forbidden renderings in an OmegaT-targeted export. */
export const FORBIDDEN_NOTE_PREFIX = 'Forbidden renderings (never use): ';
const FORBIDDEN_NOTE_SEPARATOR = ' | ';

type AdminStatus = 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts' | 'supersededTerm-admn-sts';

interface WrittenTerm {
  term: string;
  status: AdminStatus;
  variant: boolean;
}

const NCNAME = /^[A-Za-z_][\w.\-\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]*$/;
const HEX_ID_PREFIX = '_x';

/**
 * TBX ids are XML IDs (NCName). Ids that already are one are written unchanged; any other id is
 * written as `_x` + the hex of its UTF-8 bytes, and decodeTbxId turns it back.
 */
export function encodeTbxId(id: string): string {
  if (NCNAME.test(id) && !id.startsWith(HEX_ID_PREFIX)) return id;
  return HEX_ID_PREFIX + Array.from(encodeText(id), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Reverses encodeTbxId. */
export function decodeTbxId(id: string): string {
  if (!id.startsWith(HEX_ID_PREFIX) || !/^[0-9a-f]*$/.test(id.slice(2)) || id.length % 2 !== 0) return id;
  const hex = id.slice(2);
  let text = '';
  try {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    text = decodeURIComponent(Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return id;
  }
  return text;
}

function sourceTerms(entry: GlossaryEntry): WrittenTerm[] {
  return [
    { term: entry.source, status: 'preferredTerm-admn-sts', variant: false },
    ...entry.sourceVariants.map((term): WrittenTerm => ({ term, status: 'admittedTerm-admn-sts', variant: true })),
  ];
}

function targetTerms(entry: GlossaryEntry, withForbidden: boolean): WrittenTerm[] {
  return [
    { term: entry.target, status: 'preferredTerm-admn-sts', variant: false },
    ...entry.targetAlternates.map((term): WrittenTerm => ({ term, status: 'admittedTerm-admn-sts', variant: false })),
    ...(withForbidden ? entry.forbidden.map((term): WrittenTerm => ({ term, status: 'deprecatedTerm-admn-sts', variant: false })) : []),
  ];
}

function termNotes(term: WrittenTerm, indent: string): string {
  const notes = [];
  if (term.variant) notes.push(`${indent}<termNote type="termType">variant</termNote>`);
  notes.push(`${indent}<termNote type="administrativeStatus">${term.status}</termNote>`);
  return notes.join('\n');
}

/** Writes TBX-Basic 2008 (`<martif type="TBX-Basic">`), the TBX that OmegaT 3.6 and translate-toolkit read. */
export function writeTbx2008(entries: readonly GlossaryEntry[], options: Tbx2008Options = {}): Uint8Array {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    `    <fileDesc><sourceDesc><p>Exported by ${PRODUCER} (TBX-Basic 2008${options.forOmegaT ? ', for OmegaT: forbidden renderings only in notes' : ''})</p></sourceDesc></fileDesc>`,
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) {
    lines.push(`      <termEntry id="${escapeXml(encodeTbxId(entry.id))}">`);
    lines.push(`        <descrip type="subjectField">${entry.type}</descrip>`);
    if (entry.note) lines.push(`        <note>${escapeXml(entry.note)}</note>`);
    if (options.forOmegaT && entry.forbidden.length > 0) {
      lines.push(`        <note>${escapeXml(FORBIDDEN_NOTE_PREFIX + entry.forbidden.map((term) => joinList([term])).join(FORBIDDEN_NOTE_SEPARATOR))}</note>`);
    }
    const langSet = (lang: string, terms: WrittenTerm[]) => {
      lines.push(`        <langSet xml:lang="${lang}">`);
      for (const term of terms) {
        // OmegaT copies every termNote into the comment it shows; an OmegaT export keeps the
        // order (preferred first) and leaves the status notes out.
        if (options.forOmegaT) lines.push(`          <tig><term>${escapeXml(term.term)}</term></tig>`);
        else lines.push(`          <tig>\n            <term>${escapeXml(term.term)}</term>\n${termNotes(term, '            ')}\n          </tig>`);
      }
      lines.push('        </langSet>');
    };
    langSet(SOURCE_LANG, sourceTerms(entry));
    langSet(TARGET_LANG, targetTerms(entry, !options.forOmegaT));
    lines.push('      </termEntry>');
  }
  lines.push('    </body>', '  </text>', '</martif>', '');
  return encodeText(lines.join('\n'));
}

/**
 * Writes TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style, using only what that dialect
 * permits: subjectField and note at conceptEntry level, termType and administrativeStatus
 * (preferred/admitted/deprecated) in termSec. Throws for an empty glossary (TBX v3 requires at
 * least one conceptEntry).
 */
export function writeTbx3(entries: readonly GlossaryEntry[]): Uint8Array {
  if (entries.length === 0) throw new Error('TBX v3 cannot hold an empty glossary: its <body> requires at least one conceptEntry');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX3_NAMESPACE}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt><title>Hindi-English glossary</title></titleStmt>',
    `      <sourceDesc><p>Exported by ${PRODUCER}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) {
    lines.push(`      <conceptEntry id="${escapeXml(encodeTbxId(entry.id))}">`);
    lines.push(`        <descrip type="subjectField">${entry.type}</descrip>`);
    if (entry.note) lines.push(`        <note>${escapeXml(entry.note)}</note>`);
    const langSec = (lang: string, terms: WrittenTerm[]) => {
      lines.push(`        <langSec xml:lang="${lang}">`);
      for (const term of terms) {
        lines.push('          <termSec>', `            <term>${escapeXml(term.term)}</term>`, termNotes(term, '            '), '          </termSec>');
      }
      lines.push('        </langSec>');
    };
    langSec(SOURCE_LANG, sourceTerms(entry));
    langSec(TARGET_LANG, targetTerms(entry, true));
    lines.push('      </conceptEntry>');
  }
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return encodeText(lines.join('\n'));
}

interface ReadTerm {
  term: string;
  status: string;
  line: number;
}

function statusOf(holder: XmlElement): string {
  const note = childElements(holder, 'termNote').find((element) => element.attributes.type === 'administrativeStatus');
  return note ? textContent(note).trim() : '';
}

/** Terms of one langSet (TBX 2008: tig or ntig/termGrp) or langSec (TBX v3: termSec). */
function termsOf(languageSection: XmlElement): ReadTerm[] {
  const terms: ReadTerm[] = [];
  for (const child of languageSection.children) {
    if (typeof child === 'string') continue;
    const holder = child.name === 'ntig' ? firstChild(child, 'termGrp') : child.name === 'tig' || child.name === 'termSec' ? child : undefined;
    const term = holder && firstChild(holder, 'term');
    if (!holder || !term) continue;
    terms.push({ term: textContent(term).trim(), status: statusOf(holder), line: term.line });
  }
  return terms;
}

function languageOf(section: XmlElement): string {
  return (section.attributes['xml:lang'] ?? section.attributes.lang ?? '').toLowerCase();
}

function isLanguage(tag: string, language: string): boolean {
  return tag === language || tag.startsWith(`${language}-`) || tag.startsWith(`${language}_`);
}

/** Reads TBX 2008 or TBX v3 (chosen by the root element); problems carry the XML line of the element. */
export function readGlossaryTbx(text: string, file: string, opts: ParseOptions): { entries: GlossaryEntry[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    const line = error instanceof XmlReadError ? error.line : 0;
    problems.push({ file, line, severity: 'error', message: error instanceof Error ? error.message : String(error) });
    return { entries: [], problems };
  }
  const generation = root.name === 'martif' ? 2008 : root.name === 'tbx' ? 3 : 0;
  if (generation === 0) {
    problems.push({ file, line: root.line, severity: 'error', message: `not a TBX file: the root element is <${root.name}>, expected <martif> or <tbx>` });
    return { entries: [], problems };
  }
  const body = firstChild(root, 'text') && firstChild(firstChild(root, 'text') as XmlElement, 'body');
  if (!body) {
    problems.push({ file, line: root.line, severity: 'error', message: 'no <text><body> in the TBX file' });
    return { entries: [], problems };
  }
  const entryName = generation === 2008 ? 'termEntry' : 'conceptEntry';
  const sectionName = generation === 2008 ? 'langSet' : 'langSec';
  const entries: GlossaryEntry[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const element of childElements(body, entryName)) {
    const line = element.line;
    const sourceSide: ReadTerm[] = [];
    const targetSide: ReadTerm[] = [];
    for (const section of childElements(element, sectionName)) {
      const language = languageOf(section);
      if (isLanguage(language, SOURCE_LANG)) sourceSide.push(...termsOf(section));
      else if (isLanguage(language, TARGET_LANG)) targetSide.push(...termsOf(section));
      else problems.push({ file, line: section.line, severity: 'warning', message: `terms in language "${language}" are ignored (only hi and en are read)` });
    }
    const emptyTerm = [...sourceSide, ...targetSide].find((term) => term.term === '');
    if (emptyTerm) {
      problems.push({ file, line: emptyTerm.line, severity: 'error', message: 'empty <term>' });
      continue;
    }
    // Preferred first; without any status the first term is the preferred one.
    const pick = (terms: ReadTerm[]) => {
      const usable = terms.filter((term) => term.status !== 'deprecatedTerm-admn-sts' && term.status !== 'supersededTerm-admn-sts');
      const preferredIndex = Math.max(0, usable.findIndex((term) => term.status === 'preferredTerm-admn-sts'));
      const preferred = usable[preferredIndex];
      return { preferred, others: usable.filter((_, index) => index !== preferredIndex), rejected: terms.filter((term) => !usable.includes(term)) };
    };
    const source = pick(sourceSide);
    const target = pick(targetSide);
    if (!source.preferred) {
      problems.push({ file, line, severity: 'error', message: `<${entryName}> has no Hindi (xml:lang="hi") term` });
      continue;
    }
    if (!target.preferred) {
      problems.push({ file, line, severity: 'error', message: `<${entryName}> has no English (xml:lang="en") term that is not deprecated` });
      continue;
    }
    for (const rejected of source.rejected) {
      problems.push({ file, line: rejected.line, severity: 'warning', message: `deprecated Hindi term "${rejected.term}" is ignored` });
    }
    const subjectField = childElements(element, 'descrip').find((descrip) => descrip.attributes.type === 'subjectField');
    const typeText = subjectField ? textContent(subjectField).trim() : 'term';
    if (subjectField && !isTermType(typeText)) {
      problems.push({ file, line: subjectField.line, severity: 'warning', message: `subjectField "${typeText}" is not an entry type (person, place, organization, term); "term" is used` });
    }
    const notes: string[] = [];
    const forbidden = target.rejected.map((term) => term.term);
    for (const note of childElements(element, 'note')) {
      const content = textContent(note);
      if (content.startsWith(FORBIDDEN_NOTE_PREFIX)) {
        forbidden.push(...splitList(content.slice(FORBIDDEN_NOTE_PREFIX.length)));
      } else {
        notes.push(content);
      }
    }
    const key = sourceKey(source.preferred.term);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      problems.push({ file, line, severity: 'error', message: `"${source.preferred.term}" is already defined by the entry on line ${earlier}` });
      continue;
    }
    firstLineOfKey.set(key, line);
    const id = element.attributes.id;
    entries.push(completeEntry({
      id: id ? decodeTbxId(id) : undefined,
      source: source.preferred.term,
      sourceVariants: source.others.map((term) => term.term),
      target: target.preferred.term,
      targetAlternates: target.others.map((term) => term.term),
      forbidden,
      type: isTermType(typeText) ? typeText : 'term',
      note: notes.join('\n'),
    }, opts));
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push({ file, line: body.line, severity: 'warning', message: `the file has no <${entryName}>` });
  }
  return { entries, problems };
}
