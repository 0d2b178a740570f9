import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER, applyGlossaryImport, exportGlossary, exportOptionsFromFileName,
  formatFromFileName, joinList, parseGlossary, planGlossaryImport, splitList,
} from '../../glossary/formats/index.ts';
import type { Glossary, GlossaryEntry } from '../../glossary/model.ts';
import { fixtureGlossary, pickFields, roundTripCases } from './formats.fixture.ts';

const now = '2026-11-22T12:00:00.000Z';
const opts = { now, author: 'tester' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('formatFromFileName', () => {
  it.each([
    ['glossary.csv', 'csv'], ['GLOSSARY.CSV', 'csv'],
    ['terms.tbx', 'tbx'], ['terms.omegat.tbx', 'tbx'],
    ['terms.tbx3', 'tbx3'], ['terms.v3.tbx', 'tbx3'],
    ['glossary.txt', 'omegat'], ['glossary.tab', 'omegat'], ['glossary.utf8', 'omegat'], ['glossary.tsv', 'omegat'],
    ['glossary.xlsx', 'xlsx'], ['glossary.json', 'json'],
  ] as const)('%s is %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it('refuses an unknown extension with a message naming the supported ones', () => {
    expect(() => formatFromFileName('glossary.docx')).toThrow(/unknown glossary file type: "glossary.docx".*\.csv.*\.tbx3/);
    expect(() => formatFromFileName('glossary')).toThrow(/unknown glossary file type/);
  });

  it('only *.omegat.tbx asks for the OmegaT variant of TBX 2008', () => {
    expect(exportOptionsFromFileName('g.omegat.tbx')).toEqual({ forOmegaT: true });
    expect(exportOptionsFromFileName('g.tbx')).toEqual({});
  });
});

describe('list cells', () => {
  it('escape a literal | as \\| and a backslash as \\\\, so any item survives', () => {
    const items = ['a|b', 'c\\d', 'plain', 'e\\|f', 'trailing\\'];
    expect(joinList(items)).toBe('a\\|b|c\\\\d|plain|e\\\\\\|f|trailing\\\\');
    expect(splitList(joinList(items))).toEqual(items);
  });

  it('trim items and drop empty ones when read', () => {
    expect(splitList(' Kiev | | the Ukraine ')).toEqual(['Kiev', 'the Ukraine']);
    expect(splitList('')).toEqual([]);
  });
});

describe('lossless round trip of the Hindi fixture glossary', () => {
  it.each(roundTripCases)('$file keeps every field the format carries', async ({ format, file, fields, forOmegaT }) => {
    const bytes = await exportGlossary(fixtureGlossary, format, { forOmegaT });
    const parsed = await parseGlossary(bytes, file, opts);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => pickFields(entry, fields))).toEqual(fixtureGlossary.entries.map((entry) => pickFields(entry, fields)));
    // Importing the export back into the same glossary is a no-op.
    const plan = planGlossaryImport(fixtureGlossary, parsed.entries, { fields: parsed.fields, problems: parsed.problems });
    expect(plan).toMatchObject({ added: [], changed: [], conflicts: [], unchanged: fixtureGlossary.entries.length });
  });

  it.each(roundTripCases)('the shipped default glossary (glossary/default-glossary.json) survives $file', async ({ format, file, fields, forOmegaT }) => {
    const shipped = JSON.parse(readFileSync(new URL('../../glossary/default-glossary.json', import.meta.url), 'utf8')) as Glossary;
    expect(shipped.entries.length).toBeGreaterThan(50);
    const parsed = await parseGlossary(await exportGlossary(shipped, format, { forOmegaT }), file, opts);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => pickFields(entry, fields))).toEqual(shipped.entries.map((entry) => pickFields(entry, fields)));
  });

  it('entries read from a format without those fields get defaults, ids derived from the source and the importer as author', async () => {
    const parsed = await parseGlossary(await exportGlossary(fixtureGlossary, 'csv'), 'g.csv', opts);
    const tass = parsed.entries.find((entry) => entry.source === 'TASS');
    expect(tass).toMatchObject({ caseSensitive: false, matchMode: 'exact', status: 'approved', createdAt: now, updatedAt: now, author: 'tester' });
    expect(tass?.id).toMatch(/^t-[0-9a-f]{16}$/);
    const again = await parseGlossary(await exportGlossary(fixtureGlossary, 'csv'), 'g.csv', opts);
    expect(again.entries.map((entry) => entry.id)).toEqual(parsed.entries.map((entry) => entry.id));
    expect(new Set(parsed.entries.map((entry) => entry.id)).size).toBe(parsed.entries.length);
  });

  it('the JSON export is the Glossary object itself', async () => {
    expect(JSON.parse(text(await exportGlossary(fixtureGlossary, 'json')))).toEqual(fixtureGlossary);
  });

  it('an id that is not an XML NCName survives TBX in an encoded form', async () => {
    const glossary: Glossary = { schemaVersion: 1, entries: [{ ...fixtureGlossary.entries[2], id: '42 मॉस्को/x' }] };
    for (const format of ['tbx', 'tbx3'] as const) {
      const bytes = await exportGlossary(glossary, format);
      expect(text(bytes)).toMatch(/Entry id="_x[0-9a-f]+"/);
      expect((await parseGlossary(bytes, format === 'tbx' ? 'g.tbx' : 'g.tbx3', opts)).entries[0].id).toBe('42 मॉस्को/x');
    }
  });
});

