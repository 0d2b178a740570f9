/**
 * Every sentence pair of the QA sets (bench/qa-sets/*.tsv), in file order, for tests that compare
 * two checkers on real sentences; documents of five pairs so the name context carries over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const qaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/qa-sets');

export const QA_SET_PAIRS: readonly { source: string; target: string }[] = fs.readdirSync(qaDir).filter((file) => file.endsWith('.tsv')).sort()
  .flatMap((file) => fs.readFileSync(path.join(qaDir, file), 'utf8').split('\n'))
  .map((line) => line.split('\t'))
  .filter((cells) => cells.length >= 2 && cells[0].trim() !== '')
  .map(([source, target]) => ({ source, target }));

export const QA_SET_DOCUMENTS = Array.from({ length: Math.ceil(QA_SET_PAIRS.length / 5) }, (_, i) => QA_SET_PAIRS.slice(i * 5, i * 5 + 5));
