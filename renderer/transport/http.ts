/**
 * The browser fallback transport: each call is POST /api/<name>. The page is signed in by an
 * HttpOnly session cookie that the server set when the launch URL's one-time code was used
 * (transports/http/session.ts), so this code never sees a credential: it sends the cookie
 * (same origin only) and the request header that proves the call comes from the page itself.
 */
import type { Api, ApiError, ApiName, ApiResponse } from '../../services/contract.ts';

/** The header the fallback server asks of cookie-signed calls (transports/http/server.ts REQUEST_HEADER). */
export const REQUEST_HEADER = 'X-Anuvad-Request';
/** The header a client without cookies puts a session value in (server.ts TOKEN_HEADER). */
export const TOKEN_HEADER = 'X-Anuvad-Token';
/** Launch parameters that must never stay in the address bar: the one-time code and the old per-run token. */
const LAUNCH_PARAMETERS = ['code', 'token'];

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

/** The parts of `window` the address-bar clean-up touches (injected in tests). */
export interface LocationSource {
  location: { hash: string; search: string; pathname: string };
  history?: { replaceState(data: unknown, unused: string, url?: string): void };
}

/**
 * Removes `code=` and `token=` from the query and fragment (the server's redirect already dropped
 * the code; an old bookmark or a hand-typed URL may still carry one), so that a later copy of the
 * address, a Referer or the history entry replaced here holds no credential. Returns true when it
 * changed the URL.
 */
export function stripLaunchParameters(source: LocationSource): boolean {
  const hash = new URLSearchParams(source.location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(source.location.search);
  const found = LAUNCH_PARAMETERS.filter((name) => hash.has(name) || query.has(name));
  if (found.length === 0) return false;
  for (const name of found) {
    hash.delete(name);
    query.delete(name);
  }
  const search = query.toString() ? `?${query}` : '';
  const rest = hash.toString() ? `#${hash}` : '';
  safely(() => source.history?.replaceState(null, '', `${source.location.pathname}${search}${rest}`));
  return true;
}

/** Options of createHttpApi. */
export interface HttpApiOptions {
  /** A session value for clients without cookies (Node scripts); the page itself leaves it out. */
  token?: string;
  /** Default '' (same origin as the page). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** An Api whose calls go to the fallback server. */
export function createHttpApi(options: HttpApiOptions): Api {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const call = async (name: ApiName, args: unknown): Promise<unknown> => {
    let response: Response;
    const credential: Record<string, string> = options.token ? { [TOKEN_HEADER]: options.token } : { [REQUEST_HEADER]: '1' };
    try {
      response = await fetchImpl(`${options.baseUrl ?? ''}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...credential },
        body: JSON.stringify(args ?? {}),
        // The session cookie goes to this page's own server only.
        credentials: options.token ? 'omit' : 'same-origin',
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
    // history may be unavailable (sandboxed frames).
    return undefined;
  }
}
