/**
 * The browser fallback transport: each call is POST /api/<name> with the per-run token in a header.
 * The token arrives in the page URL's fragment (#token=…), which browsers never send over the
 * network or in a Referer; it is kept in sessionStorage so a reload still works, and removed
 * from the address bar.
 */
import type { Api, ApiError, ApiName, ApiResponse } from '../../services/contract.ts';

/** The header the fallback server checks (transports/http/server.ts). */
export const TOKEN_HEADER = 'X-Anuvad-Token';
const TOKEN_STORAGE_KEY = 'anuvad.token';

/** An API call that failed; `error` is the ApiError from the handlers, or a transport problem. */
export class ApiClientError extends Error {
  readonly error: ApiError;
  /** HTTP status when the failure came from the fallback server. */
  readonly status?: number;

  constructor(error: ApiError, status?: number) {
    super(error.message);
    this.name = 'ApiClientError';
    this.error = error;
    this.status = status;
  }
}

/** The parts of `window` the token lookup touches (injected in tests). */
export interface TokenSource {
  location: { hash: string; search: string; pathname: string };
  history?: { replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/** Reads the token from #token=… (or ?token=…), remembers it for reloads and strips it from the address bar. */
export function takeTokenFromLocation(source: TokenSource): string | undefined {
  const hash = new URLSearchParams(source.location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(source.location.search);
  const fresh = hash.get('token') ?? query.get('token');
  if (fresh) {
    safely(() => source.sessionStorage?.setItem(TOKEN_STORAGE_KEY, fresh));
    hash.delete('token');
    query.delete('token');
    const search = query.toString() ? `?${query}` : '';
    const rest = hash.toString() ? `#${hash}` : '';
    safely(() => source.history?.replaceState(null, '', `${source.location.pathname}${search}${rest}`));
    return fresh;
  }
  return safely(() => source.sessionStorage?.getItem(TOKEN_STORAGE_KEY) ?? undefined);
}

/** Options of createHttpApi. */
export interface HttpApiOptions {
  token: string | undefined;
  /** Default '' (same origin as the page). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** An Api whose calls go to the fallback server. */
export function createHttpApi(options: HttpApiOptions): Api {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const call = async (name: ApiName, args: unknown): Promise<unknown> => {
    if (!options.token) {
      throw new ApiClientError({ code: 'bad-input', message: 'No access token: open the URL printed by npm start' }, 401);
    }
    let response: Response;
    try {
      response = await fetchImpl(`${options.baseUrl ?? ''}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(args ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (thrown) {
      throw new ApiClientError({ code: 'io', message: `The workbench server is not reachable (${String(thrown)})` });
    }
    const envelope = await response.json().catch(() => undefined) as ApiResponse<ApiName> | undefined;
    if (envelope?.ok === true) return envelope.result;
    const error: ApiError = envelope?.ok === false ? envelope.error : { code: 'internal', message: `HTTP ${response.status}` };
    throw new ApiClientError(error, response.status);
  };
  return apiFromCall(call);
}

/** Builds the typed Api from one generic `call(name, args)`. */
export function apiFromCall(call: (name: ApiName, args: unknown) => Promise<unknown>): Api {
  // A Proxy keeps the renderer free of a second list of call names; 'then' stays undefined so an
  // Api object is never mistaken for a promise.
  return new Proxy({} as Api, {
    get(_target, property) {
      if (typeof property !== 'string' || property === 'then') return undefined;
      return (args: unknown) => call(property as ApiName, args);
    },
  });
}

function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    // sessionStorage and history may be unavailable (privacy modes, sandboxed frames).
    return undefined;
  }
}
