/**
 * The QA report as one self-contained HTML file: inline CSS (qa-report-style.ts, with its print
 * rules), inline SVG for the glossary pictures, no script and nothing fetched; its own CSP allows
 * only that style. Article text is data: every value goes through `escapeHtml`, attributes too.
 */
import type { QaArticleReport, QaGlossaryCompliance, QaReport, QaReportIssue, QaReportSegment } from './contract.ts';
import { QA_REPORT_CSS, QA_REPORT_STYLE_SOURCE } from './qa-report-style.ts';
import { qaReportWords, type QaReportWords } from './qa-report-words.ts';

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The policy the report file carries: its one stylesheet, inline images, nothing else. */
export const QA_REPORT_FILE_POLICY = `default-src 'none'; style-src ${QA_REPORT_STYLE_SOURCE}; img-src data:; base-uri 'none'; form-action 'none'`;

/** The whole report as an HTML document. */
export function renderQaReportHtml(report: QaReport): string {
  const words = qaReportWords(report.language);
  const e = escapeHtml;
  return [
    '<!doctype html>',
    `<html lang="${report.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(QA_REPORT_FILE_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${words.title} — ${report.project}`)}</title>`,
    `<style>${QA_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(words.title)}: ${e(report.project)}</h1>`,
    `<p class="meta">${e(words.generated)}: ${e(report.generatedAt)} · ${e(words.houseStyle)}: ${e(report.houseStyle)}</p>`,
    '</header>',
    summarySection(report, words),
    ...report.articles.map((article, index) => articleSection(article, index, words)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(report: QaReport, words: QaReportWords): string {
  const e = escapeHtml;
  const { totals } = report;
  const rows = report.articles.map((article, index) => `<tr><td><a href="#article-${index + 1}" class="${langClass(article.title)}">${e(article.title)}</a></td>`
    + `<td class="num">${article.counts.segments}</td><td class="num">${article.counts.openIssues}</td><td class="num">${article.counts.overrides}</td>`
    + `<td class="num">${article.counts.ignored}</td><td class="num">${article.counts.misspellings}</td>`
    + `<td>${e(complianceText(article.compliance, words))}</td></tr>`);
  return [
    '<section class="summary" data-section="summary" aria-labelledby="summary-title">',
    `<h2 id="summary-title">${e(words.projectSummary)}</h2>`,
    '<table class="totals"><tbody>',
    `<tr><th scope="row">${e(words.articles)}</th><td class="num" data-total="articles">${totals.articles}</td></tr>`,
    `<tr><th scope="row">${e(words.segments)}</th><td class="num" data-total="segments">${totals.segments}</td></tr>`,
    `<tr><th scope="row">${e(words.openIssues)}</th><td class="num" data-total="openIssues">${totals.openIssues} (${e(words.openErrors)}: ${totals.openErrors})</td></tr>`,
    `<tr><th scope="row">${e(words.overrides)}</th><td class="num" data-total="overrides">${totals.overrides}</td></tr>`,
    `<tr><th scope="row">${e(words.ignored)}</th><td class="num" data-total="ignored">${totals.ignored}</td></tr>`,
    `<tr><th scope="row">${e(words.misspellings)}</th><td class="num" data-total="misspellings">${totals.misspellings}</td></tr>`,
    '</tbody></table>',
    statusTable(totals.byStatus, words),
    `<h3>${e(words.compliance)}</h3>`,
    compliancePicture(totals.compliance, words),
    '<table class="article-index"><thead><tr>',
    `<th>${e(words.article)}</th><th class="num">${e(words.segments)}</th><th class="num">${e(words.openIssues)}</th><th class="num">${e(words.overrides)}</th>`,
    `<th class="num">${e(words.ignored)}</th><th class="num">${e(words.misspellings)}</th><th>${e(words.compliance)}</th>`,
    '</tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function statusTable(byStatus: QaArticleReport['counts']['byStatus'], words: QaReportWords): string {
  const shown = (Object.keys(byStatus) as (keyof typeof byStatus)[]).filter((status) => byStatus[status] > 0);
  if (shown.length === 0) return '';
  return [
    `<table class="statuses"><caption>${escapeHtml(words.byStatus)}</caption><thead><tr>`,
    ...shown.map((status) => `<th class="num">${escapeHtml(words.status[status])}</th>`),
    '</tr></thead><tbody><tr>',
    ...shown.map((status) => `<td class="num">${byStatus[status]}</td>`),
    '</tr></tbody></table>',
  ].join('');
}

const PARTS: { key: keyof QaGlossaryCompliance; css: string; label: (words: QaReportWords) => string }[] = [
  { key: 'correct', css: 'correct', label: (words) => words.correct },
  { key: 'missing', css: 'missing', label: (words) => words.missing },
  { key: 'forbidden', css: 'forbidden', label: (words) => words.forbidden },
  { key: 'wrongName', css: 'wrong-name', label: (words) => words.wrongName },
  { key: 'untranslated', css: 'untranslated', label: (words) => words.untranslatedTerms },
];

function complianceText(compliance: QaGlossaryCompliance, words: QaReportWords): string {
  return PARTS.filter((part) => compliance[part.key] > 0).map((part) => `${part.label(words)} ${compliance[part.key]}`).join(' · ') || words.noTerms;
}

/** A stacked bar of the term counts (inline SVG, presentation attributes only) and the same counts as text. */
function compliancePicture(compliance: QaGlossaryCompliance, words: QaReportWords): string {
  const e = escapeHtml;
  const total = PARTS.reduce((sum, part) => sum + compliance[part.key], 0);
  if (total === 0) return `<p class="compliance empty" data-section="compliance">${e(words.noTerms)}</p>`;
  const width = 320;
  let x = 0;
  const bars = PARTS.filter((part) => compliance[part.key] > 0).map((part) => {
    const share = (compliance[part.key] / total) * width;
    const rect = `<rect class="bar-${part.css}" x="${x.toFixed(2)}" y="0" width="${share.toFixed(2)}" height="18"><title>${e(`${part.label(words)}: ${compliance[part.key]}`)}</title></rect>`;
    x += share;
    return rect;
  });
  const text = complianceText(compliance, words);
  return [
    '<div class="compliance" data-section="compliance">',
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(text)}" width="${width}" height="18" viewBox="0 0 ${width} 18">${bars.join('')}</svg>`,
    '<ul class="legend">',
    ...PARTS.map((part) => `<li class="${part.css}" data-count="${part.key}">${e(part.label(words))}: ${compliance[part.key]}</li>`),
    '</ul>',
    '</div>',
  ].join('\n');
}

