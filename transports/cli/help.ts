/**
 * The help of every command: names, one-line summaries and usage text, kept apart from the code
 * so `anuvad --help` and `anuvad <command> --help` load nothing else (commands/index.ts loads a
 * command's module only to run it).
 */
import { DESK_HELP } from './help-desk.ts';

/** The glossary formats, for the help of the glossary commands. */
export const GLOSSARY_EXTENSIONS = '.csv, .tbx (TBX-Basic 2008), .tbx3 or .v3.tbx (TBX v3), .omegat.tbx, .txt/.tsv (OmegaT), .xlsx or .json';

/** What `--help` shows for one command. */
export interface CommandHelp {
  name: string;
  summary: string;
  usage: string;
}

/** Every command's help, in the order `anuvad --help` lists them. */
export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    name: 'import',
    summary: 'import raw Hindi pages (UTF-8, UTF-8 BOM, UTF-16) as articles',
    usage: `Usage: anuvad import <files…> [--project DIR] [--json]

Imports raw scraped Hindi pages into the project (created if DIR does not exist yet; the default
project without --project). Re-importing a page keeps the translations of unchanged segments.
Segments whose Hindi has a 100 % match in the project memory (identical after Unicode NFC and
white-space collapse), or repeat a translated segment of the batch, are filled as pre-translated.
All pages are read first: if any page cannot be imported, nothing is imported (exit 2).

  --project DIR  project folder
  --json         print the imported articles as [{ id, file, title, segments, translated, approved, preTranslated }]`,
  },
  {
    name: 'list',
    summary: 'list the articles of a project with segment counts',
    usage: `Usage: anuvad list [--project DIR] [--json]

Lists the project's articles in display order.

  --project DIR  project folder (default: the default project)
  --json         print [{ id, file, title, segments, translated, approved }]: file is the imported
                 page's name, the others are counts of segments (translated counts every segment
                 with status translated, reviewed or approved)`,
  },
  {
    name: 'show',
    summary: 'print one article: metadata, segments, removed boilerplate',
    usage: `Usage: anuvad show <article-id> [--project DIR] [--json]

Prints an article (ids as shown by \`anuvad list\`).

  --project DIR  project folder (default: the default project)
  --json         stable JSON: { id, file, title, titleEnglish?, date?, byline?, outlet?,
                 segments: [{ id, source, target, status }], removed: [{ line, text, reason }] }
                 where title is also segments[0]`,
  },
  {
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
  },
  {
    name: 'qa',
    summary: 'check translations against the glossary and numbers',
    usage: `Usage: anuvad qa [--glossary G] (--pairs P.tsv | FILE.tmx | FILE.xlf | --project DIR) [--json]

Checks Hindi→English pairs: missing approved renderings (an entry's accepted forms, such as
"North Korean" for North Korea, count), a different person's name, forbidden renderings,
numbers of the Hindi missing from the English, empty translations. Earlier pairs of the same
document are the context of a pair ("Kim" after "Kim Jong Un"): a TMX or XLIFF file is one
document, a blank line in a TSV starts a new one, each article of a project is one.

  --glossary G   a glossary file (.csv .tsv .txt .tbx .xlsx .json) or a project folder
                 (default: the --project's glossary, else the default project's)
  --pairs P      pairs to check: a TSV file of Hindi<TAB>English lines, or a .tmx / .xlf / .xliff
                 file (a .tmx/.xlf/.xliff may also be given without --pairs)
  --project DIR  check every segment of every article of the project instead
  --json         print [{ line, kind, severity, term?, detail, article?, segment? }] where kind is one of
                 missing-term, wrong-name, forbidden-term, number-mismatch, untranslated;
                 severity is error or warning; term is the entry's
                 approved rendering; line is the TSV line, the XLIFF unit's line, the 1-based
                 position of the TMX <tu>, or for a project the segment's line in its raw page

Exit codes: 0 no issues, 1 issues found, 2 bad input.`,
  },
  {
    name: 'analyse',
    summary: 'counts, repetitions and memory match bands of articles or the project',
    usage: `Usage: anuvad analyse [ARTICLE…] [--project DIR] [--json]

Prints the analysis a CAT tool shows before work starts: segments and Hindi words per match band
(100 %, 95-99, 85-94, 75-84, 50-74, no match), repetitions and per status, for one article (id or
page file name), several, or the whole project when none is named. A segment repeating an earlier
one of the analysed articles counts once, as a repetition; the others are matched against the
project memory without the analysed articles' own translations, plus the imported memories.

  --project DIR  project folder (default: the default project)
  --json         print { articles: [{ articleId, title, figures }], total, memoryPairs } where figures
                 is { total, byStatus, bands, repetitions }, each row { segments, words }`,
  },
  {
    name: 'glossary convert',
    summary: 'convert a glossary file to another format (by extension)',
    usage: `Usage: anuvad glossary convert IN OUT

Converts between every supported glossary format, chosen by extension: ${GLOSSARY_EXTENSIONS}.
IN may also be a project folder (its glossary is exported). Row-level problems of IN are printed
with file and line; an error in IN writes nothing (exit 2). OUT is replaced atomically.`,
  },
  {
    name: 'glossary import',
    summary: "merge a glossary file into a project's glossary (shows the plan first)",
    usage: `Usage: anuvad glossary import FILE [--project DIR] [--dry-run] [--conflicts skip|take-incoming] [--json]

Reads FILE (${GLOSSARY_EXTENSIONS}), prints the plan (new, changed, conflicting, unchanged
entries) and applies it unless --dry-run. Entries match by id, else by normalised Hindi term.
A file with any error (printed with file and line) changes nothing (exit 2).

  --project DIR   project folder (default: the default project)
  --dry-run       print the plan only
  --conflicts M   skip (default: keep the project's entry) or take-incoming (the file wins)
  --json          print the plan as { applied, added, changed, conflicts, unchanged }

Exit codes: 0 applied (or nothing to do), 1 conflicts were skipped, 2 bad file or project.`,
  },
  {
    name: 'glossary export',
    summary: "write a project's glossary to a file (format by extension)",
    usage: `Usage: anuvad glossary export FILE [--project DIR]

Writes the project's glossary to FILE in the format its extension names: ${GLOSSARY_EXTENSIONS}.

  --project DIR  project folder (default: the default project)`,
  },
  {
    name: 'align',
    summary: 'align Hindi sentences with an English translation (one pair, or a whole project)',
    usage: `Usage: anuvad align --hi H --en E [--hi-lines] [--glossary G] [--dictionary D] [--json]
       anuvad align --project DIR --translations FOLDER [--json]

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
                    store the links for review as alignments/<article id>; a project is aligned as
                    in the app, with its own glossary and the lexicon learned from its confirmed
                    pairs (--glossary and --dictionary are for one pair)`,
  },
  {
    name: 'tm import',
    summary: 'import a TMX file as a named, read-only translation memory of the project',
    usage: `Usage: anuvad tm import FILE.tmx [--project DIR] [--name NAME] [--json]

Reads the Hindi→English pairs of FILE.tmx (TMX 1.4b; hi / hi-IN and en / en-US … accepted; also
.xlf/.xliff units with a translation and .tsv Hindi<TAB>English lines) and stores them in the
project as the read-only memory NAME (default: the file name without its extension).
Importing under an existing name replaces that memory. Units without Hindi or English are
reported with their line and skipped. DOCTYPEs that declare entities are refused.

  --project DIR  project folder (default: the default project)
  --name NAME    memory name (letters, digits, '_', '.', '-')
  --json         print { name, pairs, skipped: [{ line, message }] }

Exit codes: 0 imported, 2 bad file (nothing changed).`,
  },
  {
    name: 'tm lookup',
    summary: "look a Hindi sentence up in the project's translation memory",
    usage: `Usage: anuvad tm lookup --text "<Hindi>" [--project DIR] [--min 0.5] [--limit 10] [--json]

Searches the project's translated, reviewed and approved segments and its imported memories.
Similarity is word-level on Hindi normalised like the glossary (nukta, chandrabindu, ॉ, nasal +
virama folded; Devanagari digits = ASCII). 100% matches come first. When numbers differ, or a
glossary term is swapped for another (मॉस्को → कीव), and each old number or rendering occurs
once in the English, "adapted" holds the English with the new numbers and renderings.

  --text TEXT    the Hindi sentence
  --project DIR  project folder (default: the default project)
  --min X        lowest similarity shown, 0..1 (default 0.5)
  --limit N      most matches (default 10)
  --json         print [{ source, target, score, origin, adapted? }], best first; origin is
                 article:<id> or tm:<memory name>`,
  },
  {
    name: 'tm convert',
    summary: 'convert a translation memory between TSV, TMX and XLIFF (by extension)',
    usage: `Usage: anuvad tm convert IN OUT [--xliff-version 1.2|2.0]

Formats by extension: .tsv/.tab/.txt (Hindi<TAB>English per line), .tmx (TMX 1.4b, Hindi first),
.xlf/.xliff (XLIFF 1.2 unless --xliff-version 2.0; reading accepts 1.2, 2.0 and 2.1).
Rows that cannot be read are reported with their line and skipped.

Exit codes: 0 converted, 2 bad input (nothing written).`,
  },
  {
    name: 'tm export',
    summary: "export the project's translated and approved pairs as TMX 1.4b",
    usage: `Usage: anuvad tm export OUT.tmx [--project DIR]

Writes every segment with status translated, reviewed or approved (and an English text) across
the project's articles as TMX 1.4b: srclang hi, the Hindi <tuv> first, the article id as
<prop type="x-origin">, the segment's last change as creationdate. Imported memories are not
re-exported. The file validates against the TMX 1.4b DTD and loads in translate-toolkit and OmegaT.

  --project DIR  project folder (default: the default project)`,
  },
  {
    name: 'xliff export',
    summary: 'export one article as XLIFF 1.2 or 2.0 with segment states',
    usage: `Usage: anuvad xliff export ARTICLE OUT.xlf [--project DIR] [--version 1.2|2.0]

Writes every segment of the article (id as shown by \`anuvad list\`, or its page file name) as a
unit. States: untranslated → 1.2 needs-translation / 2.0 initial; draft → needs-review-translation
/ initial; translated → translated; reviewed → signed-off / reviewed; approved → final (1.2 also
approved="yes"). XLIFF 2.0 keeps our status in subState="anuvad:<status>".

  --project DIR  project folder (default: the default project)
  --version V    1.2 (default) or 2.0`,
  },
  {
    name: 'export',
    summary: 'export the English of articles as text, Markdown or DOCX, or one article as XLIFF',
    usage: `Usage: anuvad export ARTICLE [ARTICLE…] OUT.(txt|md|docx|xlf) [--project DIR] [--version 1.2|2.0]

The format is OUT's extension. .txt, .md and .docx hold the English in the page's layout: kicker,
headline, byline, dateline, subheadings and body paragraphs; several articles go into one file in
the order given (a rule between them; a page break in DOCX). A segment without English is written
as [Untranslated: <Hindi>] and counted. .xlf writes one article as XLIFF with segment states (as
\`anuvad xliff export\`). ARTICLE is an id as shown by \`anuvad list\`, or the page's file name.

  --project DIR  project folder (default: the default project)
  --version V    XLIFF 1.2 (default) or 2.0`,
  },
  {
    name: 'qa-report',
    summary: 'write the printable QA report (HTML) of the project or of some articles',
    usage: `Usage: anuvad qa-report [ARTICLE…] [-o FILE.html] [--project DIR] [--lang en|hi] [--json]

The QA report of the named articles (default: every article of the project), with the project's
totals first: every open glossary and number issue (segment, Hindi, English, kind, severity),
approvals over issues with their reasons, ignored issues with their reasons, spelling findings
(the project's house style, glossary and dictionary) and a picture of glossary compliance per
article. One self-contained HTML file (no script, nothing fetched); print it to PDF from a
browser. Without -o the HTML goes to stdout. ARTICLE is an id as shown by \`anuvad list\`, or the
page's file name.

  -o, --output FILE  write the HTML to FILE (replaced whole)
  --project DIR      project folder (default: the default project)
  --lang L           the report's language: en or hi (default: the project's UI language)
  --json             print the report as JSON instead`,
  },
  {
    name: 'glossary apply',
    summary: "bring every article's English in line with a glossary entry (preview with --dry-run)",
    usage: `Usage: anuvad glossary apply --entry ID [--project DIR] [--from TEXT] [--dry-run] [--json]

In every target segment whose Hindi contains the entry's term, replaces the entry's forbidden
renderings (and, with --from, the previous approved rendering TEXT) by the approved rendering,
keeping sentence-initial capitals, ALL CAPS and possessives ('s / ’s). A forbidden form inside
the approved rendering ("Kim Jong" in "Kim Jong Un") is left alone. Changed segments keep their
status and get origin "propagation". The changes are one undo step, as in the app:
\`anuvad glossary undo\` takes them back.

  --entry ID     glossary entry id
  --project DIR  project folder (default: the default project)
  --from TEXT    the entry's previous approved rendering, also replaced
  --dry-run      show the changes only
  --json         print { entry, applied, changes: [{ articleId, segmentId, status, before, after,
                 diff: [{ op: equal|delete|insert, text }] }], undoDepth } (undoDepth when applied)`,
  },
  {
    name: 'glossary undo',
    summary: 'undo the last glossary propagation (from `glossary apply` or the app)',
    usage: `Usage: anuvad glossary undo [--project DIR] [--json]

Takes back the last propagation step, whether \`anuvad glossary apply\` or the app's glossary
dialog made it (the project keeps the last 20): each changed segment gets back what it held
before, except a segment whose English was edited since, which is kept and reported as skipped.
With no step to undo it fails (exit 2) and changes nothing.

  --project DIR  project folder (default: the default project)
  --json         print { restored: [{ articleId, segmentId }], skipped: [...], undoDepth }`,
  },
  ...DESK_HELP,
];
