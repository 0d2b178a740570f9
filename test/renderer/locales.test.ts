import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import en from '../../renderer/locales/en.json';
import hi from '../../renderer/locales/hi.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(full, value);
    else for (const [inner, text] of flatten(value, full)) keys.set(inner, text);
  }
  return keys;
}

const enKeys = flatten(en as Tree);
const hiKeys = flatten(hi as Tree);
const rendererDir = path.resolve(import.meta.dirname, '../../renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('UI locales', () => {
  it('have identical key sets in English and Hindi', () => {
    expect([...hiKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, english] of enKeys) {
      const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      expect(variables(hiKeys.get(key) ?? ''), key).toEqual(variables(english));
    }
  });

  it('give real Hindi text, not English copies', () => {
    for (const [key, hindi] of hiKeys) {
      const letters = hindi.replace(/\{\{\w+\}\}/g, '');
      if (!/\p{L}/u.test(letters)) continue;
      expect(/[\u0900-\u097f]/.test(letters), `${key}: ${hindi}`).toBe(true);
    }
  });

  it('contain every literal key the renderer asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(rendererDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z-]+(?:\.[a-zA-Z-]+)+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      const present = enKeys.has(key) || enKeys.has(`${key}_one`);
      expect(present, key).toBe(true);
    }
  });

  it('name every status, issue code and removal reason the domain can produce', () => {
    for (const status of ['untranslated', 'draft', 'translated', 'reviewed', 'approved']) expect(enKeys.has(`status.${status}`)).toBe(true);
    for (const code of ['missing-term', 'forbidden-term', 'number-mismatch', 'untranslated']) expect(enKeys.has(`issues.${code}`)).toBe(true);
    const rules = readFileSync(path.resolve(import.meta.dirname, '../../articles/import/boilerplate-rules.ts'), 'utf8');
    for (const match of rules.matchAll(/reason: '([a-z-]+)'/g)) expect(enKeys.has(`removed.reasons.${match[1]}`), match[1]).toBe(true);
    // The importer also removes lines by its own rules (remove(line, '<reason>')).
    const importer = readFileSync(path.resolve(import.meta.dirname, '../../articles/import/import-page.ts'), 'utf8');
    const own = [...importer.matchAll(/\bremove\([^;()]*(?:\([^;()]*\)[^;()]*)*, '([a-z-]+)'\)/g)].map((match) => match[1]);
    expect(own.length).toBeGreaterThan(3);
    for (const reason of own) expect(enKeys.has(`removed.reasons.${reason}`), reason).toBe(true);
  });
});
