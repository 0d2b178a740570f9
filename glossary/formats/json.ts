/** JSON glossary: the Glossary object itself (also accepts a bare array of entries). */

import { GLOSSARY_SCHEMA_VERSION, type Glossary, type GlossaryEntry } from '../model.ts';
import { completeEntry, encodeText, isTermType, type ImportProblem, type ParseOptions } from './entries.ts';

/** Writes the glossary as pretty-printed JSON. */
export function writeGlossaryJson(glossary: Glossary): Uint8Array {
  return encodeText(`${JSON.stringify({ schemaVersion: glossary.schemaVersion, entries: glossary.entries }, null, 2)}\n`);
}

function lineAt(text: string, index: number): number {
  return index < 0 ? 0 : text.slice(0, index).split('\n').length;
}

const STRING_FIELDS = ['id', 'source', 'target', 'note', 'createdAt', 'updatedAt', 'author'] as const;
const LIST_FIELDS = ['sourceVariants', 'targetAlternates', 'forbidden', 'acceptedForms', 'rejectedForms'] as const;

/** Reads a JSON glossary; each invalid entry is a problem on the line where that entry starts. */
export function readGlossaryJson(text: string, file: string, opts: ParseOptions): { entries: GlossaryEntry[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? lineAt(text, Number(position[1])) : 0;
    problems.push({ file, line, severity: 'error', message: `not valid JSON: ${message}` });
    return { entries: [], problems };
  }
  const glossary = Array.isArray(data) ? { schemaVersion: GLOSSARY_SCHEMA_VERSION, entries: data } : data as { schemaVersion?: unknown; entries?: unknown };
  if (typeof glossary !== 'object' || glossary === null || !Array.isArray(glossary.entries)) {
    problems.push({ file, line: 1, severity: 'error', message: 'expected a glossary object with an "entries" array' });
    return { entries: [], problems };
  }
  if (typeof glossary.schemaVersion === 'number' && glossary.schemaVersion > GLOSSARY_SCHEMA_VERSION) {
    problems.push({ file, line: 1, severity: 'error', message: `glossary schema version ${glossary.schemaVersion} is newer than this program reads (${GLOSSARY_SCHEMA_VERSION})` });
    return { entries: [], problems };
  }
  const entries: GlossaryEntry[] = [];
  // Entries are in file order; find each one's "source" to give its problems a line, counting
  // newlines only since the previous entry so that a large file stays linear.
  let searchFrom = 0;
  let lineOfSearchFrom = 1;
  for (const [index, raw] of (glossary.entries as unknown[]).entries()) {
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    // After one miss (a file written with \u escapes) stop searching: each miss scans to the end.
    const sourceAt = typeof record.source === 'string' && searchFrom >= 0 ? text.indexOf(JSON.stringify(record.source), searchFrom) : -1;
    if (sourceAt < 0 && typeof record.source === 'string') searchFrom = -1;
    let line = 0;
    if (sourceAt >= 0 && searchFrom >= 0) {
      for (let i = searchFrom; i < sourceAt; i++) if (text.charCodeAt(i) === 10) lineOfSearchFrom++;
      line = lineOfSearchFrom;
      searchFrom = sourceAt + 1;
    }
    const fail = (message: string) => problems.push({ file, line, severity: 'error', message: `entry ${index + 1}: ${message}` });
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) { fail('not an object'); continue; }
    const badString = STRING_FIELDS.find((field) => record[field] !== undefined && typeof record[field] !== 'string');
    if (badString) { fail(`"${badString}" must be a string`); continue; }
    const badList = LIST_FIELDS.find((field) => record[field] !== undefined
      && !(Array.isArray(record[field]) && (record[field] as unknown[]).every((item) => typeof item === 'string')));
    if (badList) { fail(`"${badList}" must be a list of strings`); continue; }
    if (!record.source || !record.target) { fail('"source" and "target" are required'); continue; }
    if (record.type !== undefined && !(typeof record.type === 'string' && isTermType(record.type))) { fail(`unknown type ${JSON.stringify(record.type)}`); continue; }
    if (record.matchMode !== undefined && record.matchMode !== 'exact' && record.matchMode !== 'inflected') { fail(`unknown matchMode ${JSON.stringify(record.matchMode)}`); continue; }
    if (record.status !== undefined && record.status !== 'proposed' && record.status !== 'approved') { fail(`unknown status ${JSON.stringify(record.status)}`); continue; }
    if (record.caseSensitive !== undefined && typeof record.caseSensitive !== 'boolean') { fail('"caseSensitive" must be true or false'); continue; }
    entries.push(completeEntry(record as Partial<GlossaryEntry> & { source: string; target: string }, opts));
  }
  return { entries, problems };
}