describe('what each export looks like', () => {
  it('CSV has exactly the header source,variants,target,forbidden,type,note and RFC 4180 quoting', async () => {
    const csv = text(await exportGlossary(fixtureGlossary, 'csv'));
    expect(csv.split('\r\n')[0]).toBe('source,variants,target,forbidden,type,note');
    expect(CSV_HEADER.join(',')).toBe('source,variants,target,forbidden,type,note');
    // Approved rendering first, then alternates; quotes doubled; a literal | in a list escaped.
    // Every data field is quoted (csv.ts: keeps translate-toolkit's dialect sniffer on ',' and '"').
    expect(csv).toContain('"व्लादिमीर पुतिन","पुतिन","Vladimir Putin|Putin","","person","Full name on first mention,\nsurname after that."\r\n');
    expect(csv).toContain('"शिखर वार्ता","शिखर\\|सम्मेलन","summit, talks|summit \\| meeting","top\\\\talks|summit ""talk""","term",');
  });

  it('OmegaT text never puts a forbidden rendering in the target column and has no header', async () => {
    const lines = text(await exportGlossary(fixtureGlossary, 'omegat')).trimEnd().split('\n');
    const forbidden = new Set(fixtureGlossary.entries.flatMap((entry) => entry.forbidden));
    for (const line of lines) {
      const columns = line.split('\t');
      expect(columns).toHaveLength(3);
      expect(forbidden.has(columns[1])).toBe(false);
    }
    expect(lines[0]).toBe('किम जोंग उन\tKim Jong Un\ttype: person; forbidden: Kim Jong-un | Kim Jong-Un; note: North Korean leader; house style, "Kim Jong Un" (no hyphen)');
    expect(lines).toContain('किम जोंग-उन\tKim Jong Un\tvariant of: किम जोंग उन');
  });

  it('TBX 2008 marks variants admitted and forbidden renderings deprecated; the OmegaT variant leaves them out of the terms', async () => {
    const full = text(await exportGlossary(fixtureGlossary, 'tbx'));
    expect(full).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic" xml:lang="en">/);
    expect(full).toMatch(/<term>Kim Jong-un<\/term>\n\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    expect(full).toMatch(/<term>मास्को<\/term>\n\s*<termNote type="termType">variant<\/termNote>\n\s*<termNote type="administrativeStatus">admittedTerm-admn-sts/);
    const omegat = text(await exportGlossary(fixtureGlossary, 'tbx', { forOmegaT: true }));
    expect(omegat).not.toContain('<term>Kim Jong-un</term>');
    expect(omegat).toContain('<note>Forbidden renderings (never use): Kim Jong-un | Kim Jong-Un</note>');
  });

  it('XLSX has a bold, frozen, filtered header row and one row per entry', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportGlossary(fixtureGlossary, 'xlsx')) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Glossary');
    expect(sheet.rowCount).toBe(1 + fixtureGlossary.entries.length);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(2).value).toBe('source');
    expect(sheet.getRow(2).getCell(2).value).toBe('किम जोंग उन');
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);
  });
});

