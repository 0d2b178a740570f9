import { describe, expect, it } from 'vitest';
import { createSpellClient, rangeAt, textPieces, type SpellApi } from '../../../renderer/spell/spell-client.ts';
import type { SpellCheckResult } from '../../../services/contract.ts';

function fakeApi() {
  const calls: string[][] = [];
  let version = 'v1';
  const api: SpellApi = {
    'spell.check': async ({ texts }): Promise<SpellCheckResult> => {
      calls.push(texts);
      return { variant: 'en-GB', version, ranges: texts.map((text) => (text.includes('teh') ? [{ start: text.indexOf('teh'), end: text.indexOf('teh') + 3, word: 'teh' }] : [])) };
    },
    'spell.addWord': async () => {
      version = 'v2';
      return { words: ['teh'] };
    },
  };
  return { api, calls };
}

describe('spell client', () => {
  it('batches the texts asked for at once into one call and caches the answers', async () => {
    const { api, calls } = fakeApi();
    const client = createSpellClient(api);
    const [a, b] = await Promise.all([client.check('teh cat'), client.check('a dog')]);
    expect(a).toEqual([{ start: 0, end: 3, word: 'teh' }]);
    expect(b).toEqual([]);
    expect(calls).toEqual([['teh cat', 'a dog']]);
    await client.check('teh cat');
    expect(calls).toHaveLength(1);
  });

  it('drops the cache and tells the rows after a word is added or the style changes', async () => {
    const { api } = fakeApi();
    const client = createSpellClient(api);
    await client.check('teh cat');
    let told = 0;
    client.subscribe(() => (told += 1));
    await client.addWord('teh');
    expect(client.cached('teh cat')).toBeUndefined();
    client.invalidate();
    expect(told).toBe(2);
  });

  it('cuts a text into plain and misspelled pieces that join back to the text, ignoring ranges out of bounds', () => {
    const text = 'Teh <b>x</b> recieved';
    const pieces = textPieces(text, [{ start: 13, end: 21, word: 'recieved' }, { start: 0, end: 3, word: 'Teh' }, { start: 30, end: 35, word: 'gone' }]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.misspelled).map((piece) => piece.text)).toEqual(['Teh', 'recieved']);
    expect(rangeAt([{ start: 4, end: 8, word: 'abcd' }], 8)?.word).toBe('abcd');
    expect(rangeAt([{ start: 4, end: 8, word: 'abcd' }], 9)).toBeUndefined();
  });
});
