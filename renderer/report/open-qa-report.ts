/** Opens the QA report view from anywhere (the editor, the list): a route change the shell follows. */
import { routeHash } from '../route.ts';

/** Shows the QA report of these articles (none or undefined: the whole project). */
export function openQaReport(articleIds?: readonly string[]): void {
  window.location.hash = routeHash({ view: 'qa-report', ...(articleIds && articleIds.length > 0 ? { articleIds: [...articleIds] } : {}) });
}