// Devanagari text gets the Hindi font first (lang is not known per value, the script is).
function langClass(text: string): string {
  return /[\u0900-\u097f]/u.test(text) ? 'hi' : '';
}

function segmentCells(row: QaReportSegment, words: QaReportWords): string {
  const e = escapeHtml;
  const target = row.target.trim() === '' ? `<span class="empty">${e(words.empty)}</span>` : e(row.target);
  return `<td class="num">${rowName(row, words)}</td><td class="hi" lang="hi">${e(row.source)}</td><td lang="en">${target}</td>`;
}

// A segment by its number, a header field by its name.
function rowName(row: QaReportSegment, words: QaReportWords): string {
  return row.field ? escapeHtml(words.field[row.field]) : String(row.number);
}

function rowKey(row: QaReportSegment): string {
  return row.field ? `data-field="${row.field}"` : `data-segment="${row.number}"`;
}

function issueCells(issue: QaReportIssue, words: QaReportWords): string {
  const e = escapeHtml;
  return `<td>${e(words.code[issue.code])}</td><td class="sev-${issue.severity}">${e(issue.severity === 'error' ? words.error : words.warning)}</td><td>${e(issue.message)}</td>`;
}

function table(section: string, title: string, head: string[], rows: string[], words: QaReportWords): string {
  const e = escapeHtml;
  const body = rows.length === 0
    ? `<p class="empty">${e(words.none)}</p>`
    : `<table><thead><tr>${head.map((cell) => `<th>${e(cell)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `<section data-section="${section}"><h3>${e(title)} (${rows.length})</h3>\n${body}</section>`;
}

function articleSection(article: QaArticleReport, index: number, words: QaReportWords): string {
  const e = escapeHtml;
  const segmentHead = [words.segment, words.hindi, words.english];
  const issues = article.issues.map((row) => `<tr ${rowKey(row)}>${segmentCells(row, words)}${issueCells(row.issue, words)}</tr>`);
  const overrides = article.overrides.map((row) => `<tr data-segment="${row.number}">${segmentCells(row, words)}<td>${e(row.reason)}</td>`
    + `<td>${row.issues.length === 0 ? `<span class="empty">${e(words.noOverrideIssues)}</span>` : row.issues.map((issue) => `<p class="sev-${issue.severity}">${e(issue.message)}</p>`).join('')}</td></tr>`);
  const ignored = article.ignored.map((row) => `<tr data-segment="${row.number}">${segmentCells(row, words)}${issueCells(row.issue, words)}<td>${e(row.reason)}</td></tr>`);
  const spelling = article.spelling.map((row) => `<tr ${rowKey(row)}><td class="num">${rowName(row, words)}</td><td lang="en">${e(row.target)}</td><td>`
    + row.words.map((each) => `<p><strong>${e(each.word)}</strong>${each.suggestions.length > 0 ? ` → ${e(each.suggestions.join(', '))}` : ''}</p>`).join('')
    + '</td></tr>');
  return [
    `<article class="qa-article" id="article-${index + 1}" data-article="${e(article.articleId)}">`,
    `<h2 class="${langClass(article.title)}">${e(article.title)}</h2>`,
    `<p class="file">${e(words.file)}: ${e(article.file)}${article.titleEnglish ? ` · ${e(article.titleEnglish)}` : ''}</p>`,
    `<p>${e(words.segments)}: ${article.counts.segments} · ${e(words.openIssues)}: ${article.counts.openIssues} (${e(words.openErrors)}: ${article.counts.openErrors}) · `
      + `${e(words.overrides)}: ${article.counts.overrides} · ${e(words.ignored)}: ${article.counts.ignored} · ${e(words.misspellings)}: ${article.counts.misspellings}</p>`,
    statusTable(article.counts.byStatus, words),
    `<h3>${e(words.compliance)}</h3>`,
    compliancePicture(article.compliance, words),
    table('issues', words.openIssues, [...segmentHead, words.kind, words.severity, words.message], issues, words),
    table('overrides', words.overrides, [...segmentHead, words.reason, words.message], overrides, words),
    table('ignored', words.ignored, [...segmentHead, words.kind, words.severity, words.message, words.reason], ignored, words),
    table('spelling', words.misspellings, [words.segment, words.english, `${words.words} (${words.suggestions})`], spelling, words),
    '</article>',
  ].join('\n');
}
