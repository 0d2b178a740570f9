/** `anuvad terms [--glossary G] FILE.txt… [--json]`: glossary terms found in Hindi text files. */
import { basename } from 'node:path';
import { decodePage } from '../../../articles/index.ts';
import { LIMITS } from '../../../services/api-schemas.ts';
import type { TermHit } from '../../../services/contract.ts';
import type { ApiHandlers } from '../../../services/api-names.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

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

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { glossary: 'string', json: 'boolean' });
  if (parsed.positionals.length === 0) throw new CliError('no files given; usage: anuvad terms [--glossary G] FILE.txt… [--json]');
  const occurrences = await context.withGlossaryApi(stringOption(parsed, 'glossary'), async (api, glossary) => {
    const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
    const found: TermOccurrence[] = [];
    for (const given of parsed.positionals) {
      const text = decodePage(await context.readBytes(given), basename(given));
      for (const hit of await termsIn(api, text)) {
        const entry = entries.get(hit.entryId);
        found.push({ file: given, start: hit.start, end: hit.end, text: hit.text, entry: hit.entryId, source: entry?.source ?? '', target: entry?.target ?? '' });
      }
    }
    return found;
  });
  if (parsed.options.json) context.printJson(occurrences);
  else for (const o of occurrences) context.print(`${o.file}:${o.start}-${o.end}  ${o.text}  → ${o.target}`);
  return EXIT.ok;
}


/**
 * `glossary.terms` over a text of any length: the contract bounds one call (LIMITS.termScanChars),
 * so a longer file is sent in pieces cut at a paragraph break (else a line break), where no term
 * runs on, with the offsets moved back into the whole text.
 */
export async function termsIn(api: ApiHandlers, text: string, limit: number = LIMITS.termScanChars): Promise<TermHit[]> {
  const hits: TermHit[] = [];
  for (let offset = 0; offset < text.length;) {
    let end = Math.min(text.length, offset + limit);
    if (end < text.length) {
      const window = text.slice(offset, end);
      const cut = Math.max(window.lastIndexOf('\n\n'), 0) || Math.max(window.lastIndexOf('\n'), 0);
      if (cut > 0) end = offset + cut + 1;
    }
    for (const hit of await api['glossary.terms']({ text: text.slice(offset, end) })) hits.push({ ...hit, start: hit.start + offset, end: hit.end + offset });
    offset = end;
  }
  return hits;
}
