import { describe, expect, it } from 'vitest';
import { ApiClientError, createHttpApi, stripLaunchParameters, type LocationSource } from '../../renderer/transport/http.ts';
import { createApi } from '../../renderer/transport/index.ts';

function fakeWindow(hash: string, search = '') {
  const replaced: string[] = [];
  const source: LocationSource = {
    location: { hash, search, pathname: '/' },
    history: { replaceState: (_data, _unused, url) => { if (url !== undefined) replaced.push(url); } },
  };
  return { source, replaced };
}

/** The ApiClientError a call rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ApiClientError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  expect(thrown).toBeInstanceOf(ApiClientError);
  return thrown as ApiClientError;
}

describe('launch parameters in the page URL', () => {
  it('removes a one-time code or an old token from the query and the fragment, keeping the rest', () => {
    const fromQuery = fakeWindow('#view=editor', '?code=abc_123&lang=hi');
    expect(stripLaunchParameters(fromQuery.source)).toBe(true);
    expect(fromQuery.replaced).toEqual(['/?lang=hi#view=editor']);
    const fromHash = fakeWindow('#token=abc_123&view=editor');
    expect(stripLaunchParameters(fromHash.source)).toBe(true);
    expect(fromHash.replaced).toEqual(['/#view=editor']);
  });

  it('leaves a clean URL alone', () => {
    const clean = fakeWindow('#/review', '');
    expect(stripLaunchParameters(clean.source)).toBe(false);
    expect(clean.replaced).toEqual([]);
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

  it('in the page, sends the session cookie (same origin only) and the request header, never a token', async () => {
    const requests: RequestInit[] = [];
    const api = createHttpApi({ fetch: async (_url, init) => { requests.push(init!); return new Response(JSON.stringify({ ok: true, result: 1 })); } });
    await api['project.info']({});
    expect(requests[0].credentials).toBe('same-origin');
    const headers = new Headers(requests[0].headers);
    expect(headers.get('x-anuvad-request')).toBe('1');
    expect(headers.get('x-anuvad-token')).toBeNull();
  });

  it('fails clearly when not signed in, on a non-JSON answer and when the server is gone', async () => {
    const signedOut = { ok: false, error: { code: 'bad-input', message: 'Not signed in: open the URL printed by npm start' } };
    const noSession = await rejection(createHttpApi({ fetch: async () => new Response(JSON.stringify(signedOut), { status: 401 }) })['project.info']({}));
    expect(noSession.status).toBe(401);
    expect(noSession.message).toContain('open the URL printed by npm start');
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
