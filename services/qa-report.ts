/**
 * The QA report (`report.qa`): for each chosen article every open issue, the approvals over issues
 * with their reasons, the ignored issues with theirs, the spelling findings and a count of how the
 * English uses the glossary; the project's totals first. It asks the same services as the editor
 * and the list: the one glossary checker (glossary-state.ts, checkDocument in article context),
 * the workflow's rules for ignores and overrides (articles/segment-workflow.ts) and the spell
 * service. The HTML file is qa-report-html.ts.
 */
import type { Article } from '../articles/model.ts';
import type { GlossaryChecker } from '../glossary/index.ts';
import type {
  QaArticleReport, QaGlossaryCompliance, QaReport, QaReportIssue, QaReportRequest, QaReportSegment, SegmentIssue, SegmentStatus,
} from './contract.ts';
import { partitionIgnored, SEGMENT_STATUSES, visibleIssues } from '../articles/segment-workflow.ts';
import { DEFAULT_SPELLING_VARIANT } from './spell/dictionary-files.ts';
import type { GlossaryState } from './glossary-state.ts';
import type { SpellService } from './spell/spell-service.ts';
import type { ProjectStore } from './store/project-store.ts';
import { requireArticle } from './project-guards.ts';
import { checkArticleFields } from '../articles/segment-checks.ts';
import { describeReportIssue } from './qa-report-words.ts';

/** What the report service reads. */
export interface QaReportDeps {
  store: ProjectStore;
  glossary: GlossaryState;
  spelling: SpellService;
  /** ISO timestamp of the report. */
  now: () => string;
  /** Distinct misspelled words that get suggestions in one report (suggesting is the slow part); default 40. */
  suggestionWords?: number;
}

/** The report service of one project. */
export interface QaReportService {
  report(request: QaReportRequest): Promise<QaReport>;
}

/** Creates the report service. */
export function createQaReportService(deps: QaReportDeps): QaReportService {
  const { store, glossary, spelling, now } = deps;
  return {
    async report({ articleIds, language: asked }) {
      const settings = await store.getSettings();
      const language = asked ?? settings.uiLanguage;
      const articles = articleIds
        ? await Promise.all([...new Set(articleIds)].map((id) => requireArticle(store, id)))
        : await store.listArticles();
      const checker = await glossary.checker();
      const suggest = suggestionsOf(spelling, deps.suggestionWords ?? 40);
      const reports: QaArticleReport[] = [];
      for (const article of articles) reports.push(await articleReport(article, checker, spelling, suggest, language));
      return {
        project: (await store.meta()).name,
        generatedAt: now(),
        language,
        houseStyle: settings.houseStyle ?? DEFAULT_SPELLING_VARIANT,
        totals: totalsOf(reports),
        articles: reports,
      };
    },
  };
}

/** Suggestions for a word, asked once per word and only for the first `limit` distinct words. */
function suggestionsOf(spelling: SpellService, limit: number): (word: string) => Promise<string[]> {
  const asked = new Map<string, Promise<string[]>>();
  return (word) => {
    let found = asked.get(word);
    if (!found) {
      found = asked.size < limit ? spelling.suggest(word).then((all) => all.slice(0, 3)) : Promise.resolve([]);
      asked.set(word, found);
    }
    return found;
  };
}

/** No terms counted yet. */
function noCompliance(): QaGlossaryCompliance {
  return { correct: 0, missing: 0, forbidden: 0, wrongName: 0, untranslated: 0 };
}