describe('row-level problems carry the line (or row) of the bad record', () => {
  it('CSV: lines count from 1 and a quoted multi-line note moves later rows down', async () => {
    const csv = [
      'source,variants,target,forbidden,type,note', // 1
      'मॉस्को,मास्को,Moscow,,place,"two', // 2
      'lines"', // 3
      'कीव,,Kyiv,Kiev,city,', // 4: unknown type
      'प्योंगयांग,,,,place,', // 5: no target
      ',,Nobody,,term,', // 6: no source
      'मास्को,,Moscow,,place,', // 7: candra-o ॉ = ा, so the same term as line 2
      'दस्तावेज़,,document,,term,', // 8: fine
      'रूस,,Russia,,place', // 9: five fields
    ].join('\n');
    const parsed = await parseGlossary(utf8(csv), 'terms.csv', opts);
    expect(parsed.problems.map((problem) => [problem.line, problem.severity])).toEqual([[4, 'error'], [5, 'error'], [6, 'error'], [7, 'error'], [9, 'error']]);
    expect(parsed.problems[0]).toMatchObject({ file: 'terms.csv', message: expect.stringContaining('unknown type "city"') });
    expect(parsed.problems[3].message).toContain('already defined on line 2');
    expect(parsed.entries.map((entry) => entry.source)).toEqual(['मॉस्को', 'दस्तावेज़']);
  });

  it('CSV: a missing header row and an unclosed quote are errors on their lines', async () => {
    const noHeader = await parseGlossary(utf8('किम जोंग उन,Kim Jong Un\nमॉस्को,Moscow\n'), 'x.csv', opts);
    expect(noHeader.problems).toEqual([{ file: 'x.csv', line: 1, severity: 'error', message: expect.stringContaining('missing header row') }]);
    const unclosed = await parseGlossary(utf8('source,variants,target,forbidden,type,note\nमॉस्को,,Moscow,,place,"open\n'), 'y.csv', opts);
    expect(unclosed.problems[0]).toMatchObject({ line: 2, severity: 'error', message: expect.stringContaining('not valid CSV') });
  });

  it('OmegaT text: a line without a TAB is an error on that line', async () => {
    const parsed = await parseGlossary(utf8('मॉस्को\tMoscow\nकिम जोंग उन Kim Jong Un\n\nकीव\t\n'), 'g.tsv', opts);
    expect(parsed.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'no TAB between source and target'],
      [4, 'no target rendering for "कीव"'],
    ]);
    expect(parsed.entries).toHaveLength(1);
  });

  it('OmegaT text from another tool: free comments become notes, repeated sources become alternates', async () => {
    const parsed = await parseGlossary(utf8('मॉस्को\tMoscow\tpreferred; see style guide\nमॉस्को\tMoskva\n'), 'g.txt', opts);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([expect.objectContaining({ source: 'मॉस्को', target: 'Moscow', targetAlternates: ['Moskva'], note: 'preferred; see style guide' })]);
  });

  it('TBX: problems point at the XML line of the element', async () => {
    const tbx = [
      '<?xml version="1.0" encoding="UTF-8"?>', // 1
      '<martif type="TBX-Basic" xml:lang="en"><text><body>', // 2
      '  <termEntry id="a">', // 3
      '    <langSet xml:lang="hi"><tig><term>मॉस्को</term></tig></langSet>', // 4
      '  </termEntry>', // 5
      '  <termEntry id="b">', // 6
      '    <langSet xml:lang="hi"><tig><term>कीव</term></tig></langSet>', // 7
      '    <langSet xml:lang="en"><tig><term> </term></tig></langSet>', // 8
      '  </termEntry>', // 9
      '  <termEntry id="c">', // 10
      '    <descrip type="subjectField">geography</descrip>', // 11
      '    <langSet xml:lang="hi"><tig><term>प्योंगयांग</term></tig></langSet>', // 12
      '    <langSet xml:lang="en"><tig><term>Pyongyang</term></tig></langSet>', // 13
      '  </termEntry>', // 14
      '</body></text></martif>', // 15
    ].join('\n');
    const parsed = await parseGlossary(utf8(tbx), 'g.tbx', opts);
    expect(parsed.problems.map((problem) => [problem.line, problem.severity])).toEqual([[3, 'error'], [8, 'error'], [11, 'warning']]);
    expect(parsed.problems[0].message).toContain('no English');
    expect(parsed.entries).toEqual([expect.objectContaining({ id: 'c', source: 'प्योंगयांग', type: 'term' })]);
  });

  it('TBX: malformed XML is an error with its line; a non-TBX root is refused', async () => {
    const broken = await parseGlossary(utf8('<?xml version="1.0"?>\n<martif>\n<text><body>\n</martif>\n'), 'g.tbx', opts);
    expect(broken.problems).toEqual([expect.objectContaining({ line: 4, severity: 'error', message: expect.stringContaining('not well-formed') })]);
    const other = await parseGlossary(utf8('<tmx version="1.4"/>'), 'g.tbx', opts);
    expect(other.problems[0].message).toContain('not a TBX file');
  });

  it('XLSX: problems carry the spreadsheet row number', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Terms');
    sheet.addRow(['source', 'target', 'type', 'case sensitive']);
    sheet.addRow(['मॉस्को', 'Moscow', 'place', false]);
    sheet.addRow(['कीव', 'Kyiv', 'city', '']);
    sheet.addRow([]);
    sheet.addRow(['प्योंगयांग', '', 'place', '']);
    sheet.addRow(['TASS', 'TASS', 'organization', 'maybe']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await parseGlossary(bytes, 'terms.xlsx', opts);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 5, 6]);
    expect(parsed.problems.every((problem) => problem.severity === 'error' && problem.file === 'terms.xlsx')).toBe(true);
    expect(parsed.entries).toEqual([expect.objectContaining({ source: 'मॉस्को', target: 'Moscow', type: 'place', caseSensitive: false })]);
  });

  it('XLSX: a file that is not a workbook is one file-level error', async () => {
    const parsed = await parseGlossary(utf8('source,target\n'), 'fake.xlsx', opts);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 0, severity: 'error', message: expect.stringContaining('not a readable XLSX') })]);
  });

  it('JSON: a bad entry is reported on the line where it starts', async () => {
    const json = JSON.stringify({ schemaVersion: 1, entries: [
      { ...fixtureGlossary.entries[2] },
      { ...fixtureGlossary.entries[3], type: 'city' },
    ] }, null, 2);
    const parsed = await parseGlossary(utf8(json), 'g.json', opts);
    const expectedLine = json.split('\n').findIndex((line) => line.includes('"प्योंगयांग"')) + 1;
    expect(parsed.problems).toEqual([{ file: 'g.json', line: expectedLine, severity: 'error', message: 'entry 2: unknown type "city"' }]);
    expect(parsed.entries).toHaveLength(1);
    const syntax = await parseGlossary(utf8('{\n  "entries": [\n    {,}\n  ]\n}'), 'g.json', opts);
    expect(syntax.problems[0]).toMatchObject({ line: 3, severity: 'error' });
  });

  it('invalid UTF-8 is an error on the line of the first bad byte; UTF-8 and UTF-16 BOMs are accepted', async () => {
    const bytes = new Uint8Array([...utf8('source,variants,target,forbidden,type,note\nमॉस्को,,Moscow,,place,\n'), 0xff, 0xfe, 0x41, 0x0a]);
    const parsed = await parseGlossary(bytes, 'latin.csv', opts);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 3, severity: 'error', message: expect.stringContaining('not valid UTF-8') })]);
    expect(parsed.entries).toEqual([]);
    const withBom = await parseGlossary(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('मॉस्को\tMoscow\n')]), 'g.txt', opts);
    expect(withBom.entries[0].source).toBe('मॉस्को');
    const body = 'मॉस्को\tMoscow\n';
    const utf16 = new Uint8Array(2 + body.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) { utf16[2 + i * 2] = body.charCodeAt(i) & 0xff; utf16[3 + i * 2] = body.charCodeAt(i) >> 8; }
    expect((await parseGlossary(utf16, 'g.txt', opts)).entries[0]).toMatchObject({ source: 'मॉस्को', target: 'Moscow' });
  });

  it('an unknown extension is a file-level problem, not an exception', async () => {
    const parsed = await parseGlossary(utf8('x'), 'terms.docx', opts);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 0, severity: 'error', message: expect.stringContaining('unknown glossary file type') })]);
  });
});

