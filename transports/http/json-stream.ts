/**
 * An API answer written in pieces: the JSON text of `value`, produced a batch of elements at a time for its
 * large arrays and sent in chunks of about CHUNK_CHARS characters, waiting for the socket to drain
 * between them. A whole answer built with one JSON.stringify is one string of the answer's size
 * (a 50,000-entry glossary: 15 MB of UTF-8, twice that as a two-byte string) and then a Buffer of
 * the same size; the allocator rarely hands such blocks back, and the server's RSS grew by about
 * 200 MB over a few glossary.get and article.summaries answers (issue 10 item 7). The text is the
 * same as JSON.stringify's: elements that stringify to nothing are null, such properties skipped,
 * values with toJSON stringified whole.
 */
import type { ServerResponse } from 'node:http';

/** About how many characters go into one write. */
export const CHUNK_CHARS = 64 * 1024;
/** Arrays shorter than this, and everything inside elements, are stringified whole. */
const STREAMED_ARRAY = 256;
/** Elements of a streamed array stringified at once (a glossary's 50,000 entries: 391 pieces). */
const BATCH = 128;

/** The JSON text of `value` as pieces whose concatenation is JSON.stringify(value). */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length < STREAMED_ARRAY) return yield JSON.stringify(value);
    yield '[';
    // Elements in batches, each stringified by JSON.stringify itself (an array's text less its brackets).
    for (let start = 0; start < value.length; start += BATCH) {
      const text = JSON.stringify(value.slice(start, start + BATCH));
      yield `${start > 0 ? ',' : ''}${text.slice(1, -1)}`;
    }
    return yield ']';
  }
  if (!isStreamable(value)) {
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (isStreamable(field)) {
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      yield* jsonPieces(field);
    } else {
      const text = JSON.stringify(field);
      if (text === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    }
    first = false;
  }
  yield '}';
}

/** Arrays long enough to stream and plain objects that may hold one; anything else goes whole. */
function isStreamable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return value.length >= STREAMED_ARRAY;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Writes `value` as a JSON answer in chunks (chunked transfer encoding); resolves when sent or the client left. */
export async function sendJsonStream(response: ServerResponse, status: number, value: unknown): Promise<void> {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  let chunk: string[] = [];
  let size = 0;
  for (const piece of jsonPieces(value)) {
    chunk.push(piece);
    size += piece.length;
    if (size < CHUNK_CHARS) continue;
    const text = chunk.join('');
    chunk = [];
    size = 0;
    if (response.destroyed) return;
    if (!response.write(text)) await drained(response);
  }
  response.end(chunk.join(''));
}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
