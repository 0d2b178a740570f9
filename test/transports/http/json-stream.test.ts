import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHUNK_CHARS, jsonPieces, sendJsonStream } from '../../../transports/http/json-stream.ts';

const text = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('gives the text JSON.stringify gives, for large arrays and the values around them', () => {
    const entries = Array.from({ length: 1000 }, (_, n) => ({
      id: `e-${n}`, source: 'भारत', note: n % 3 === 0 ? undefined : `n ${n}`, fn: () => n, when: new Date(0), list: [n, undefined, null],
      nested: { deep: Array.from({ length: 300 }, (_, m) => (m % 7 === 0 ? undefined : m)) },
    }));
    const values: unknown[] = [
      { ok: true, result: { entries, schemaVersion: 2, skipped: undefined } },
      { ok: true, result: undefined },
      { ok: true, result: null },
      { ok: true, result: 'plain "text"' },
      { ok: true, result: Array.from({ length: 500 }, (_, n) => (n % 5 === 0 ? undefined : n % 5 === 1 ? () => n : [n])) },
      { ok: true, result: { articles: [], issueProgress: { done: 0, total: 0 } } },
      { ok: true, result: { toJSON: () => ({ replaced: true }) } },
      Object.assign(Object.create(null) as object, { a: Array.from({ length: 400 }, (_, n) => ({ n })) }),
    ];
    for (const value of values) expect(text(value)).toBe(JSON.stringify(value));
  });
});

describe('sendJsonStream', () => {
  it('sends an answer larger than many chunks whole and parsable', async () => {
    const result = { entries: Array.from({ length: 20_000 }, (_, n) => ({ id: `e-${n}`, target: `Term ${n} — नाम` })) };
    const server = createServer((_request, response) => void sendJsonStream(response, 200, { ok: true, result }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = await response.text();
      expect(body.length).toBeGreaterThan(4 * CHUNK_CHARS);
      expect(body).toBe(JSON.stringify({ ok: true, result }));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
