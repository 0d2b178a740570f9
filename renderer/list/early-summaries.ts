/**
 * The list's figures asked for at start, beside the settings, when the app opens on the list: the
 * server reads them while the page loads its language and builds its first screen, instead of
 * only once the list has mounted (issue 10: open → first row).
 */
import type { Api, ArticleSummaries } from '../../services/contract.ts';

let early: { api: Api; figures: Promise<ArticleSummaries> } | undefined;

/** Asks `api` for the figures now; the list's first load takes the answer (takeEarlySummaries). */
export function askSummariesEarly(api: Api): void {
  const figures = api['article.summaries']({});
  // A failure is the list's to report, when its load takes this answer.
  figures.catch(() => undefined);
  early = { api, figures };
}

/** The early answer for `api`, once: every later load asks the server again. */
export function takeEarlySummaries(api: Api): Promise<ArticleSummaries> | undefined {
  if (early?.api !== api) return undefined;
  const { figures } = early;
  early = undefined;
  return figures;
}
