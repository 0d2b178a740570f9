import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx, toTmxDate, languageMatches } from '../../articles/exchange/tmx.ts';
import { readXliff, writeXliff12, writeXliff20, XLIFF12_STATE, XLIFF20_STATE } from '../../articles/exchange/xliff.ts';
import { escapeXmlText, escapeXmlAttribute, ExchangeError, parseXmlSafely } from '../../articles/exchange/xml.ts';
import { writeLinksCsv } from '../../articles/exchange/links-csv.ts';
import { convertTm, readTsvPairs, tmFormatOf } from '../../articles/exchange/tm-convert.ts';
import type { Article, SegmentStatus } from '../../articles/model.ts';
import { CHOOSABLE_STATUSES } from '../../articles/segment-workflow.ts';
import { parse } from 'csv-parse/sync';
import { seedArticle, seedFiles, seedSentences, seed000English } from './fixtures/seed-articles.ts';

const hi = seedSentences(seedFiles[0]);
const seedPairs = Object.entries(seed000English).map(([i, en]) => ({ source: hi[Number(i)], target: en }));
const tmxOpts = { creationTool: 'Anuvad Workbench', srcLang: 'hi', tgtLang: 'en' } as const;

/** Seed 000 with each status used once and translations where the status implies one. */
function translatedArticle(): Article {
  const article = seedArticle(seedFiles[0]);
  const statuses: SegmentStatus[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved'];
  article.segments = article.segments.map((s, i) => {
    const status = statuses[i % statuses.length];
    return { ...s, status, target: status === 'untranslated' ? '' : (seed000English[i] ?? `Translation ${i} & <more>`) };
  });
  return article;
}

describe('XML escaping', () => {
  it('escapes markup characters and drops control characters XML cannot carry', () => {
    expect(escapeXmlText('रूस & <उत्तर> कोरिया]]>')).toBe('रूस &amp; &lt;उत्तर&gt; कोरिया]]&gt;');
    expect(escapeXmlText('a\u0000b\u0007c\u001Fd\te\nf')).toBe('abcd\te\nf');
    expect(escapeXmlAttribute('say "नमस्ते"\n')).toBe('say &quot;नमस्ते&quot;&#10;');
    // A lone surrogate is not a character; a proper pair (emoji) survives.
    expect(escapeXmlText('x\uD800y😀')).toBe('xy😀');
  });

  it('round-trips every escaped string through a real XML parser', () => {
    const nasty = ['रूस & उत्तर कोरिया: "<नया> समझौता"', "it's ]]> & &amp; done", 'किम जोंग-उन\u200d ने'];
    for (const text of nasty) {
      const root = parseXmlSafely(`<a b="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</a>`, 'x.xml');
      expect(root.children.join('')).toBe(text);
      expect(root.attributes.b).toBe(text);
    }
  });
});

describe('TMX', () => {
  it('writes Hindi first with srclang hi and reads the same pairs back', () => {
    const xml = writeTmx(seedPairs.map((p) => ({ ...p, origin: 'article:000', created: '2024-06-20T07:40:00Z' })), tmxOpts);
    expect(xml).toContain('srclang="hi"');
    expect(xml).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    const firstTu = xml.slice(xml.indexOf('<tu '));
    expect(firstTu.indexOf('xml:lang="hi"')).toBeLessThan(firstTu.indexOf('xml:lang="en"'));
    expect(xml).toContain('creationdate="20240620T074000Z"');
    const { pairs, problems } = readTmx(xml, 'seed.tmx');
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.source, p.target])).toEqual(seedPairs.map((p) => [p.source, p.target]));
    expect(pairs[0].origin).toBe('article:000');
    expect(pairs[0].created).toBe('2024-06-20T07:40:00Z');
  });

  it('escapes markup and control characters and skips empty pairs', () => {
    const xml = writeTmx([
      { source: 'रूस & उत्तर कोरिया: "<नया> समझौता"\u0001', target: 'Russia & North Korea: "<new> agreement"', note: 'a < b' },
      { source: 'खाली', target: '   ' },
    ], tmxOpts);
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).toContain('रूस &amp; उत्तर कोरिया: "&lt;नया&gt; समझौता"</seg>');
    const { pairs } = readTmx(xml, 'x.tmx');
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ source: 'रूस & उत्तर कोरिया: "<नया> समझौता"', target: 'Russia & North Korea: "<new> agreement"', note: 'a < b' });
  });

  it('accepts regional language tags, swapped tuv order and inline codes', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="hi-IN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Putin <bpt i="1">&lt;b&gt;</bpt>returned<ept i="1">&lt;/b&gt;</ept> to Moscow.</seg></tuv><tuv xml:lang="hi-IN"><seg>पुतिन मॉस्को लौट गए।</seg></tuv></tu>
<tu><tuv lang="HI"><seg>किम</seg></tuv><tuv lang="en-GB"><seg>Kim</seg></tuv></tu>
</body></tmx>`;
    const { pairs, problems } = readTmx(xml, 'regional.tmx');
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.source, p.target])).toEqual([['पुतिन मॉस्को लौट गए।', 'Putin returned to Moscow.'], ['किम', 'Kim']]);
    expect(languageMatches('hi_IN', 'hi')).toBe(true);
    expect(languageMatches('hin', 'hi')).toBe(false);
  });

  it('reports units without Hindi or English with their line', () => {
    const xml = `<tmx version="1.4"><header srclang="hi"/><body>
<tu><tuv xml:lang="hi"><seg>किम</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Kim</seg></tuv><tuv xml:lang="en"><seg>Kim</seg></tuv></tu>
<tu><tuv xml:lang="hi"><seg> </seg></tuv><tuv xml:lang="en"><seg>Kim</seg></tuv></tu>
</body></tmx>`;
    const { pairs, problems } = readTmx(xml, 'p.tmx');
    expect(pairs).toEqual([]);
    expect(problems).toEqual([
      { line: 2, message: '<tu> has no English (en) <tuv>' },
      { line: 3, message: '<tu> has no Hindi (hi) <tuv>' },
      { line: 4, message: 'Hindi <seg> is empty' },
    ]);
  });

  it('refuses entity expansion (billion laughs) and external entities (XXE), naming file and line', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n  <!ENTITY lol "lol">\n  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="hi"><seg>&lol2;</seg></tuv></tu></body></tmx>`;
    expect(() => readTmx(laughs, 'laughs.tmx')).toThrow(ExchangeError);
    expect(() => readTmx(laughs, 'laughs.tmx')).toThrow(/^laughs\.tmx:3: DOCTYPE declares entities/);
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><body><tu><tuv xml:lang="hi"><seg>&xxe;</seg></tuv></tu></body></tmx>`;
    expect(() => readTmx(xxe, 'xxe.tmx')).toThrow(/^xxe\.tmx:2: DOCTYPE declares an external entity \(XXE\)/);
    const parameter = `<!DOCTYPE tmx [\n<!ENTITY % remote SYSTEM "http://example.com/x.dtd"> %remote;]>\n<tmx/>`;
    expect(() => readTmx(parameter, 'pe.tmx')).toThrow(/^pe\.tmx:2: .*external entity/);
  });

  it('gives malformed XML as an error with file and line', () => {
    expect(() => readTmx('<tmx version="1.4">\n<body>\n<tu></tuv>\n</body></tmx>', 'bad.tmx')).toThrow(/^bad\.tmx:3: not well-formed XML/);
    expect(() => readTmx('<xliff/>', 'wrong.tmx')).toThrow(/wrong\.tmx:1: root element is <xliff>/);
  });

  it('formats TMX dates and omits invalid ones', () => {
    expect(toTmxDate('2024-06-19T17:34:00+05:30')).toBe('20240619T120400Z');
    expect(toTmxDate('not a date')).toBeUndefined();
  });
});

describe('XLIFF', () => {
  it('maps every status to a 1.2 target state and reads it back losslessly', () => {
    const article = translatedArticle();
    const xml = writeXliff12(article);
    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:1.2"');
    for (const status of CHOOSABLE_STATUSES) expect(xml).toContain(`state="${XLIFF12_STATE[status]}"`);
    expect(xml).toContain('approved="yes"');
    expect(xml).toContain('restype="x-title"');
    const { version, pairs, problems } = readXliff(xml, 'a.xlf');
    expect(version).toBe('1.2');
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.id, p.source, p.target, p.status])).toEqual(article.segments.map((s) => [s.id, s.source, s.target, s.status]));
  });

  it('maps every status to a 2.0 segment state with our status kept in subState', () => {
    const article = translatedArticle();
    const xml = writeXliff20(article);
    expect(xml).toContain('<xliff version="2.0" srcLang="hi" trgLang="en"');
    for (const status of CHOOSABLE_STATUSES) expect(xml).toContain(`state="${XLIFF20_STATE[status]}" subState="anuvad:${status}"`);
    // An untranslated segment has no <target> at all in 2.0.
    const firstUnit = xml.slice(xml.indexOf('<unit'), xml.indexOf('</unit>'));
    expect(firstUnit).not.toContain('<target>');
    const { version, pairs } = readXliff(xml, 'a.xlf');
    expect(version).toBe('2.0');
    expect(pairs.map((p) => [p.id, p.source, p.target, p.status])).toEqual(article.segments.map((s) => [s.id, s.source, s.target, s.status]));
  });

  it('writes a joined segment into the unit before it, never as a translated unit with an empty target', () => {
    const article = seedArticle(seedFiles[0]);
    article.segments = article.segments.map((s, i) => (i === 2 ? { ...s, target: 'Both sentences in one.', status: 'translated' } : i === 3 ? { ...s, target: '', status: 'joined', origin: 'aligned' } : s));
    const [first, joined] = [article.segments[2], article.segments[3]];
    for (const xml of [writeXliff12(article), writeXliff20(article)]) {
      const { pairs } = readXliff(xml, 'a.xlf');
      expect(pairs).toHaveLength(article.segments.length - 1);
      expect(pairs.find((p) => p.id === first.id)).toMatchObject({ source: `${first.source} ${joined.source}`, target: 'Both sentences in one.', status: 'translated' });
      expect(pairs.some((p) => p.id === joined.id)).toBe(false);
      expect(xml).toContain(`Joined segments: ${joined.id}`);
      expect(pairs.filter((p) => p.status !== 'untranslated').every((p) => p.target.trim() !== '')).toBe(true);
    }
  });

  it('keeps ids unique and valid NMTOKENs in 2.0, with the original id in name', () => {
    const article = seedArticle(seedFiles[0]);
    article.segments = article.segments.slice(0, 3).map((s, i) => ({ ...s, id: i < 2 ? 'art 1/seg#a' : 'ok-id', target: 'x', status: 'translated' }));
    const xml = writeXliff20(article);
    expect(xml).toContain('<unit id="art_1_seg_a" name="art 1/seg#a" type="anuvad:title">');
    expect(xml).toContain('<unit id="art_1_seg_a_2" name="art 1/seg#a">');
    expect(xml).toContain('<unit id="ok-id">');
  });

  it('reads states of XLIFF written by other tools', () => {
    const xml12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="hi" target-language="en" datatype="plaintext"><body>
<group id="g"><trans-unit id="1"><source>किम <g id="1">जोंग</g> उन<ph id="2">{b}</ph></source><target state="needs-review-translation">Kim Jong Un</target></trans-unit></group>
<trans-unit id="2"><source>रूस</source></trans-unit>
<trans-unit id="3"><source>मॉस्को</source><target>Moscow</target></trans-unit>
</body></file></xliff>`;
    const read12 = readXliff(xml12, 'other.xlf');
    expect(read12.pairs.map((p) => [p.source, p.target, p.status, p.line])).toEqual([
      ['किम जोंग उन', 'Kim Jong Un', 'draft', 2], ['रूस', '', 'untranslated', 3], ['मॉस्को', 'Moscow', 'translated', 4]]);
    const xml20 = `<xliff version="2.0" srcLang="hi-IN" trgLang="en" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"><unit id="u1">
<segment id="a" state="final"><source>किम</source><target>Kim</target></segment><ignorable><source> </source></ignorable><segment id="b" state="initial"><source>रूस</source><target>Russia</target></segment></unit></file></xliff>`;
    expect(readXliff(xml20, 'o2.xlf').pairs.map((p) => [p.id, p.status])).toEqual([['u1#a', 'approved'], ['u1#b', 'draft']]);
    expect(() => readXliff('<xliff version="3.0"/>', 'v3.xlf')).toThrow(/v3\.xlf:1: unsupported XLIFF version/);
  });
});

