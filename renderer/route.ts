/** The view shown, kept in location.hash so a reload reopens the same article. */

/** Which view is open. */
export type Route =
  | { view: 'list' }
  | { view: 'review' }
  | { view: 'desk' }
  | { view: 'editor'; articleId: string; segmentId?: string }
  /** The analysis of the named articles; none named: the whole project. */
  | { view: 'analysis'; articleIds?: string[] }
  /** The QA report of these articles (absent: the whole project). */
  | { view: 'qa-report'; articleIds?: string[] };

/** Reads a route from a hash such as `#/article/<id>` or `#/article/<id>/<segmentId>`. */
export function parseRoute(hash: string): Route {
  if (hash === '#/review') return { view: 'review' };
  if (hash === '#/desk') return { view: 'desk' };
  // `#/analysis` (the project) or `#/analysis/<id>/<id>…` (those articles).
  const analysis = /^#\/analysis((?:\/[^/]+)*)$/.exec(hash);
  if (analysis) {
    const ids = analysis[1].split('/').filter(Boolean).map(decodeURIComponent);
    return ids.length > 0 ? { view: 'analysis', articleIds: ids } : { view: 'analysis' };
  }
  if (hash === '#/qa-report') return { view: 'qa-report' };
  const report = /^#\/qa-report\/(.+)$/.exec(hash);
  if (report) return { view: 'qa-report', articleIds: report[1].split(',').filter(Boolean).map(decodeURIComponent) };
  const match = /^#\/article\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match) return { view: 'list' };
  const articleId = decodeURIComponent(match[1]);
  return match[2] ? { view: 'editor', articleId, segmentId: decodeURIComponent(match[2]) } : { view: 'editor', articleId };
}

/** Writes a route as a hash. */
export function routeHash(route: Route): string {
  if (route.view === 'list') return '#/';
  if (route.view === 'review') return '#/review';
  if (route.view === 'desk') return '#/desk';
  if (route.view === 'analysis') return `#/analysis${(route.articleIds ?? []).map((id) => `/${encodeURIComponent(id)}`).join('')}`;
  // Each id encoded (a comma in an id becomes %2C), so the list splits back at the commas.
  if (route.view === 'qa-report') return route.articleIds?.length ? `#/qa-report/${route.articleIds.map(encodeURIComponent).join(',')}` : '#/qa-report';
  const base = `#/article/${encodeURIComponent(route.articleId)}`;
  return route.segmentId ? `${base}/${encodeURIComponent(route.segmentId)}` : base;
}