async function articleReport(
  article: Article, checker: GlossaryChecker, spelling: SpellService, suggest: (word: string) => Promise<string[]>, language: 'en' | 'hi',
): Promise<QaArticleReport> {
  const checked = checker.checkDocument(article.segments);
  const describe = (issue: SegmentIssue, source: string, target: string): QaReportIssue => ({
    code: issue.code,
    severity: issue.severity,
    message: describeReportIssue(issue, issue.entryId ? checker.entriesById.get(issue.entryId) : undefined, source, target, language),
  });
  const report: QaArticleReport = {
    articleId: article.id, file: article.file, title: article.title, ...(article.titleEnglish ? { titleEnglish: article.titleEnglish } : {}),
    counts: { segments: article.segments.length, byStatus: statusCounts(article), openIssues: 0, openErrors: 0, overrides: 0, ignored: 0, misspellings: 0 },
    issues: [], overrides: [], ignored: [], spelling: [], compliance: noCompliance(),
  };
  const translated: QaReportSegment[] = [];
  // The header fields' English is checked as the editor checks it (each on its own); fields have no ignore or approval.
  for (const { field, source, target, issues } of checkArticleFields(checker, article)) {
    const row: QaReportSegment = { number: 0, segmentId: `field:${field}`, source, target, status: 'translated', field };
    addCompliance(report.compliance, checker, source, target, issues);
    translated.push(row);
    for (const issue of visibleIssues(issues, target)) report.issues.push({ ...row, issue: describe(issue, source, target) });
  }
  article.segments.forEach((segment, index) => {
    const row: QaReportSegment = { number: index + 1, segmentId: segment.id, source: segment.source, target: segment.target, status: segment.status };
    // A joined segment's Hindi is rendered by the English of the one before; it has no English to judge.
    if (segment.status === 'joined') return;
    addCompliance(report.compliance, checker, segment.source, segment.target, checked[index]);
    if (segment.target.trim() === '') return;
    translated.push(row);
    const { open, ignored } = partitionIgnored(visibleIssues(checked[index], segment.target), segment, segment.source);
    for (const each of ignored) report.ignored.push({ ...row, issue: describe(each.issue, segment.source, segment.target), reason: each.reason });
    // Approved with a recorded reason: what is still found is what the approval overrode (openIssues' rule).
    if (segment.status === 'approved' && segment.overrideReason) {
      report.overrides.push({ ...row, reason: segment.overrideReason, issues: open.map((issue) => describe(issue, segment.source, segment.target)) });
      return;
    }
    for (const issue of open) report.issues.push({ ...row, issue: describe(issue, segment.source, segment.target) });
  });
  const { ranges } = await spelling.check(translated.map((row) => row.target));
  for (const [at, row] of translated.entries()) {
    const words = [...new Set(ranges[at].map((range) => range.word))];
    if (words.length === 0) continue;
    report.spelling.push({ ...row, words: await Promise.all(words.map(async (word) => ({ word, suggestions: await suggest(word) }))) });
    report.counts.misspellings += words.length;
  }
  report.counts.openIssues = report.issues.length;
  report.counts.openErrors = report.issues.filter((row) => row.issue.severity === 'error').length;
  report.counts.overrides = report.overrides.length;
  report.counts.ignored = report.ignored.length;
  return report;
}

function statusCounts(article: Article): Record<SegmentStatus, number> {
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as Record<SegmentStatus, number>;
  for (const segment of article.segments) counts[segment.status] += 1;
  return counts;
}

/**
 * Counts each glossary term of the Hindi once per segment by what the checker found for it: a
 * forbidden rendering, a different person's name, none of its renderings, or else used correctly;
 * a forbidden rendering of a term the Hindi does not hold counts as forbidden too. Ignores and
 * overrides do not change the picture: it shows the text as it stands.
 */
function addCompliance(into: QaGlossaryCompliance, checker: GlossaryChecker, source: string, target: string, issues: readonly SegmentIssue[]): void {
  const entryIds = new Set(checker.terms(source).map((hit) => hit.entryId));
  if (target.trim() === '') {
    into.untranslated += entryIds.size;
    return;
  }
  const codesOf = (entryId: string) => new Set(issues.filter((issue) => issue.entryId === entryId).map((issue) => issue.code));
  for (const entryId of entryIds) {
    const codes = codesOf(entryId);
    if (codes.has('forbidden-term')) into.forbidden += 1;
    else if (codes.has('wrong-name')) into.wrongName += 1;
    else if (codes.has('missing-term')) into.missing += 1;
    else into.correct += 1;
  }
  into.forbidden += issues.filter((issue) => issue.code === 'forbidden-term' && issue.entryId !== undefined && !entryIds.has(issue.entryId)).length;
}

function totalsOf(reports: readonly QaArticleReport[]): QaReport['totals'] {
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as Record<SegmentStatus, number>;
  const totals: QaReport['totals'] = {
    articles: reports.length, segments: 0, byStatus, openIssues: 0, openErrors: 0, overrides: 0, ignored: 0, misspellings: 0, compliance: noCompliance(),
  };
  for (const { counts, compliance } of reports) {
    for (const key of ['segments', 'openIssues', 'openErrors', 'overrides', 'ignored', 'misspellings'] as const) totals[key] += counts[key];
    for (const status of SEGMENT_STATUSES) byStatus[status] += counts.byStatus[status];
    for (const key of Object.keys(compliance) as (keyof QaGlossaryCompliance)[]) totals.compliance[key] += compliance[key];
  }
  return totals;
}
