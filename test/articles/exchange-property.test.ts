/** Property tests: any text survives TMX/XLIFF export and import; any input gives pairs or an ExchangeError, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx } from '../../articles/exchange/tmx.ts';
import { readXliff, writePairsXliff12, writePairsXliff20 } from '../../articles/exchange/xliff.ts';
import { ExchangeError, stripXmlForbiddenChars } from '../../articles/exchange/xml.ts';
import { convertTm } from '../../articles/exchange/tm-convert.ts';

// Hindi, Latin, markup characters, quotes, controls, combining marks without a base, RTL, emoji, lone surrogates.
const piece = fc.constantFrom('किम', ' जोंग-उन ', '।', 'मॉस्को', 'क़', '\u093C', '\u200D', '&', '<', '>', '"', "'", ']]>', '&amp;', '\u0000', '\u0007', '\t', '\n', '\r', 'שלום', '😀', '\uD800', 'Kim', '15,000', '१५');
const text = fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }).map((parts) => parts.join(''));
// Non-empty after dropping what XML cannot carry and trimming (empty pairs are skipped by design).
const usable = text.filter((t) => stripXmlForbiddenChars(t).trim().length > 0);

describe('exchange formats under arbitrary text', () => {
  it('TMX keeps every pair exactly, minus characters XML cannot carry', () => {
    fc.assert(fc.property(fc.array(fc.record({ source: usable, target: usable }), { minLength: 1, maxLength: 5 }), (pairs) => {
      const xml = writeTmx(pairs, { creationTool: 'test', srcLang: 'hi', tgtLang: 'en' });
      const read = readTmx(xml, 'p.tmx');
      // XML normalises CR and CRLF to LF when parsing element content.
      const expected = pairs.map((p) => [p.source, p.target].map((t) => stripXmlForbiddenChars(t).replace(/\r\n?/g, '\n')));
      expect(read.pairs.map((p) => [p.source, p.target])).toEqual(expected);
      expect(read.problems).toEqual([]);
    }), { numRuns: 300 });
  });

  it('XLIFF 1.2 and 2.0 keep every pair exactly', () => {
    fc.assert(fc.property(fc.array(fc.record({ source: usable, target: usable }), { minLength: 1, maxLength: 5 }), (pairs) => {
      const expected = pairs.map((p) => [p.source, p.target].map((t) => stripXmlForbiddenChars(t).replace(/\r\n?/g, '\n')));
      for (const write of [writePairsXliff12, writePairsXliff20]) {
        const read = readXliff(write('x.txt', pairs), 'p.xlf');
        expect(read.pairs.map((p) => [p.source, p.target])).toEqual(expected);
      }
    }), { numRuns: 200 });
  });

  it('arbitrary input to the readers gives a result or an ExchangeError naming the file', () => {
    const xmlish = fc.array(fc.oneof(piece, fc.constantFrom('<tmx version="1.4">', '<body>', '<tu>', '<tuv xml:lang="hi">', '<seg>', '</seg>', '</tuv>', '</tu>', '</body>', '</tmx>', '<!DOCTYPE tmx [<!ENTITY a "b">]>', '<xliff version="1.2">', '<trans-unit id="1">', '<source>', '</source>', '<![CDATA[x]]>', '<?pi x?>', '<!-- c -->'), fc.string()), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(xmlish, (input) => {
      for (const [name, read] of [['in.tmx', readTmx], ['in.xlf', readXliff], ['in.tsv', (t: string, n: string) => convertTm(t, n, 'out.tmx')]] as const) {
        try {
          read(input, name);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeError);
          expect((error as ExchangeError).message.startsWith(`${name}:`)).toBe(true);
        }
      }
    }), { numRuns: 400 });
  });
});
