/** `anuvad tm export OUT.tmx [--project DIR]`: the project's confirmed pairs as TMX 1.4b. */
import { segmentNote } from '../../../articles/exchange/xliff.ts';
import { writeTmx, type TmxPair } from '../../../articles/exchange/tmx.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { isConfirmedPair } from '../../../articles/segment-workflow.ts';

export const tmExportCommand: CliCommand = {
  name: 'tm export',
  summary: "export the project's translated and approved pairs as TMX 1.4b",
  usage: `Usage: anuvad tm export OUT.tmx [--project DIR]

Writes every segment with status translated, reviewed or approved (and an English text) across
the project's articles as TMX 1.4b: srclang hi, the Hindi <tuv> first, the article id as
<prop type="x-origin">, the segment's last change as creationdate. Imported memories are not
re-exported. The file validates against the TMX 1.4b DTD and loads in translate-toolkit and OmegaT.

  --project DIR  project folder (default: the default project)`,
  async run(args, context) {
    const parsed = parseArgs(args, { project: 'string' });
    if (parsed.positionals.length !== 1 || !/\.tmx$/i.test(parsed.positionals[0])) throw new CliError('usage: anuvad tm export OUT.tmx [--project DIR]');
    const pairs = await context.withProject(stringOption(parsed, 'project'), {}, async (store) => {
      const out: TmxPair[] = [];
      for (const article of await store.listArticles()) {
        for (const segment of article.segments) {
          if (!isConfirmedPair(segment)) continue;
          out.push({ source: segment.source, target: segment.target, origin: `article:${article.id}`, created: segment.updatedAt, note: segmentNote(segment) });
        }
      }
      return out;
    });
    await context.writeBytes(parsed.positionals[0], writeTmx(pairs, { creationTool: 'Anuvad Workbench', creationToolVersion: '0.1.0', srcLang: 'hi', tgtLang: 'en', createdAt: context.now().toISOString() }));
    if (pairs.length === 0) context.warn('warning: no translated, reviewed or approved segments yet; the TMX has no units');
    context.print(`${parsed.positionals[0]}: ${pairs.length} pairs`);
    return EXIT.ok;
  },
};
