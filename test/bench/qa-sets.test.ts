/**
 * The qa sets' format (bench/qa-sets/*.tsv): the bench scores whatever the files say, so a label
 * that names no issue code, an entry the glossary lacks, or an entry whose Hindi is not in the
 * pair would silently count as a miss or a hit. Each file pair is also wired into the bench.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QA_SETS, readSet } from '../../bench/qa.ts';
import type { Glossary } from '../../glossary/model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const folder = path.join(root, 'bench/qa-sets');
const glossary = JSON.parse(fs.readFileSync(path.join(root, 'glossary/default-glossary.json'), 'utf8')) as Glossary;
const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
const CODES = new Set(['missing-term', 'forbidden-term', 'wrong-name', 'number-mismatch', 'untranslated']);
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.tsv')).sort();

describe('qa sets', () => {
  it('every set file belongs to a set the bench runs, and every set has both files', () => {
    const wired = new Set(QA_SETS.flatMap(([, prefix]) => [`${prefix}-correct.tsv`, `${prefix}-planted.tsv`]));
    expect(files.filter((name) => !wired.has(name))).toEqual([]);
    expect([...wired].filter((name) => !files.includes(name))).toEqual([]);
  });

  for (const name of files) {
    it(`${name}: Hindi<TAB>English[<TAB>label] lines with sound labels`, () => {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const problems: string[] = [];
      text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '') return;
        const fields = line.split('\t');
        const where = `${name}:${i + 1}`;
        if (fields.length < 2 || fields.length > 3) problems.push(`${where}: ${fields.length} fields`);
        if (fields.slice(0, 2).some((field) => !field || field.trim() !== field)) problems.push(`${where}: empty or padded text`);
        const label = fields[2];
        if (label === undefined || label === '-') return;
        if (name.endsWith('-correct.tsv')) problems.push(`${where}: a correct pair carries the label ${label}`);
        const [code, entryId] = label.split(':');
        if (!CODES.has(code)) problems.push(`${where}: unknown issue code ${code}`);
        if (entryId === undefined) return;
        const entry = entries.get(entryId);
        if (!entry) problems.push(`${where}: no glossary entry ${entryId}`);
        else if (![entry.source, ...entry.sourceVariants].some((form) => fields[0].includes(form))) {
          problems.push(`${where}: the Hindi holds no form of ${entryId}`);
        }
      });
      expect(problems).toEqual([]);
      const pairs = readSet(path.join(folder, name));
      if (name.endsWith('-planted.tsv')) expect(pairs.filter((pair) => pair.planted).length).toBeGreaterThan(0);
      else expect(pairs.length).toBeGreaterThan(0);
    });
  }
});
