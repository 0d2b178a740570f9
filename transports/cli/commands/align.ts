/** `anuvad align`: align a Hindi text with its English translation, or every translated article of a project. */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { alignDocument, defaultLexicon, mergeLexicons, parseFreeDict, toStoredAlignment, type AlignOptions } from '../../../articles/align/index.ts';
import { decodePage, importPage } from '../../../articles/index.ts';
import { parseArgs, stringOption } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';

/** Confidence below which a stored link is counted as needing review in the batch summary. */
const REVIEW_THRESHOLD = 0.9;

export const alignCommand: CliCommand = {
  name: 'align',
  summary: 'align Hindi sentences with an English translation (one pair, or a whole project)',
  usage: `Usage: anuvad align --hi H --en E [--hi-lines] [--glossary G] [--dictionary D] [--json]
       anuvad align --project DIR --translations FOLDER [--glossary G] [--dictionary D] [--json]

Pairs each Hindi sentence with its English sentence(s). The English is running text: it is split
into sentences here. Links may be 1-1, 2-1, 1-2, 2-2, 1-3, 1-0 (not translated) and 0-1 (added).

  --hi H            Hindi: a raw scraped page (imported like \`anuvad import\`), or with --hi-lines
                    one sentence per line
  --hi-lines        H holds one Hindi sentence per line (blank lines ignored)
  --en E            the English translation as running paragraphs (UTF-8)
  --glossary G      glossary file or project folder: its terms anchor links (default: none)
  --dictionary D    FreeDict eng-hin dictd file (.dict or .dict.dz) merged into the lexicon
  --json            print { "hi": [..], "en": [..], "links": [{ "hi": [i..], "en": [j..], "score": s }] }:
                    indices are 0-based into hi and en; each English sentence is the exact input
                    text, trimmed; score is the link's confidence 0..1 (≥ 0.9: correct ≥ 97% of the
                    time on the dev set)
  --project DIR     batch: align every article of the project that has a translation file in
  --translations F  folder F named like its page (000_x.txt → 000_x.en.txt or 000_x.txt) and
                    store the links for review as alignments/<article id>`,
  async run(args, context) {
    const parsed = parseArgs(args, {
      hi: 'string', en: 'string', 'hi-lines': 'boolean', glossary: 'string', dictionary: 'string', json: 'boolean',
      project: 'string', translations: 'string',
    });
    if (parsed.positionals.length > 0) throw new CliError(`unexpected argument ${parsed.positionals[0]}`);
    const options: AlignOptions = {};
    const glossaryGiven = stringOption(parsed, 'glossary');
    if (glossaryGiven !== undefined) options.glossary = await context.loadGlossary(glossaryGiven);
    const dictionary = stringOption(parsed, 'dictionary');
    if (dictionary !== undefined) options.lexicon = mergeLexicons(defaultLexicon(), await readFreeDict(context, dictionary));
    const project = stringOption(parsed, 'project');
    if (project !== undefined) return alignProject(context, project, stringOption(parsed, 'translations'), options, parsed.options.json === true);

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
  },
};

async function readFreeDict(context: CliContext, given: string) {
  const bytes = await context.readBytes(given);
  const text = given.endsWith('.dz') || given.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : new TextDecoder().decode(bytes);
  return parseFreeDict(text);
}

/** Batch mode: every article with a translation file gets its alignment stored for review. */
async function alignProject(context: CliContext, project: string, translations: string | undefined, options: AlignOptions, json: boolean): Promise<number> {
  if (translations === undefined) throw new CliError('--project needs --translations FOLDER');
  if (!(await context.isFolder(translations))) throw new CliError(`${translations}: not a folder`);
  const folder = context.path(translations);
  const files = new Set(await readdir(folder));
  const alignedAt = context.now().toISOString();
  const summary = await context.withProject(project, { write: true }, async (store) => {
    if (options.glossary === undefined) options.glossary = await store.getGlossary();
    const results: { id: string; file: string; translation: string; links: number; needReview: number }[] = [];
    for (const article of await store.listArticles()) {
      const stem = article.file.replace(/\.[^.]*$/, '');
      const translation = [`${stem}.en.txt`, `${stem}.en`, article.file].find((name) => files.has(name));
      if (translation === undefined) continue;
      const englishText = decodePage(await context.readBytes(join(folder, translation)), translation);
      const alignment = alignDocument(article.segments.map((segment) => segment.source), englishText, options);
      await store.saveDoc(
        `alignments/${article.id}`,
        toStoredAlignment(alignment, { articleId: article.id, segmentIds: article.segments.map((s) => s.id), translationFile: translation, englishText, alignedAt }),
      );
      results.push({ id: article.id, file: article.file, translation, links: alignment.links.length, needReview: alignment.links.filter((l) => l.score < REVIEW_THRESHOLD).length });
    }
    return results;
  });
  if (json) context.printJson(summary);
  else if (summary.length === 0) context.print('no article has a translation file in that folder');
  else for (const s of summary) context.print(`aligned ${s.id}  ${s.translation}  ${s.links} links, ${s.needReview} below ${REVIEW_THRESHOLD}`);
  return EXIT.ok;
}
