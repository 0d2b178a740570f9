/**
 * `anuvad analyse [ARTICLE…] [--project DIR] [--json]`: counts, repetitions and memory match
 * bands of one article (`analysis.article`), some articles or the whole project (`analysis.project`).
 */
import { analysisText } from '../../../articles/analysis/analysis-table.ts';
import { parseArgs, stringOption } from '../args.ts';
import { articleNamed } from '../article-names.ts';
import { EXIT } from '../cli-error.ts';
import type { CliContext } from '../context.ts';

/** Runs the command with the arguments after its name; resolves to the exit code. */
export async function run(args: string[], context: CliContext): Promise<number> {
  const parsed = parseArgs(args, { project: 'string', json: 'boolean' });
  const analysis = await context.withApi(stringOption(parsed, 'project'), {}, async (api) => {
    const ids: string[] = [];
    for (const name of parsed.positionals) ids.push((await articleNamed(api, name)).id);
    if (ids.length === 1) return api['analysis.article']({ articleId: ids[0] });
    return api['analysis.project'](ids.length > 0 ? { articleIds: ids } : {});
  });
  if (parsed.options.json) {
    context.printJson(analysis);
    return EXIT.ok;
  }
  const scope = analysis.articles.length === 1 ? `${analysis.articles[0].articleId}  ${analysis.articles[0].title}` : `${analysis.articles.length} articles`;
  context.print(scope);
  context.print(`matched against ${analysis.memoryPairs.articles} pair(s) of other articles and ${analysis.memoryPairs.imported} imported pair(s); the analysed articles' own translations are left out`);
  context.print('');
  context.print(analysisText(analysis.total));
  return EXIT.ok;
}
