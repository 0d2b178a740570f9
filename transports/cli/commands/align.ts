/** `anuvad align`: align a Hindi text with its English translation, or every translated article of a project. */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { alignDocument, defaultLexicon, mergeLexicons, parseFreeDict, type AlignOptions } from '../../../articles/align/index.ts';
import { decodePage, importPage } from '../../../articles/index.ts';
import { ApiFailure } from '../../../services/api-failure.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Confidence below which a stored link is counted as needing review in the batch summary. */
const REVIEW_THRESHOLD = 0.9;

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, {
    hi: 'string', en: 'string', 'hi-lines': 'boolean', glossary: 'string', dictionary: 'string', json: 'boolean',
    project: 'string', translations: 'string',
  });
  if (parsed.positionals.length > 0) throw new CliError(`unexpected argument ${parsed.positionals[0]}`);
  const project = stringOption(parsed, 'project');
  const glossaryGiven = stringOption(parsed, 'glossary');
  const dictionary = stringOption(parsed, 'dictionary');
  if (project !== undefined) {
    if (glossaryGiven !== undefined || dictionary !== undefined) {
      throw new CliError('--glossary and --dictionary are for one pair; a project is aligned with its own glossary and learned lexicon, as in the app');
    }
    return alignProject(context, project, stringOption(parsed, 'translations'), parsed.options.json === true);
  }
  // One pair of files, no project: the aligner itself, as `glossary convert` uses the formats.
  const options: AlignOptions = {};
  if (glossaryGiven !== undefined) options.glossary = await context.loadGlossary(glossaryGiven);
  if (dictionary !== undefined) options.lexicon = mergeLexicons(defaultLexicon(), await readFreeDict(context, dictionary));

  const hiPath = stringOption(parsed, 'hi');
  const enPath = stringOption(parsed, 'en');
  if (hiPath === undefined || enPath === undefined) throw new CliError('need --hi H and --en E (or --project DIR --translations FOLDER)');
  const hiText = decodePage(await context.readBytes(hiPath), basename(hiPath));
  const englishText = decodePage(await context.readBytes(enPath), basename(enPath));
  const hindi = parsed.options['hi-lines']
    ? hiText.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')
    : importPage({ fileName: basename(hiPath), text: hiText }).segments.map((segment) => segment.source);
  const alignment = alignDocument(hindi, englishText, options);
  const links = alignment.links.map((link) => ({ hi: link.hi, en: link.en, score: Number(link.score.toFixed(4)) }));
  if (parsed.options.json) {
    context.printJson({ hi: alignment.hi, en: alignment.en, links });
  } else {
    for (const link of links) {
      const hi = link.hi.map((i) => alignment.hi[i]).join(' ') || '—';
      const en = link.en.map((j) => alignment.en[j]).join(' ') || '—';
      context.print(`[${link.hi.join(',')}]-[${link.en.join(',')}] ${link.score.toFixed(2)}\n  ${hi}\n  ${en}`);
    }
  }
  return EXIT.ok;
}


async function readFreeDict(context: CliContext, given: string) {
  const bytes = await context.readBytes(given);
  const text = given.endsWith('.dz') || given.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : new TextDecoder().decode(bytes);
  return parseFreeDict(text);
}

/**
 * Batch mode: every article with a translation file gets its alignment stored for review, by the
 * app's own call (`align.runBatch`: the project's glossary and learned lexicon), in one commit.
 */
async function alignProject(context: CliContext, project: string, translations: string | undefined, json: boolean): Promise<number> {
  if (translations === undefined) throw new CliError('--project needs --translations FOLDER');
  if (!(await context.isFolder(translations))) throw new CliError(`${translations}: not a folder`);
  const folder = context.path(translations);
  const files = new Set(await readdir(folder));
  const summary = await context.withApi(project, { write: true }, async (api) => {
    const items: { articleId: string; english: string; fileName: string; file: string }[] = [];
    for (const article of await api['article.list']({})) {
      const stem = article.file.replace(/\.[^.]*$/, '');
      const translation = [`${stem}.en.txt`, `${stem}.en`, article.file].find((name) => files.has(name));
      if (translation === undefined) continue;
      items.push({ articleId: article.id, file: article.file, fileName: translation, english: decodePage(await context.readBytes(join(folder, translation)), translation) });
    }
    if (items.length === 0) return [];
    const outcomes = await api['align.runBatch']({ items: items.map(({ articleId, english, fileName }) => ({ articleId, english, fileName })) });
    const results: { id: string; file: string; translation: string; links: number; needReview: number }[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      // One failed article fails the command: its commit is dropped and nothing is stored.
      if (!outcome.ok) throw new ApiFailure(outcome.error);
      const view = await api['align.get']({ articleId: outcome.articleId });
      results.push({ id: outcome.articleId, file: items[i].file, translation: items[i].fileName, links: view.links.length, needReview: view.links.filter((l) => l.score < REVIEW_THRESHOLD).length });
    }
    return results;
  });
  if (json) context.printJson(summary);
  else if (summary.length === 0) context.print('no article has a translation file in that folder');
  else for (const s of summary) context.print(`aligned ${s.id}  ${s.translation}  ${s.links} links, ${s.needReview} below ${REVIEW_THRESHOLD}`);
  return EXIT.ok;
}
