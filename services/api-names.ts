/** The fixed list of API call names, checked against the contract by the compiler. */
import type { ApiName, ApiResult } from './contract.ts';

/** Every call of the contract, once. The preload exposes exactly these. */
export const API_NAMES = [
  'project.info',
  'settings.get',
  'settings.set',
  'article.list',
  'article.summaries',
  'article.get',
  'article.import',
  'article.saveSegment',
  'article.ignoreIssue',
  'article.saveField',
  'article.restoreRemoved',
  'article.joinSegments',
  'article.splitSegment',
  'glossary.get',
  'glossary.upsert',
  'glossary.delete',
  'glossary.terms',
  'glossary.check',
  'glossary.checkDocument',
  'glossary.occurrences',
  'glossary.import',
  'align.list',
  'align.get',
  'align.run',
  'align.runBatch',
  'align.edit',
  'export.tmx',
  'export.xliff',
  'export.linksCsv',
  'export.english',
  'tm.lookup',
  'tm.search',
  'tm.concordance',
  'tm.memories',
  'tm.import',
  'repetitions.get',
  'segment.unlink',
  'glossary.previewPropagation',
  'glossary.applyPropagation',
  'glossary.undoPropagation',
  'project.previewReplace',
  'project.replace',
  'project.undoReplace',
  'spell.check',
  'spell.suggest',
  'spell.addWord',
  'analysis.article',
  'analysis.project',
  'report.qa',
  'report.qaHtml',
  'desk.status',
  'desk.connect',
  'desk.sync',
  'desk.disconnect',
  'desk.presence',
] as const satisfies readonly ApiName[];

// Fails to compile when the contract gains a call that is missing above.
type MissingNames = Exclude<ApiName, (typeof API_NAMES)[number]>;
const everyNameListed: [MissingNames] extends [never] ? true : MissingNames = true;
void everyNameListed;

const nameSet: ReadonlySet<string> = new Set(API_NAMES);

/** True when `name` is a call of the contract. */
export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && nameSet.has(name);
}

/** Every call of the contract as a function of untrusted arguments (what createHandlers returns). */
export type ApiHandlers = { [N in ApiName]: (args: unknown) => Promise<ApiResult<N>> };