describe('links CSV', () => {
  it('writes the header and quotes Hindi and English with commas and quotes', () => {
    const csv = writeLinksCsv([
      { article: '000', hi: hi[2], en: seed000English[2], score: 0.93456, status: 'accepted' },
      { article: '000', hi: hi[3], en: '', score: 0.2, status: 'pending' },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['article', 'hi', 'en', 'score', 'status']);
    expect(rows[0]).toEqual({ article: '000', hi: hi[2], en: seed000English[2], score: '0.935', status: 'accepted' });
    expect(rows[1].en).toBe('');
    expect(writeLinksCsv([], { bom: false })).toBe('article,hi,en,score,status\r\n');
  });
});

describe('tm convert', () => {
  it('chooses the format by extension', () => {
    expect([tmFormatOf('a.TSV'), tmFormatOf('b.tmx'), tmFormatOf('c.xlf'), tmFormatOf('d.xliff'), tmFormatOf('e.csv')]).toEqual(['tsv', 'tmx', 'xliff', 'xliff', undefined]);
  });

  it('round-trips TSV → TMX → XLIFF 1.2 → XLIFF 2.0 → TSV without losing a pair', () => {
    const tsv = seedPairs.map((p) => `${p.source}\t${p.target}`).join('\n') + '\n';
    const tmx = convertTm(tsv, 'in.tsv', 'out.tmx');
    expect(tmx.pairs).toBe(seedPairs.length);
    const x12 = convertTm(tmx.output, 'out.tmx', 'out.xlf');
    const x20 = convertTm(x12.output, 'out.xlf', 'out2.xlf', { xliffVersion: '2.0' });
    expect(x20.output).toContain('version="2.0"');
    const back = convertTm(x20.output, 'out2.xlf', 'back.tsv');
    expect(back.output).toBe(tsv);
  });

  it('reports TSV lines without a tab by line number', () => {
    const { pairs, problems } = readTsvPairs(`${hi[2]}\t${seed000English[2]}\n\nकेवल हिंदी\n\tonly English\n`);
    expect(pairs).toHaveLength(1);
    expect(problems).toEqual([{ line: 3, message: 'no tab between Hindi and English' }, { line: 4, message: 'Hindi is empty' }]);
  });
});
