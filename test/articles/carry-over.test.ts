import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carryOverTranslations, importPage } from '../../articles/index.ts';

const text = readFileSync(new URL('../../articles/samples/002_0f029a2cb635d9d3.txt', import.meta.url), 'utf8');

describe('carryOverTranslations', () => {
  it('keeps translations of unchanged segments and drops those whose text changed', () => {
    const first = importPage({ fileName: '002.txt', text });
    const edited = first.segments.findIndex((s, i) => i > 2 && s.source.includes('पुतिन'));
    expect(edited).toBeGreaterThan(2);
    const translated = {
      ...first,
      segments: first.segments.map((s, i) => (i === 1 || i === edited ? { ...s, target: `EN ${i}`, status: 'translated' as const } : s)),
    };
    const editedSource = first.segments[edited].source;
    const changedText = text.replace(editedSource, editedSource.replace('पुतिन', 'ट्रंप'));
    const fresh = importPage({ fileName: '002.txt', text: changedText });
    const merged = carryOverTranslations(fresh, translated);
    expect(merged.segments[1].target).toBe('EN 1');
    expect(merged.segments[1].status).toBe('translated');
    const moved = merged.segments.find((s) => s.source === fresh.segments[edited].source);
    expect(moved?.target).toBe('');
    expect(moved?.status).toBe('untranslated');
    expect(carryOverTranslations(fresh, undefined)).toBe(fresh);
  });
});
