/**
 * OmegaT glossary: tab-separated UTF-8 lines `source<TAB>target<TAB>comment`, no header.
 *
 * OmegaT offers every target column as a suggestion, so forbidden renderings are never written as
 * a target; they go into the comment, which OmegaT only displays. Layout per entry:
 *   source   target     type: person; forbidden: Kim Jong-un; note: …   (the main line)
 *   variant  target     variant of: source                                (one per Hindi variant)
 *   source   alternate  alternate of: target                              (one per allowed alternate)
 * In comment values `\` `\t` `\n` `\r` are escaped with a backslash, and in lists also `|` and `;`.
 */

import type { GlossaryEntry } from '../model.ts';
import {
  completeEntry, encodeText, isTermType, sourceKey,
  type ImportProblem, type ParseOptions,
} from './entries.ts';
import { neutraliseFormulaCell, restoreFormulaCell } from './spreadsheet-cells.ts';

const VARIANT_OF = 'variant of: ';
const ALTERNATE_OF = 'alternate of: ';

function escapeComment(text: string, inList: boolean): string {
  let out = text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  if (inList) out = out.replace(/\|/g, '\\|').replace(/;/g, '\\;');
  return out;
}

function unescapeComment(text: string): string {
  return text.replace(/\\(.)/g, (_, ch: string) => (ch === 't' ? '\t' : ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch));
}

// Tabs and line breaks would split a term across columns or lines: they become spaces.
function cleanTerm(term: string): string {
  return term.replace(/[\t\r\n]+/g, ' ');
}

// A term column that a spreadsheet would run as a formula gets a leading quote (spreadsheet-cells.ts);
// comments start with our own labels and name terms as written.
function termCell(term: string): string {
  return neutraliseFormulaCell(cleanTerm(term));
}

/** Writes an OmegaT tab-separated glossary (forbidden renderings only in the comment). */
export function writeOmegatGlossary(entries: readonly GlossaryEntry[]): Uint8Array {
  const lines: string[] = [];
  for (const entry of entries) {
    const fields = [`type: ${entry.type}`];
    if (entry.forbidden.length > 0) fields.push(`forbidden: ${entry.forbidden.map((term) => escapeComment(term, true)).join(' | ')}`);
    if (entry.note) fields.push(`note: ${escapeComment(entry.note, false)}`);
    const source = cleanTerm(entry.source);
    const target = cleanTerm(entry.target);
    lines.push(`${termCell(source)}\t${termCell(target)}\t${fields.join('; ')}`);
    for (const variant of entry.sourceVariants) lines.push(`${termCell(variant)}\t${termCell(target)}\t${VARIANT_OF}${escapeComment(source, false)}`);
    for (const alternate of entry.targetAlternates) lines.push(`${termCell(source)}\t${termCell(alternate)}\t${ALTERNATE_OF}${escapeComment(target, false)}`);
  }
  return encodeText(lines.map((line) => `${line}\n`).join(''));
}

/** Splits `a | b\|c` at unescaped `|` and unescapes each item. */
function splitEscapedList(text: string): string[] {
  return splitAtUnescaped(text, '|').map((item) => unescapeComment(item).trim()).filter(Boolean);
}

function splitAtUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text[i] + text[i + 1];
      i++;
    } else if (text[i] === separator) {
      parts.push(current);
      current = '';
    } else {
      current += text[i];
    }
  }
  parts.push(current);
  return parts;
}

interface ParsedComment {
  type?: string;
  forbidden: string[];
  note: string;
}

/** Reads a comment written by writeOmegatGlossary; any other comment is kept whole as the note. */
function parseComment(comment: string): ParsedComment {
  const parsed: ParsedComment = { forbidden: [], note: '' };
  if (!/^(type|forbidden|note): /.test(comment)) return { ...parsed, note: comment };
  let rest = comment;
  while (rest.length > 0) {
    if (rest.startsWith('note: ')) {
      parsed.note = unescapeComment(rest.slice('note: '.length));
      break;
    }
    const match = /^(type|forbidden): /.exec(rest);
    if (!match) return { forbidden: [], note: comment };
    const [value, ...after] = splitAtUnescaped(rest.slice(match[0].length), ';');
    if (match[1] === 'type') parsed.type = unescapeComment(value).trim();
    else parsed.forbidden = splitEscapedList(value);
    rest = after.join(';').replace(/^ /, '');
  }
  return parsed;
}

/** Reads an OmegaT tab-separated glossary (also `.tsv`), with line numbers in problems. */
export function readOmegatGlossary(text: string, file: string, opts: ParseOptions): { entries: GlossaryEntry[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const byKey = new Map<string, GlossaryEntry>();
  const attachments: { line: number; source: string; target: string; comment: string }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    // OmegaT skips lines that start with '#'; so do we.
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const columns = raw.split('\t');
    if (columns.length < 2) {
      problems.push({ file, line, severity: 'error', message: 'no TAB between source and target' });
      return;
    }
    const source = restoreFormulaCell(columns[0].trim());
    const target = restoreFormulaCell(columns[1].trim());
    const comment = restoreFormulaCell(columns.slice(2).join('\t'));
    if (!source || !target) {
      problems.push({ file, line, severity: 'error', message: source ? `no target rendering for "${source}"` : 'empty source term' });
      return;
    }
    if (comment.startsWith(VARIANT_OF) || comment.startsWith(ALTERNATE_OF)) {
      attachments.push({ line, source, target, comment });
      return;
    }
    const parsed = parseComment(comment);
    const existing = byKey.get(sourceKey(source));
    if (existing) {
      // The same source on several lines is how OmegaT lists alternative renderings.
      if (existing.target !== target && !existing.targetAlternates.includes(target)) existing.targetAlternates.push(target);
      return;
    }
    if (parsed.type !== undefined && !isTermType(parsed.type)) {
      problems.push({ file, line, severity: 'error', message: `unknown type "${parsed.type}" (use person, place, organization or term)` });
      return;
    }
    const entry = completeEntry({
      source, target, forbidden: parsed.forbidden, note: parsed.note,
      type: parsed.type !== undefined && isTermType(parsed.type) ? parsed.type : 'term',
    }, opts);
    byKey.set(sourceKey(source), entry);
    entries.push(entry);
  });
  for (const attachment of attachments) {
    const isVariant = attachment.comment.startsWith(VARIANT_OF);
    const owner = isVariant
      ? byKey.get(sourceKey(unescapeComment(attachment.comment.slice(VARIANT_OF.length))))
      : byKey.get(sourceKey(attachment.source));
    if (!owner) {
      problems.push({ file, line: attachment.line, severity: 'error', message: `"${attachment.comment}" names no entry in this file` });
      continue;
    }
    if (isVariant) {
      if (!owner.sourceVariants.includes(attachment.source)) owner.sourceVariants.push(attachment.source);
    } else if (owner.target !== attachment.target && !owner.targetAlternates.includes(attachment.target)) {
      owner.targetAlternates.push(attachment.target);
    }
  }
  return { entries, problems };
}
