/** The QA report's route: the whole project, or a list of article ids that survives commas, slashes and Devanagari in ids. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../renderer/route.ts';

describe('qa-report route', () => {
  it('round-trips the project report and lists of ids', () => {
    expect(routeHash({ view: 'qa-report' })).toBe('#/qa-report');
    expect(parseRoute('#/qa-report')).toEqual({ view: 'qa-report' });
    const articleIds = ['001_a', 'b,c', 'खबर 2', 'd%e'];
    expect(parseRoute(routeHash({ view: 'qa-report', articleIds }))).toEqual({ view: 'qa-report', articleIds });
    expect(routeHash({ view: 'qa-report', articleIds: [] })).toBe('#/qa-report');
  });
});
