/**
 * TBX v3 export checked structurally against the TBX-Basic DCA rules, the ones the RELAX NG core
 * schema and the TBX-Basic Schematron enforce (validate-tbx.sh runs those when TBX_SCHEMAS is set;
 * see interop.test.ts). The checker parses with fast-xml-parser, not with our own reader, and must
 * reject the bad samples in shared/interop/samples/bad, so it is shown to be able to fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportGlossary } from '../../glossary/formats/index.ts';
import { fixtureGlossary } from './formats.fixture.ts';
import { INTEROP_DIR } from '../interop-tools.ts';

const samples = path.join(INTEROP_DIR, 'samples');

type Node = Record<string, unknown>;
const ATTRS = ':@';

function nameOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ATTRS) ?? '';
}
function childrenOf(node: Node): Node[] {
  return (node[nameOf(node)] as Node[]) ?? [];
}
function attrsOf(node: Node): Record<string, string> {
  return (node[ATTRS] as Record<string, string>) ?? {};
}
function elements(node: Node): Node[] {
  return childrenOf(node).filter((child) => nameOf(child) !== '#text');
}
function textOf(node: Node): string {
  return childrenOf(node).map((child) => (nameOf(child) === '#text' ? String(child['#text']) : textOf(child))).join('');
}

const NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
const NCNAME = /^[\p{L}_][\p{L}\p{N}_.\-\u00b7\u0300-\u036f\u203f\u2040\p{M}]*$/u;
const AUX = new Set(['descrip', 'descripGrp', 'admin', 'adminGrp', 'transacGrp', 'note', 'ref', 'xref']);
const PICKLISTS: Record<string, string[]> = {
  administrativeStatus: ['admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts', 'preferredTerm-admn-sts'],
  partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb'],
  termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  grammaticalGender: ['masculine', 'feminine', 'neuter', 'other'],
};
const TERM_NOTE_TYPES = new Set([...Object.keys(PICKLISTS), 'termLocation', 'geographicalUsage']);
const DESCRIP_TYPES: Record<string, string[]> = { subjectField: ['conceptEntry'], definition: ['conceptEntry', 'langSec'], context: ['termSec'] };

/** Violations of the TBX v3 core structure and the TBX-Basic DCA dialect in a document. */
function tbxBasicViolations(xml: string): string[] {
  const problems: string[] = [];
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: false })
    .parse(xml) as Node[];
  const root = parsed.find((node) => nameOf(node) === 'tbx');
  if (!root) return [`root is not <tbx> (found ${parsed.map(nameOf).filter((n) => n !== '?xml').join(',')})`];
  const rootAttrs = attrsOf(root);
  if (rootAttrs.type !== 'TBX-Basic') problems.push(`tbx/@type is "${rootAttrs.type}", not TBX-Basic`);
  if (rootAttrs.style !== 'dca') problems.push('tbx/@style is not dca');
  if (rootAttrs.xmlns !== NAMESPACE) problems.push(`default namespace is "${rootAttrs.xmlns}"`);
  if (!rootAttrs['xml:lang']) problems.push('tbx/@xml:lang missing');
  const [header, text] = elements(root);
  if (nameOf(header ?? {}) !== 'tbxHeader' || nameOf(text ?? {}) !== 'text') problems.push('tbx must hold tbxHeader then text');
  const fileDesc = header && elements(header)[0];
  if (!fileDesc || nameOf(fileDesc) !== 'fileDesc' || !elements(fileDesc).some((child) => nameOf(child) === 'sourceDesc')) problems.push('tbxHeader/fileDesc/sourceDesc missing');
  const body = text && elements(text).find((child) => nameOf(child) === 'body');
  const concepts = body ? elements(body) : [];
  if (concepts.length === 0) problems.push('body has no conceptEntry');
  const ids = new Set<string>();
  const refs: string[] = [];
  const visit = (node: Node, parent: string) => {
    const name = nameOf(node);
    const attrs = attrsOf(node);
    if (name === 'termNote') {
      if (parent !== 'termSec' && parent !== 'termNoteGrp') problems.push(`termNote at ${parent} level`);
      if (!TERM_NOTE_TYPES.has(attrs.type)) problems.push(`termNote type "${attrs.type}" is not a TBX-Basic data category`);
      const allowed = PICKLISTS[attrs.type];
      if (allowed && !allowed.includes(textOf(node))) problems.push(`${attrs.type} value "${textOf(node)}" not in the picklist`);
    }
    if (name === 'descrip') {
      const levels = DESCRIP_TYPES[attrs.type];
      if (!levels) problems.push(`descrip type "${attrs.type}" is not a TBX-Basic data category`);
      else if (!levels.includes(parent)) problems.push(`descrip ${attrs.type} at ${parent} level`);
    }
    if (name === 'ref' && attrs.target) refs.push(attrs.target);
    if (attrs.id !== undefined) {
      if (!NCNAME.test(attrs.id)) problems.push(`id "${attrs.id}" is not an NCName`);
      if (ids.has(attrs.id)) problems.push(`id "${attrs.id}" is not unique`);
      ids.add(attrs.id);
    }
    for (const child of elements(node)) visit(child, name);
  };
  for (const concept of concepts) {
    if (nameOf(concept) !== 'conceptEntry') { problems.push(`<${nameOf(concept)}> in body`); continue; }
    if (!attrsOf(concept).id) problems.push('conceptEntry without id');
    const children = elements(concept);
    const firstLang = children.findIndex((child) => nameOf(child) === 'langSec');
    if (firstLang < 0) problems.push('conceptEntry without langSec');
    children.forEach((child, index) => {
      const name = nameOf(child);
      if (index < firstLang && !AUX.has(name)) problems.push(`<${name}> not allowed in conceptEntry`);
      if (index > firstLang && name !== 'langSec') problems.push(`<${name}> after langSec`);
    });
    for (const langSec of children.filter((child) => nameOf(child) === 'langSec')) {
      if (!attrsOf(langSec)['xml:lang']) problems.push('langSec without xml:lang');
      const termSecs = elements(langSec).filter((child) => nameOf(child) === 'termSec');
      if (termSecs.length === 0) problems.push('langSec without termSec');
      for (const termSec of termSecs) {
        const first = elements(termSec)[0];
        if (!first || nameOf(first) !== 'term') problems.push('termSec does not start with term');
        else if (textOf(first).trim() === '') problems.push('empty term');
      }
    }
    visit(concept, 'body');
  }
  for (const target of refs) if (!ids.has(target)) problems.push(`ref target "${target}" names no id`);
  return problems;
}

