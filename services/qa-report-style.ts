/**
 * The QA report's one stylesheet, inlined in the HTML file so the file needs nothing else, and its
 * CSP hash: the report file allows exactly this style (its own meta policy), and the app's policy
 * (transports/content-security-policy.ts) adds the same hash so the report view can show the file
 * in a frame without any 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** The report's CSS: screen and print (A4, no colours needed to read it, rows not split across pages). */
export const QA_REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 14px/1.45 "Noto Sans", "Noto Sans Devanagari", "Segoe UI", system-ui, sans-serif; color: #1b1f24; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1b1f24; padding-bottom: .2rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p { margin: .3rem 0; }
.meta, .file { color: #4a525c; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; table-layout: auto; }
th, td { border: 1px solid #b8c0c8; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f4; font-weight: 600; }
table.totals, table.statuses { width: auto; min-width: 18rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
td.num, th.num { text-align: right; white-space: nowrap; }
.hi { font-family: "Noto Sans Devanagari", "Noto Sans", sans-serif; }
.sev-error { font-weight: 700; color: #a3161a; }
.sev-warning { color: #7a4b00; }
.empty { color: #6a737d; font-style: italic; }
.compliance { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
.compliance svg { flex: 0 0 auto; border: 1px solid #8a939c; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.legend li::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .35em; border: 1px solid #555; vertical-align: -.05em; }
.bar-correct, .legend .correct::before { fill: #2e7d32; background: #2e7d32; }
.bar-missing, .legend .missing::before { fill: #f2b600; background: #f2b600; }
.bar-forbidden, .legend .forbidden::before { fill: #c62828; background: #c62828; }
.bar-wrong-name, .legend .wrong-name::before { fill: #6a1b9a; background: #6a1b9a; }
.bar-untranslated, .legend .untranslated::before { fill: #cfd6dd; background: #cfd6dd; }
.qa-article { margin-top: 2.5rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .qa-article { break-before: page; margin-top: 0; }
  h2, h3 { break-after: avoid; }
  tr, .compliance { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eef1f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg, .legend li::before { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The CSP source that allows QA_REPORT_CSS as an inline <style>. */
export const QA_REPORT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(QA_REPORT_CSS, 'utf8').digest('base64')}'`;
