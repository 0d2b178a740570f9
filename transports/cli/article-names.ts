/** How a command line names an article: its id, or the file name of the page it was imported from. */
import type { ApiHandlers } from '../../services/api-names.ts';
import type { ArticleSummary } from '../../services/contract.ts';
import { CliError } from './cli-error.ts';

/** The article `name` denotes (id first, then page file name); bad input naming it otherwise. */
export async function articleNamed(api: ApiHandlers, name: string): Promise<ArticleSummary> {
  const articles = await api['article.list']({});
  const found = articles.find((each) => each.id === name) ?? articles.find((each) => each.file === name);
  if (!found) throw new CliError(`no article ${JSON.stringify(name)} in the project (see \`anuvad list\`)`);
  return found;
}