describe('TBX v3 export follows the TBX-Basic DCA dialect', () => {
  it('the fixture glossary export has no violation', async () => {
    const xml = new TextDecoder().decode(await exportGlossary(fixtureGlossary, 'tbx3'));
    expect(tbxBasicViolations(xml)).toEqual([]);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).not.toContain('forbiddenTerm-admn-sts');
  });

  it('entries with awkward ids, markup characters and no note still conform', async () => {
    const entry = { ...fixtureGlossary.entries[5], id: '1 <&> id', note: '', source: 'R&D <टेस्ट>', target: 'R&D "test"' };
    const xml = new TextDecoder().decode(await exportGlossary({ schemaVersion: 1, entries: [entry] }, 'tbx3'));
    expect(tbxBasicViolations(xml)).toEqual([]);
  });

  it('an empty glossary cannot be written as TBX v3 (body needs a conceptEntry): a clear error', async () => {
    await expect(exportGlossary({ schemaVersion: 1, entries: [] }, 'tbx3')).rejects.toThrow(/at least one conceptEntry/);
  });

  const present = fs.existsSync(path.join(samples, 'good/sample.tbx'));
  it.skipIf(!present)('the checker accepts the shared good sample and rejects every bad TBX sample', () => {
    expect(tbxBasicViolations(fs.readFileSync(path.join(samples, 'good/sample.tbx'), 'utf8'))).toEqual([]);
    // Each bad sample breaks one rule; the checker must name exactly that rule.
    const expected: Record<string, string> = {
      'tbx-rng-dangling-idref.tbx': 'ref target "c-nowhere" names no id',
      'tbx-rng-no-id.tbx': 'conceptEntry without id',
      'tbx-rng-no-term.tbx': 'termSec does not start with term',
      'tbx-sch-dialect.tbx': 'tbx/@type is "TBX-Default", not TBX-Basic',
      'tbx-sch-forbidden-status.tbx': 'administrativeStatus value "forbiddenTerm-admn-sts" not in the picklist',
      'tbx2008-with-deprecated-term.tbx': 'root is not <tbx> (found martif)',
    };
    const bad = fs.readdirSync(path.join(samples, 'bad')).filter((name) => name.endsWith('.tbx'));
    expect(bad.sort()).toEqual(Object.keys(expected).sort());
    for (const name of bad) {
      expect(tbxBasicViolations(fs.readFileSync(path.join(samples, 'bad', name), 'utf8')), name).toEqual([expected[name]]);
    }
  });
});
