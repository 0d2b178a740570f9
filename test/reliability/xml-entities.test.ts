/**
 * Every XML import (TBX 2008, TBX v3, TMX, XLIFF 1.2, XLIFF 2.0) refuses DOCTYPE entity tricks:
 * billion laughs, quadratic blow-up, external entities (XXE: SYSTEM and PUBLIC), parameter
 * entities. The refusal names the file and the line of the declaration; nothing from
 * /etc/passwd ever reaches the result, and no entity is expanded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BoundedImporters } from './bounded-importers.ts';
import { utf8 } from './importers.ts';

// Each attack runs in a worker with a 10 s deadline, so an expanding parser fails by name, not by hanging.
const bounded = new BoundedImporters();
afterAll(() => bounded.close());

/** A document of the format with `use` where an entity would be expanded. */
const DOCUMENTS: { label: string; fileName: string; body: (use: string) => string }[] = [
  {
    label: 'TBX 2008',
    fileName: 'glossary.tbx',
    body: (use) => `<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body><termEntry id="t-1"><langSet xml:lang="hi"><tig><term>रूस</term></tig></langSet><langSet xml:lang="en"><tig><term>Russia ${use}</term></tig></langSet></termEntry></body></text></martif>`,
  },
  {
    label: 'TBX v3',
    fileName: 'glossary.tbx3',
    body: (use) => `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="t-1"><langSec xml:lang="hi"><termSec><term>रूस</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Russia ${use}</term></termSec></langSec></conceptEntry></body></text></tbx>`,
  },
  {
    label: 'TMX 1.4',
    fileName: 'memory.tmx',
    body: (use) => `<tmx version="1.4"><header srclang="hi" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="hi"><seg>रूस ने कहा।</seg></tuv><tuv xml:lang="en"><seg>Russia said ${use}</seg></tuv></tu></body></tmx>`,
  },
  {
    label: 'XLIFF 1.2',
    fileName: 'memory.xlf',
    body: (use) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="hi" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>रूस ने कहा।</source><target>Russia said ${use}</target></trans-unit></body></file></xliff>`,
  },
  {
    label: 'XLIFF 2.0',
    fileName: 'memory.xlf',
    body: (use) => `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="hi" trgLang="en"><file id="f1"><unit id="1"><segment><source>रूस ने कहा।</source><target>Russia said ${use}</target></segment></unit></file></xliff>`,
  },
];

const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(' ');
/** Attacks: the DOCTYPE (one line) and the entity reference used in the body. */
const ATTACKS: { label: string; doctype: (root: string) => string; use: string }[] = [
  { label: 'billion laughs (nested internal entities)', doctype: (root) => `<!DOCTYPE ${root} [ <!ENTITY lol0 "lol"> ${laughs} ]>`, use: '&lol9;' },
  { label: 'quadratic blow-up (one 100 kB entity used many times)', doctype: (root) => `<!DOCTYPE ${root} [ <!ENTITY big "${'x'.repeat(100_000)}"> ]>`, use: '&big;'.repeat(2000) },
  { label: 'external entity, SYSTEM file:///etc/passwd (XXE)', doctype: (root) => `<!DOCTYPE ${root} [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>`, use: '&xxe;' },
  { label: 'external entity, PUBLIC with an http URL', doctype: (root) => `<!DOCTYPE ${root} [ <!ENTITY xxe PUBLIC "-//X//EN" "http://127.0.0.1:9/evil"> ]>`, use: '&xxe;' },
  { label: 'parameter entity loading a remote DTD', doctype: (root) => `<!DOCTYPE ${root} [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>`, use: '&xxe;' },
];

const DOCTYPE_LINE = 3;

describe('XML imports refuse entity expansion and external entities with file and line', () => {
  for (const document of DOCUMENTS) {
    for (const attack of ATTACKS) {
      it(`${document.label}: ${attack.label}`, { timeout: 40_000 }, async () => {
        const root = document.body('').match(/^<([a-z]+)/)![1];
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- prepared by an attacker -->\n${attack.doctype(root)}\n${document.body(attack.use)}\n`;
        expect(xml.split('\n')[DOCTYPE_LINE - 1]).toMatch(/^<!DOCTYPE/);
        const outcome = await bounded.run(document.fileName, utf8(xml));
        expect(outcome, JSON.stringify(outcome).slice(0, 300)).toMatchObject({ kind: 'refused', file: document.fileName, line: DOCTYPE_LINE });
        if (outcome.kind !== 'refused') return;
        expect(outcome.message).toMatch(/DOCTYPE|entit/i);
        expect(outcome.message).not.toMatch(/root:|lollol/);
      });
    }
  }

  // Control: the same documents without a DOCTYPE are read, so the refusals above are about the DOCTYPE.
  for (const document of DOCUMENTS) {
    it(`${document.label}: the same document without a DOCTYPE is accepted`, { timeout: 40_000 }, async () => {
      const outcome = await bounded.run(document.fileName, utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${document.body('&amp; more')}\n`));
      expect(outcome).toMatchObject({ kind: 'accepted', items: 1 });
      if (outcome.kind === 'accepted') expect(outcome.texts.some((text) => text.includes('& more'))).toBe(true);
    });
  }
});
