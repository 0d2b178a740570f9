/** `anuvad terms [--glossary G] FILE.txt… [--json]`: glossary terms found in Hindi text files. */
import { basename } from 'node:path';
import { decodePage } from '../../../articles/index.ts';
import { createGlossaryChecker } from '../../../glossary/index.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';

/** One occurrence as printed by `terms --json`. */
export interface TermOccurrence {
  file: string;
  start: number;
  end: number;
  text: string;
  /** The entry's id. */
  entry: string;
  /** The entry's canonical Hindi term. */
  source: string;
  /** The entry's approved English rendering. */
  target: string;
}

export const termsCommand: CliCommand = {
  name: 'terms',
  summary: 'find glossary terms in Hindi text files',
  usage: `Usage: anuvad terms [--glossary G] FILE.txt… [--json]

Finds every glossary term in the files (leftmost-longest, Devanagari-aware normalisation).

  --glossary G   a glossary file (.csv .tsv .txt .tbx .xlsx .json) or a project folder
                 (default: the default project's glossary)
  --json         print [{ file, start, end, text, entry, source, target }]: file as given on the
                 command line; start/end are UTF-16 offsets (end exclusive) into the file's text as
                 read, i.e. decoded from UTF-8 or UTF-16 with the byte-order mark removed and nothing
                 else changed (line breaks, NFC and spacing untouched), so
                 text === fileText.slice(start, end); entry is the entry id, source its Hindi term,
                 target its approved English rendering`,
  async run(args, context) {
    const parsed = parseArgs(args, { glossary: 'string', json: 'boolean' });
    if (parsed.positionals.length === 0) throw new CliError('no files given; usage: anuvad terms [--glossary G] FILE.txt… [--json]');
    const glossary = await context.loadGlossary(stringOption(parsed, 'glossary'));
    const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
    const checker = createGlossaryChecker(glossary);
    const occurrences: TermOccurrence[] = [];
    for (const given of parsed.positionals) {
      const text = decodePage(await context.readBytes(given), basename(given));
      for (const hit of checker.terms(text)) {
        const entry = entries.get(hit.entryId);
        occurrences.push({ file: given, start: hit.start, end: hit.end, text: hit.text, entry: hit.entryId, source: entry?.source ?? '', target: entry?.target ?? '' });
      }
    }
    if (parsed.options.json) context.printJson(occurrences);
    else for (const o of occurrences) context.print(`${o.file}:${o.start}-${o.end}  ${o.text}  → ${o.target}`);
    return EXIT.ok;
  },
};