describe('XML imports refuse DOCTYPE (billion laughs, external entities)', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<martif type="TBX-Basic"><text><body><termEntry id="a">
<langSet xml:lang="hi"><tig><term>&lol9;</term></tig></langSet>
<langSet xml:lang="en"><tig><term>x</term></tig></langSet>
</termEntry></body></text></martif>`;
  const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a">
<langSec xml:lang="hi"><termSec><term>&xxe;</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>x</term></termSec></langSec>
</conceptEntry></body></text></tbx>`;

  it.each([
    ['billion laughs', 'bomb.tbx', billionLaughs],
    ['external entity (XXE)', 'xxe.tbx3', externalEntity],
  ])('%s: a clear error on the DOCTYPE line, no entries', async (_, file, xml) => {
    const parsed = await parseGlossary(utf8(xml), file, opts);
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toEqual([{ file, line: 2, severity: 'error', message: expect.stringMatching(/DOCTYPE declarations are not accepted/) }]);
    expect(JSON.stringify(parsed)).not.toContain('root:');
  });
});

describe('planGlossaryImport / applyGlossaryImport', () => {
  const csvOf = (rows: string[]) => utf8(['source,variants,target,forbidden,type,note', ...rows].join('\n'));

  it('shows added, changed and unchanged entries before changing anything, then applies them', async () => {
    const before = structuredClone(fixtureGlossary);
    const parsed = await parseGlossary(csvOf([
      'मॉस्को,मास्को,Moscow,,place,', // unchanged
      'कीव,क्यीव,Kyiv,Kiev|the Ukraine|Kyiv Oblast,place,Ukrainian spelling since 2019 | AP style', // changed forbidden
      'TASS,तास,TASS,ITAR-TASS,organization,Russian state news agency', // changed note
      'सियोल,,Seoul,,place,South Korean capital', // new
    ]), 'update.csv', opts);
    expect(parsed.problems).toEqual([]);
    const plan = planGlossaryImport(fixtureGlossary, parsed.entries, { fields: parsed.fields, problems: parsed.problems });
    expect(plan.added.map((entry) => entry.source)).toEqual(['सियोल']);
    expect(plan.changed.map((change) => change.before.id)).toEqual(['kyiv', 'tass']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(fixtureGlossary).toEqual(before);

    const after = applyGlossaryImport(fixtureGlossary, plan);
    expect(fixtureGlossary).toEqual(before);
    expect(after.entries).toHaveLength(fixtureGlossary.entries.length + 1);
    const tass = after.entries.find((entry) => entry.id === 'tass');
    // CSV has no case-sensitivity column: the existing setting stays; the note changes.
    expect(tass).toMatchObject({ note: 'Russian state news agency', caseSensitive: true, createdAt: before.entries[5].createdAt, updatedAt: now, author: 'tester' });
    expect(after.entries.find((entry) => entry.id === 'kyiv')?.forbidden).toEqual(['Kiev', 'the Ukraine', 'Kyiv Oblast']);
    expect(after.entries.at(-1)).toMatchObject({ source: 'सियोल', target: 'Seoul', note: 'South Korean capital' });
    // Untouched entries are the same objects.
    expect(after.entries[0]).toBe(fixtureGlossary.entries[0]);
  });

  it('a file with any error changes nothing, even its good rows', async () => {
    const parsed = await parseGlossary(csvOf(['सियोल,,Seoul,,place,', 'कीव,,Kyiv,,city,']), 'bad.csv', opts);
    expect(parsed.entries).toHaveLength(1);
    const plan = planGlossaryImport(fixtureGlossary, parsed.entries, { fields: parsed.fields, problems: parsed.problems });
    expect(plan.blocked).toBe(true);
    expect(plan.added).toHaveLength(1);
    expect(applyGlossaryImport(fixtureGlossary, plan)).toBe(fixtureGlossary);
  });

  it('warnings do not block', async () => {
    const parsed = await parseGlossary(csvOf(['सियोल,,Seoul,,place,']).slice(0), 'ok.csv', opts);
    const plan = planGlossaryImport(fixtureGlossary, parsed.entries, { fields: parsed.fields, problems: [{ file: 'ok.csv', line: 1, severity: 'warning', message: 'x' }] });
    expect(plan.blocked).toBe(false);
    expect(applyGlossaryImport(fixtureGlossary, plan).entries).toHaveLength(fixtureGlossary.entries.length + 1);
  });

  it('matches by id first, then by normalised source (NFC, case, hyphens, spaces, nukta, chandrabindu)', async () => {
    const kim = fixtureGlossary.entries[0];
    const renamed = { ...kim, source: 'किम जोंग-उन ', note: 'renamed by id' };
    const sameSource = { ...fixtureGlossary.entries[2], id: 'other-id', source: 'मॉस्को'.normalize('NFD'), note: 'matched by source' };
    const pyongyang = { ...fixtureGlossary.entries[3], id: 'p2', source: 'प्योंगयाँग', note: 'chandrabindu spelling' };
    const plan = planGlossaryImport(fixtureGlossary, [renamed, sameSource, pyongyang]);
    expect(plan.changed.map((change) => [change.before.id, change.after.id, change.after.note])).toEqual([
      ['kim-jong-un', 'kim-jong-un', 'renamed by id'],
      ['moscow', 'moscow', 'matched by source'],
      ['pyongyang', 'pyongyang', 'chandrabindu spelling'],
    ]);
  });

  it('conflicts: forbidden rendering as target, a spelling owned by another entry, id and source naming different entries, duplicates', () => {
    const [kim, putin, moscow] = fixtureGlossary.entries;
    const incoming: GlossaryEntry[] = [
      { ...kim, id: 'x1', target: 'Kim Jong-un', forbidden: [] },
      { ...putin, id: 'x2', source: 'पुतिन', sourceVariants: [], target: 'Putin' },
      { ...moscow, id: 'moscow', source: 'प्योंगयांग' },
      { ...kim, id: 'x4', source: 'सियोल', sourceVariants: [], target: 'Seoul' },
      { ...kim, id: 'x5', source: 'सियोल', sourceVariants: [], target: 'Soul' },
    ];
    const plan = planGlossaryImport(fixtureGlossary, incoming);
    expect(plan.conflicts.map((conflict) => [conflict.incoming.id, conflict.existing.id, conflict.reason])).toEqual([
      ['x1', 'kim-jong-un', 'target-is-forbidden-in-glossary'],
      ['x2', 'putin', 'spelling-belongs-to-another-entry'],
      ['moscow', 'moscow', 'id-and-source-name-different-entries'],
      ['x5', 'x4', 'duplicate-in-file'],
    ]);
    expect(plan.added.map((entry) => entry.id)).toEqual(['x4']);

    const skipped = applyGlossaryImport(fixtureGlossary, plan);
    expect(skipped.entries.find((entry) => entry.id === 'kim-jong-un')?.target).toBe('Kim Jong Un');
    const taken = applyGlossaryImport(fixtureGlossary, plan, { conflicts: 'take-incoming' });
    expect(taken.entries.find((entry) => entry.id === 'kim-jong-un')?.target).toBe('Kim Jong-un');
    expect(taken.entries.filter((entry) => entry.source === 'सियोल').map((entry) => entry.target)).toEqual(['Seoul']);
  });

  it('an added entry whose id is already taken gets a fresh one', () => {
    const plan = planGlossaryImport(fixtureGlossary, [{ ...fixtureGlossary.entries[0], id: 'moscow', source: 'सियोल', sourceVariants: [], target: 'Seoul', forbidden: [] }]);
    // The id names "moscow" but the source is new: the id wins the match, so this is a change of moscow.
    expect(plan.changed.map((change) => change.before.id)).toEqual(['moscow']);
    const fresh = planGlossaryImport({ schemaVersion: 1, entries: [] }, [fixtureGlossary.entries[2], { ...fixtureGlossary.entries[3], id: 'moscow' }]);
    expect(applyGlossaryImport({ schemaVersion: 1, entries: [] }, fresh).entries.map((entry) => entry.id)).toEqual(['moscow', 'moscow-2']);
  });
});
