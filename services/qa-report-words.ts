/**
 * The words of the QA report, in English and Hindi: the report is a document the server writes
 * (the CLI has no i18next), so its sentences live here beside it, one table per language with the
 * same keys (the compiler checks both). Issue sentences follow the editor's (renderer/locales).
 */
import type { GlossaryEntry, SegmentIssue, SegmentStatus } from './contract.ts';
import type { TranslatableField } from '../articles/model.ts';

/** Every label of the report. */
export interface QaReportWords {
  title: string;
  projectSummary: string;
  generated: string;
  houseStyle: string;
  articles: string;
  article: string;
  file: string;
  segments: string;
  openIssues: string;
  openErrors: string;
  overrides: string;
  ignored: string;
  misspellings: string;
  compliance: string;
  correct: string;
  missing: string;
  forbidden: string;
  wrongName: string;
  untranslatedTerms: string;
  noTerms: string;
  segment: string;
  hindi: string;
  english: string;
  kind: string;
  severity: string;
  message: string;
  reason: string;
  words: string;
  suggestions: string;
  none: string;
  noOverrideIssues: string;
  error: string;
  warning: string;
  byStatus: string;
  empty: string;
  status: Record<SegmentStatus, string>;
  code: Record<SegmentIssue['code'], string>;
  field: Record<TranslatableField, string>;
}

const EN: QaReportWords = {
  title: 'QA report', projectSummary: 'Project summary', generated: 'Generated', houseStyle: 'House style', articles: 'Articles',
  article: 'Article', file: 'File', segments: 'Segments', openIssues: 'Open issues', openErrors: 'of them errors',
  overrides: 'Approved over issues', ignored: 'Ignored issues', misspellings: 'Spelling', compliance: 'Glossary compliance',
  correct: 'Used correctly', missing: 'Missing', forbidden: 'Forbidden', wrongName: 'Wrong name', untranslatedTerms: 'Not translated yet',
  noTerms: 'No glossary terms in this text.', segment: 'Seg.', hindi: 'Hindi', english: 'English', kind: 'Kind', severity: 'Severity',
  message: 'Message', reason: 'Reason', words: 'Words', suggestions: 'Suggestions', none: 'None.',
  noOverrideIssues: 'The glossary finds no issue in this text now.', error: 'Error', warning: 'Warning', byStatus: 'Segments by status',
  empty: '(no English yet)',
  status: {
    untranslated: 'Untranslated', 'pre-translated': 'Pre-translated', draft: 'Draft', translated: 'Translated', reviewed: 'Reviewed',
    approved: 'Approved', joined: 'Joined to previous',
  },
  code: {
    'missing-term': 'Missing term', 'forbidden-term': 'Forbidden term', 'wrong-name': 'Wrong name', 'number-mismatch': 'Number',
    untranslated: 'Untranslated',
  },
  field: { kicker: 'Kicker', dateline: 'Dateline', byline: 'Byline' },
};

const HI: QaReportWords = {
  title: 'गुणवत्ता (QA) रिपोर्ट', projectSummary: 'परियोजना सारांश', generated: 'बनाई गई', houseStyle: 'वर्तनी शैली', articles: 'लेख',
  article: 'लेख', file: 'फ़ाइल', segments: 'खंड', openIssues: 'खुली समस्याएँ', openErrors: 'इनमें त्रुटियाँ',
  overrides: 'समस्याओं के बावजूद स्वीकृत', ignored: 'अनदेखी समस्याएँ', misspellings: 'वर्तनी', compliance: 'शब्दावली का पालन',
  correct: 'सही प्रयोग', missing: 'छूटे हुए', forbidden: 'वर्जित', wrongName: 'गलत नाम', untranslatedTerms: 'अभी अनूदित नहीं',
  noTerms: 'इस पाठ में शब्दावली का कोई शब्द नहीं।', segment: 'खंड', hindi: 'हिंदी', english: 'अंग्रेज़ी', kind: 'प्रकार', severity: 'गंभीरता',
  message: 'संदेश', reason: 'कारण', words: 'शब्द', suggestions: 'सुझाव', none: 'कोई नहीं।',
  noOverrideIssues: 'शब्दावली को अब इस पाठ में कोई समस्या नहीं मिलती।', error: 'त्रुटि', warning: 'चेतावनी', byStatus: 'स्थिति के अनुसार खंड',
  empty: '(अभी अंग्रेज़ी नहीं)',
  status: {
    untranslated: 'अनूदित नहीं', 'pre-translated': 'पूर्व-अनूदित', draft: 'मसौदा', translated: 'अनूदित', reviewed: 'समीक्षित',
    approved: 'स्वीकृत', joined: 'पिछले से जुड़ा',
  },
  code: {
    'missing-term': 'छूटा शब्द', 'forbidden-term': 'वर्जित शब्द', 'wrong-name': 'गलत नाम', 'number-mismatch': 'संख्या',
    untranslated: 'अनूदित नहीं',
  },
  field: { kicker: 'किकर', dateline: 'डेटलाइन', byline: 'बायलाइन' },
};

/** The report's words in a language. */
export function qaReportWords(language: 'en' | 'hi'): QaReportWords {
  return language === 'hi' ? HI : EN;
}

/** One sentence for an issue of the pair (source, target), in the report's language. */
export function describeReportIssue(issue: SegmentIssue, entry: GlossaryEntry | undefined, source: string, target: string, language: 'en' | 'hi'): string {
  const sourceText = issue.sourceSpan ? source.slice(...issue.sourceSpan) : entry?.source ?? '';
  const targetText = issue.targetSpan ? target.slice(...issue.targetSpan) : '';
  const expected = issue.expected ?? entry?.target ?? '';
  const hi = language === 'hi';
  switch (issue.code) {
    case 'missing-term':
      if (issue.latinInSource) {
        return hi ? `हिंदी में “${sourceText}” पहले से अंग्रेज़ी अक्षरों में है; अंग्रेज़ी में भी “${expected}” लिखें।`
          : `The Hindi already has “${sourceText}” in English letters; write “${expected}” in the English too.`;
      }
      return hi ? `“${sourceText}” का अनुवाद “${expected}” होना चाहिए।` : `“${sourceText}” should be rendered as “${expected}”.`;
    case 'forbidden-term':
      return hi ? `“${targetText}” की अनुमति नहीं है; “${expected}” लिखें।` : `“${targetText}” is not allowed; use “${expected}”.`;
    case 'wrong-name': {
      const found = issue.found ?? targetText;
      return hi ? `“${found}” कोई दूसरा व्यक्ति है: हिंदी का “${sourceText}” “${expected}” है।` : `“${found}” is a different person: the Hindi “${sourceText}” is “${expected}”.`;
    }
    case 'number-mismatch': {
      const suggestion = issue.suggestion ? (hi ? ` सुझाव: ${issue.suggestion}` : ` Suggested: ${issue.suggestion}`) : '';
      return (hi ? `संख्या ${expected || sourceText} अनुवाद में नहीं है।` : `The number ${expected || sourceText} is missing.`) + suggestion;
    }
    case 'untranslated':
      return hi ? 'अभी अनुवाद नहीं हुआ।' : 'Not translated yet.';
  }
}
