import { describe, expect, it } from 'vitest';
import { ApiClientError, createHttpApi, takeTokenFromLocation, type TokenSource } from '../../renderer/transport/http.ts';
import { createApi } from '../../renderer/transport/index.ts';

function fakeWindow(hash: string, search = '') {
  const stored = new Map<string, string>();
  const replaced: string[] = [];
  const source: TokenSource = {
    location: { hash, search, pathname: '/' },
    history: { replaceState: (_data, _unused, url) => { if (url !== undefined) replaced.push(url); } },
    sessionStorage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => { stored.set(key, value); } },
  };
  return { source, stored, replaced };
}

/** The ApiClientError a call rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ApiClientError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  expect(thrown).toBeInstanceOf(ApiClientError);
  return thrown as ApiClientError;
}

describe('token from the page URL', () => {
  it('takes #token=…, remembers it for reloads and strips it from the address bar', () => {
    const { source, replaced } = fakeWindow('#token=abc_123&view=editor');
    expect(takeTokenFromLocation(source)).toBe('abc_123');
    expect(replaced).toEqual(['/#view=editor']);
    // After the reload the fragment is gone; the session still has the token.
    source.location.hash = '#view=editor';
    expect(takeTokenFromLocation(source)).toBe('abc_123');
  });

  it('accepts ?token= too, and gives nothing when there is none', () => {
    const { source, replaced } = fakeWindow('', '?token=q1');
    expect(takeTokenFromLocation(source)).toBe('q1');
    expect(replaced).toEqual(['/']);
    expect(takeTokenFromLocation(fakeWindow('').source)).toBeUndefined();
  });
});

describe('HTTP transport', () => {
  it('posts JSON with the token header to /api/<call> and unwraps the result', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const api = createHttpApi({
      token: 'secret',
      fetch: async (url, init) => {
        requests.push({ url: String(url), init: init! });
        return new Response(JSON.stringify({ ok: true, result: [{ id: 'a' }] }), { status: 200 });
      },
    });
    await expect(api['article.list']({})).resolves.toEqual([{ id: 'a' }]);
    expect(requests[0].url).toBe('/api/article.list');
    expect(requests[0].init.method).toBe('POST');
    expect(new Headers(requests[0].init.headers).get('x-anuvad-token')).toBe('secret');
    expect(requests[0].init.body).toBe('{}');
  });

  it('throws ApiClientError carrying the ApiError and the status', async () => {
    const api = createHttpApi({
      token: 't',
      fetch: async () => new Response(JSON.stringify({ ok: false, error: { code: 'conflict', message: 'needs a reason' } }), { status: 409 }),
    });
    const thrown = await rejection(api['article.saveSegment']({ articleId: 'a', segmentId: 's', target: 'x', status: 'approved' }));
    expect(thrown.error).toEqual({ code: 'conflict', message: 'needs a reason' });
    expect(thrown.status).toBe(409);
  });

  it('fails clearly without a token, on a non-JSON answer and when the server is gone', async () => {
    const noToken = await rejection(createHttpApi({ token: undefined, fetch: async () => new Response('{}') })['project.info']({}));
    expect(noToken.status).toBe(401);
    const html = await rejection(createHttpApi({ token: 't', fetch: async () => new Response('<html>', { status: 502 }) })['project.info']({}));
    expect(html.error.code).toBe('internal');
    const gone = await rejection(createHttpApi({ token: 't', fetch: async () => { throw new TypeError('fetch failed'); } })['project.info']({}));
    expect(gone.error.code).toBe('io');
  });

  it('is never mistaken for a promise', async () => {
    const api = createHttpApi({ token: 't', fetch: async () => new Response('{}') });
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api)).resolves.toBe(api);
  });
});

describe('desktop bridge', () => {
  it('uses window.anuvad when present and turns envelopes into results or ApiClientError', async () => {
    const calls: unknown[][] = [];
    const bridge = {
      calls: {
        'project.info': async (args: unknown) => { calls.push(['project.info', args]); return { ok: true, result: { name: 'p' } }; },
        'article.get': async () => ({ ok: false, error: { code: 'not-found', message: 'No article x' } }),
      },
      onCommand: () => () => {},
    };
    const api = createApi({ anuvad: bridge } as never);
    await expect(api['project.info']({})).resolves.toEqual({ name: 'p' });
    expect(calls).toEqual([['project.info', {}]]);
    const missing = await rejection(api['article.get']({ id: 'x' }));
    expect(missing.error.code).toBe('not-found');
    const unknown = await rejection((api as unknown as Record<string, (args: unknown) => Promise<unknown>>)['toString']({}));
    expect(unknown.error.code).toBe('not-found');
  });
});
