/** The view shown, kept in location.hash so a reload reopens the same article. */

/** Which view is open. */
export type Route = { view: 'list' } | { view: 'review' } | { view: 'desk' } | { view: 'editor'; articleId: string; segmentId?: string };

/** Reads a route from a hash such as `#/article/<id>` or `#/article/<id>/<segmentId>`. */
export function parseRoute(hash: string): Route {
  if (hash === '#/review') return { view: 'review' };
  if (hash === '#/desk') return { view: 'desk' };
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
  const base = `#/article/${encodeURIComponent(route.articleId)}`;
  return route.segmentId ? `${base}/${encodeURIComponent(route.segmentId)}` : base;
}
